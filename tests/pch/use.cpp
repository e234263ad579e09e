// memlayout used through a precompiled header, as docs/performance.md suggests for a project
// of many translation units: CMake's target_precompile_headers builds memlayout.hpp once and
// every translation unit loads it. The answers must be the same: member names and types read
// from function signatures, and the element types recorded by friend functions defined on
// first use, are made in this translation unit for its own types, after the header.
#include <memlayout/memlayout.hpp>

#include <cstddef>
#include <cstdint>

struct Sample {
    char c;
    double d;
    std::int16_t s;
};
struct Register {
    unsigned mode : 3;
    unsigned level : 5;
    char name[4];
};
template <>
inline constexpr memlayout::abi::assume memlayout::assumptions<Register> = memlayout::abi::assume::named_bit_fields;

constexpr memlayout::layout sample = memlayout::layout_of<Sample>();
static_assert(sample.size == sizeof(Sample) && sample.fields.size() == 3);
static_assert(sample.fields[1].name == "d" && sample.fields[1].offset == offsetof(Sample, d));
static_assert(sample.fields[2].type_name == "std::int16_t" || sample.fields[2].type_name == "short");
constexpr memlayout::layout reg = memlayout::layout_of<Register>();
static_assert(reg.fields[1].bit_offset == 3 && reg.fields[1].bit_width == 5);
static_assert(reg.fields[2].name == "name" && reg.fields[2].offset == offsetof(Register, name) && reg.fields[2].size == 4);

int main() {
    // At run time too: the padding a report shows (holes of 7, a tail of 6) and the register's.
    return sample.padding_bytes() == 13 && reg.padding_bytes() == sizeof(Register) - 5 ? 0 : 1;
}
