// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DIAGNOSTIC_HPP
#define MEMLAYOUT_DIAGNOSTIC_HPP

#include <cstddef>

/// Types that carry figures into the compiler's error messages. Compilers print template
/// arguments in full, so a failed check instantiated with these says which type, which
/// member and which numbers disagree.
namespace memlayout::diagnostic {

template <std::size_t>
struct compiler_size {};
template <std::size_t>
struct compiler_align {};
template <std::size_t>
struct rules_size {};
template <std::size_t>
struct rules_align {};
template <std::size_t>
struct member_index {};
template <std::size_t>
struct expected_offset {};
template <std::size_t>
struct actual_offset {};

}  // namespace memlayout::diagnostic

#endif  // MEMLAYOUT_DIAGNOSTIC_HPP
