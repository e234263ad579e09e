// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DIAGNOSTIC_HPP
#define MEMLAYOUT_DIAGNOSTIC_HPP

#include <cstddef>

/// Types that carry figures into the compiler's error messages. Compilers print template
/// arguments in full, so a failed check instantiated with these says which type, which
/// member and which numbers disagree.
namespace memlayout::diagnostic {

// The conditions of memlayout's refusals, named so that the failed requirement reads as what
// is wrong with the type: "memlayout::diagnostic::has_no_bit_field<Flags, false>".
template <class T, bool Holds>
inline constexpr bool is_a_class = Holds;
template <class T, bool Holds>
inline constexpr bool is_not_a_union = Holds;
template <class T, bool Holds>
inline constexpr bool has_no_virtual_functions = Holds;
template <class T, bool Holds>
inline constexpr bool is_an_aggregate = Holds;
template <class T, bool Holds>
inline constexpr bool has_no_c_array = Holds;
template <class T, bool Holds>
inline constexpr bool has_at_most_100_members = Holds;
template <class T, bool Holds>
inline constexpr bool has_no_bit_field = Holds;
template <class T, bool Holds>
inline constexpr bool has_no_reference_member = Holds;
template <class T, bool Holds>
inline constexpr bool has_no_volatile_member_on_gcc = Holds;
template <class T, bool Holds>
inline constexpr bool has_the_byte_map_the_rules_predict = Holds;
template <class T, bool Holds>
inline constexpr bool has_no_overlapping_empty_member = Holds;
template <class T, bool Holds>
inline constexpr bool has_readable_member_names = Holds;

// The refusals of a prediction for another target: Target, T, the member (index and name),
// and the member's type.
template <std::size_t Index, auto Name>
struct member {};
template <class Target, class T, class Member, class Type, bool Holds>
inline constexpr bool type_exists_on_target = Holds;
template <class Target, class T, class Member, class Type, bool Holds>
inline constexpr bool member_is_reflectable = Holds;
template <class Target, class T, class Member, class Type, bool Holds>
inline constexpr bool member_is_not_a_union = Holds;
template <class Target, class T, class Member, class Type, bool Holds>
inline constexpr bool integer_spelling_is_known = Holds;
template <class Target, class T, class Member, class Type, bool Holds>
inline constexpr bool alignment_is_the_same_on_target = Holds;
template <class Target, class T, class Member, class Type, bool Holds>
inline constexpr bool is_not_a_member_pointer_on_msvc = Holds;
template <class Target, class T, class Member, class Type, bool Holds>
inline constexpr bool array_is_not_empty = Holds;
template <class Target, class T, class Member, class Type, bool Holds>
inline constexpr bool enum_fits_int_on_msvc = Holds;
template <class Target, class T, class CompilerSize, class PredictedSize, bool Holds>
inline constexpr bool prediction_matches_this_compiler = Holds;

template <std::size_t>
struct compiler_size {};
template <std::size_t>
struct predicted_size {};
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
