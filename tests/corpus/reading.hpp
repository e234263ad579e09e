// A struct whose layout differs on i386 (value at 4) from x86_64 (value at 8), and the source
// assumptions that let it be predicted (<cstdint> types, no alignas, no unnamed bit-field): the
// printers' tests of predictions share it.
#ifndef MEMLAYOUT_TESTS_CORPUS_READING_HPP
#define MEMLAYOUT_TESTS_CORPUS_READING_HPP

#include <memlayout/abi.hpp>

#include <cstdint>

struct Reading {
    std::int32_t sensor;
    double value;
};
inline constexpr auto reading_source =
    memlayout::abi::assume::fixed_width_integers | memlayout::abi::assume::natural_alignment |
    memlayout::abi::assume::named_bit_fields;

#endif
