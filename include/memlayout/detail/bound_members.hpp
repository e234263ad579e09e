// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_BOUND_MEMBERS_HPP
#define MEMLAYOUT_DETAIL_BOUND_MEMBERS_HPP

#include <array>
#include <cstddef>
#include <type_traits>

namespace memlayout::detail {

template <std::size_t N>
using count = std::integral_constant<std::size_t, N>;

// The address of one member of fake_object<T>; null for a bit-field, which has none. A class
// type so that Clang 16, which does not take pointers to subobjects as template arguments,
// takes it wrapped.
struct address {
    const volatile void* pointer = nullptr;
};

// What binding T's members gives: their declared types (cv-qualifiers kept), their addresses,
// and which have one (all but bit-fields). Read in constant expressions only: the addresses are
// of a never-defined object, and a reference member's is no constant.
template <class... Members>
struct bound_members {
    static constexpr std::size_t size = sizeof...(Members);
    // Plain arrays (one element more, so that none is empty): GCC 12's constant evaluator pays a
    // call for each std::array::operator[], two for each member here.
    address addresses[sizeof...(Members) + 1]{};
    bool addressable[sizeof...(Members) + 1]{};

    // Member i has an address. (One call per member in the generated bind functions, which every
    // translation unit parses: the fewer words there, the less it pays.)
    constexpr void at(std::size_t i, const volatile void* pointer) noexcept {
        addresses[i].pointer = pointer;
        addressable[i] = true;
    }
};

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_BOUND_MEMBERS_HPP
