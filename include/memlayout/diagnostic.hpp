// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DIAGNOSTIC_HPP
#define MEMLAYOUT_DIAGNOSTIC_HPP

#include <memlayout/detail/standard_check.hpp>  // first: says when the standard is too old

#include <cstddef>
#include <string_view>

/// Types that carry figures into the compiler's error messages. Compilers print template
/// arguments in full, so a failed check instantiated with these says which type, which
/// member and which numbers disagree.
namespace memlayout::diagnostic {

/// Characters known at compile time, as a value: a type's or a member's name, a target's name.
/// memlayout keeps every name it reads from the compiler in one of these (so that only the name,
/// not the signature it came from, reaches the binary), and passes them as template arguments
/// into error messages, where compilers print them as `text<3>{"len"}`.
template <std::size_t N>
struct text {
    char chars[N + 1]{};

    constexpr text() = default;
    constexpr explicit text(std::string_view s) noexcept {
        for (std::size_t i = 0; i < N; ++i) chars[i] = s[i];
    }
    [[nodiscard]] constexpr std::string_view view() const noexcept { return {chars, N}; }
};

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
inline constexpr bool has_at_most_100_members = Holds;
template <class T, bool Holds>
inline constexpr bool has_no_reference_member = Holds;
template <class T, bool Holds>
inline constexpr bool has_no_volatile_member_on_gcc = Holds;
template <class T, bool Holds>
inline constexpr bool has_readable_member_names = Holds;
template <class T, bool Holds>
inline constexpr bool has_reachable_members = Holds;
template <class T, bool Holds>
inline constexpr bool has_members_memlayout_can_see = Holds;
template <class T, bool Holds>
inline constexpr bool is_little_endian = Holds;
template <class T, bool Holds>
inline constexpr bool has_bit_fields_whose_widths_the_compiler_shows = Holds;
template <class T, bool Holds>
inline constexpr bool has_bit_fields_where_the_rules_place_them = Holds;
template <class T, bool Holds>
inline constexpr bool has_data_where_the_compiler_has_data = Holds;
template <class T, bool Holds>
inline constexpr bool has_no_virtual_base = Holds;
template <class T, bool Holds>
inline constexpr bool is_not_abstract = Holds;
template <class T, bool Holds>
inline constexpr bool has_a_description_the_compiler_confirms = Holds;
template <class T, bool Holds>
inline constexpr bool has_a_description_of_every_base_and_member = Holds;
template <class T, bool Holds>
inline constexpr bool has_members_clang_can_walk = Holds;
// T, the first member the rules place that could sit elsewhere unseen (its index and name, and
// its type: GCC 12 shows no name of a member of a class with an anonymous member), and what could
// move one: an unnamed bit-field (state abi::assume::named_bit_fields), an alignas
// (natural_alignment).
template <auto Name>
struct of_type {};
template <bool Could>
struct unnamed_bit_field_could_move_one {};
template <bool Could>
struct alignas_could_move_one {};
template <class T, class Member, class Type, class UnnamedBitField, class Alignas, bool Holds>
inline constexpr bool has_members_whose_place_the_compiler_shows = Holds;

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
template <class Target, class T, bool Holds>
inline constexpr bool has_no_anonymous_member_or_union = Holds;
template <class Target, class T, bool Holds>
inline constexpr bool is_not_a_described_class = Holds;
template <class Target, class T, class Member, class Type, bool Holds>
inline constexpr bool integer_spelling_is_known = Holds;
template <class Target, class T, class Member, class Type, bool Holds>
inline constexpr bool integer_spellings_stated_agree = Holds;
template <class Target, class T, class Member, class Type, bool Holds>
inline constexpr bool alignment_is_the_same_on_target = Holds;
template <class Target, class T, class Member, class Type, bool Holds>
inline constexpr bool is_not_a_member_pointer_on_msvc = Holds;
template <class Target, class T, class Member, class Type, bool Holds>
inline constexpr bool array_is_not_empty = Holds;
template <class Target, class T, class Member, class Type, bool Holds>
inline constexpr bool enum_fits_int_on_msvc = Holds;
template <class Target, class T, class Member, class Type, bool Holds>
inline constexpr bool is_not_a_bit_field = Holds;
template <class Target, class T, class Member, class Type, bool Holds>
inline constexpr bool has_no_member_attribute = Holds;
template <class Target, class T, class Member, class Type, bool Holds>
inline constexpr bool has_bit_fields_where_the_rules_place_the_named_ones = Holds;
template <class Target, class T, bool Holds>
inline constexpr bool is_stated_to_have_no_unnamed_bit_field = Holds;
template <class Target, class T, class CompilerSize, class RulesSize, class CompilerAlign, class RulesAlign, bool Holds>
inline constexpr bool has_its_end_where_the_rules_place_it = Holds;
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

// The figures of failed contracts.
template <std::size_t>
struct expected_size {};
template <std::size_t>
struct actual_size {};
template <std::size_t>
struct expected_align {};
template <std::size_t>
struct actual_align {};
/// Where a member is, when memlayout cannot reflect the type to count its members.
struct member_index_unknown {};
template <std::size_t Offset, std::size_t Size>
struct padding_at {};
template <std::size_t Bytes>
struct padding_bytes {};
template <std::size_t A, std::size_t B>
struct sizes {};
template <std::size_t A, std::size_t B>
struct aligns {};
template <std::size_t A, std::size_t B>
struct offsets {};
template <std::size_t A, std::size_t B>
struct member_counts {};
template <std::size_t Bytes>
struct line_size {};
template <std::size_t First, std::size_t Last>
struct lines {};
template <std::size_t Line>
struct shared_line {};
template <std::size_t N>
struct expected_lines {};
template <std::size_t N>
struct actual_lines {};

template <auto Name>
struct named {};

// Never defined: naming one of these in a failed contract is the error message.
template <class T, class Expected, class Actual>
struct size_mismatch;
template <class T, class Expected, class Actual>
struct align_mismatch;
template <class T, auto Member, class Index, class Expected, class Actual>
struct offset_mismatch;
template <class T, class FirstHole, class Total>
struct unexpected_padding;
template <class A, class B, class Index, class Figures>
struct layout_mismatch;
template <class T, class LineSize, auto MemberA, class LinesA, auto MemberB, class LinesB>
struct cache_line_split;
template <class T, class LineSize, auto MemberA, auto MemberB, class Line>
struct false_sharing;
template <class T, class LineSize, class Expected, class Actual>
struct too_many_cache_lines;
template <class T, class TargetA, class TargetB, class Index, class Member, class Offsets, class Sizes>
struct not_portable;
template <class Layout, class Target, class Expected, class Actual>
struct layout_size_mismatch;
template <class Layout, class Target, class Member, class Expected, class Actual>
struct layout_offset_mismatch;
/// An offset contract names a bit-field, which has no byte offset: pin its bits with
/// MEMLAYOUT_EXPECT_BITS(T, member, first_bit, width).
template <class T, auto Member>
struct bit_field_has_no_byte_offset;
/// MEMLAYOUT_EXPECT_OFFSET on a member a described class's description does not list.
template <class T, auto Member>
struct has_no_member_the_contract_can_see;
template <std::size_t First, std::size_t Width>
struct bits {};
template <class A, class B>
struct bit_places {};
template <class T, auto Member, class Expected, class Actual>
struct bits_mismatch;
/// Neither the compiler's bits (GCC 12 reads them where T holds no pointer or union) nor a
/// reflected bit-field of that name (Clang 16) show where the member is.
template <class T, auto Member>
struct bits_not_visible;

// The figures of frozen contracts (memlayout::emit_contracts): a member's name, type, offset
// and size by its index, and the number of members.
template <std::size_t N>
struct expected_members {};
template <std::size_t N>
struct actual_members {};
template <auto Name>
struct expected_name {};
template <auto Name>
struct actual_name {};
template <auto Type>
struct expected_type {};
template <auto Type>
struct actual_type {};
template <class T, class Expected, class Actual>
struct member_count_mismatch;
template <class T, class Index, class Expected, class Actual>
struct member_name_mismatch;
template <class T, class Member, class Expected, class Actual>
struct member_type_mismatch;
template <class T, class Member, class Expected, class Actual>
struct member_offset_mismatch;
template <class T, class Member, class Expected, class Actual>
struct member_size_mismatch;

}  // namespace memlayout::diagnostic

#endif  // MEMLAYOUT_DIAGNOSTIC_HPP
