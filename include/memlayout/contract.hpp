// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_CONTRACT_HPP
#define MEMLAYOUT_CONTRACT_HPP

#include <memlayout/detail/standard_check.hpp>  // first: says when the standard is too old

/// Layout contracts for CI: compile-time checks whose failure reads like a diff. A failed
/// contract is one error, at the line that states it, naming an undefined
/// memlayout::diagnostic type that carries the type, the member and the expected and actual
/// figures, e.g. `memlayout::diagnostic::offset_mismatch<Slice, &Slice::cap,
/// member_index<2>, expected_offset<8>, actual_offset<16>>`.

#include <memlayout/abi.hpp>
#include <memlayout/detail/contract_checks.hpp>
#include <memlayout/diagnostic.hpp>
#include <memlayout/layout.hpp>
#include <memlayout/reflect.hpp>

#include <cstddef>
#include <string_view>
#include <type_traits>

namespace memlayout {

/// Whether the aggregates A and B place their bytes alike (see the overload on layouts).
///
/// \b Example:
/// \code
/// struct GoSliceMirror { void* data; long long len, cap; };
/// static_assert(memlayout::same_layout<GoSliceMirror, MyGoSlice>());
/// \endcode
template <class A, class B>
[[nodiscard]] constexpr bool same_layout() noexcept {
    return same_layout(layout_of<A>(), layout_of<B>());
}

/// Whether the aggregate T has the same layout (size, alignment, every member's offset and
/// size) on every one of `Targets`, predicted from one build with the stated assumptions.
template <class T, abi::assume Assumed, class First, class... Others>
[[nodiscard]] constexpr bool same_layout_on() noexcept {
    constexpr layout a = layout_of<T, First, Assumed>();
    return (same_layout(a, layout_of<T, Others, Assumed>()) && ...);
}

}  // namespace memlayout

// The macros expand at the user's line: compilers report a failed contract there, not in this
// header, when its definitions come from a system header (GCC 12 unwinds macro expansions
// out of system headers; Clang 16 reports the expansion point anyway). Nothing but the
// macros follows.
#pragma GCC system_header

// A contract: sizeof of a type that is complete when it holds, and the never-defined carrier
// of its figures when it does not.
#define MEMLAYOUT_DETAIL_CONTRACT(message, ...) static_assert(sizeof(__VA_ARGS__) != 0, message)

/// `T` has the same layout on every target listed (`abi::x86_64, abi::i386, ...`), with the
/// assumptions `assumed` (see memlayout::abi::assume; every target but the compiler's own
/// needs at least `named_bit_fields`): for wire formats and shared memory. The error names
/// the first target whose layout differs from the first one's, and the member, with both
/// offsets and sizes.
#define MEMLAYOUT_EXPECT_PORTABLE(T, assumed, ...)                                                                \
    MEMLAYOUT_DETAIL_CONTRACT("memlayout: " #T " is not laid out alike on " #__VA_ARGS__,                         \
                              typename ::memlayout::detail::portable_contract<T, (assumed), __VA_ARGS__>::type)

/// `T` is `expected` bytes (sizeof). Namespace or block scope.
#define MEMLAYOUT_EXPECT_SIZE(T, expected)                                                                        \
    MEMLAYOUT_DETAIL_CONTRACT("memlayout: size contract of " #T " does not hold",                                 \
                              ::memlayout::detail::contract_t<                                                    \
                                  sizeof(T) == (expected),                                                        \
                                  ::memlayout::diagnostic::size_mismatch<T, ::memlayout::diagnostic::expected_size<(expected)>, \
                                                                         ::memlayout::diagnostic::actual_size<sizeof(T)>>>)

/// `T` is aligned to `expected` bytes (alignof).
#define MEMLAYOUT_EXPECT_ALIGN(T, expected)                                                                       \
    MEMLAYOUT_DETAIL_CONTRACT("memlayout: alignment contract of " #T " does not hold",                            \
                              ::memlayout::detail::contract_t<                                                    \
                                  alignof(T) == (expected),                                                       \
                                  ::memlayout::diagnostic::align_mismatch<T, ::memlayout::diagnostic::expected_align<(expected)>, \
                                                                          ::memlayout::diagnostic::actual_align<alignof(T)>>>)

/// `T::member` is at byte `expected`. Uses offsetof, so it works for every standard-layout
/// class, also those memlayout cannot reflect; the message names the member's index where
/// memlayout can reflect T. A class described with Boost.Describe is pinned by its layout,
/// private members included. A bit-field has no byte offset: the contract then fails naming
/// `bit_field_has_no_byte_offset`; pin it with MEMLAYOUT_EXPECT_BITS. A member a described
/// class's description does not list fails naming `has_no_member_the_contract_can_see`.
#define MEMLAYOUT_EXPECT_OFFSET(T, member, expected)                                                              \
    MEMLAYOUT_DETAIL_CONTRACT(                                                                                    \
        "memlayout: offset contract of " #T "::" #member " does not hold",                                        \
        typename ::memlayout::detail::offset_contract<                                                            \
            T,                                                                                                    \
            []<class U>(U*) {                                                                                     \
                if constexpr (requires { &U::member; }) return &U::member;                                        \
                else return ::memlayout::detail::literal{#member};                                                \
            }(static_cast<T*>(nullptr)),                                                                          \
            (expected),                                                                                           \
            []<class U>(U*) {                                                                                     \
                if constexpr (::memlayout::detail::laid_out_as_class<U>())                                        \
                    return ::memlayout::detail::described_offset<U>(#member);                                     \
                else if constexpr (requires { &U::member; }) return offsetof(U, member);                          \
                else return ::memlayout::detail::no_byte_offset;                                                  \
            }(static_cast<T*>(nullptr))>::type)

/// The bit-field `T::member` takes `width` bits from bit `first_bit` of the object (bits counted
/// from the object's first byte, bit 0 its least significant): the compiler's own bits with
/// GCC 12 (for types without pointers or unions), the reflected bit-field with Clang 16.
///
/// \b Example:
/// \code
/// struct Header { unsigned char version : 4, ihl : 4; };
/// MEMLAYOUT_EXPECT_BITS(Header, ihl, 4, 4);
/// \endcode
// GCC 12 warns (-Woverflow) where the constant evaluation stores all ones into the bit-field,
// at the user's line: the truncation is the point, so the warning is off for the contract (the
// last static_assert takes the user's semicolon).
#define MEMLAYOUT_EXPECT_BITS(T, member, first_bit, width)                                                        \
    _Pragma("GCC diagnostic push") _Pragma("GCC diagnostic ignored \"-Woverflow\"")                            \
    MEMLAYOUT_DETAIL_CONTRACT("memlayout: bit contract of " #T "::" #member " does not hold",                     \
                              typename ::memlayout::detail::bits_contract<                                        \
                                  T, ::memlayout::detail::literal{#member},                                       \
                                  decltype([](auto ones) { return T{.member = ones}; }),                        \
                                  (first_bit), (width)>::type);                                       \
    _Pragma("GCC diagnostic pop") static_assert(true, "")

/// `T` has no padding: no hole between members and no tail padding.
#define MEMLAYOUT_EXPECT_NO_PADDING(T)                                                                            \
    MEMLAYOUT_DETAIL_CONTRACT("memlayout: " #T " has padding", typename ::memlayout::detail::no_padding_contract<T>::type)

/// `A` and `B` place their bytes alike (see memlayout::same_layout).
#define MEMLAYOUT_EXPECT_SAME_LAYOUT(A, B)                                                                        \
    MEMLAYOUT_DETAIL_CONTRACT("memlayout: " #A " and " #B " are not laid out alike",                              \
                              typename ::memlayout::detail::same_layout_contract<A, B>::type)

/// `T::a` and `T::b` lie within one cache line of `line_bytes` (counted from the start of T).
#define MEMLAYOUT_EXPECT_SAME_CACHE_LINE(T, line_bytes, a, b)                                                     \
    MEMLAYOUT_DETAIL_CONTRACT("memlayout: " #T "::" #a " and " #T "::" #b " are not on one cache line",           \
                              typename ::memlayout::detail::same_line_contract<T, (line_bytes), &T::a, offsetof(T, a), \
                                                                               sizeof(T::a), &T::b, offsetof(T, b), \
                                                                               sizeof(T::b)>::type)

/// No cache line of `line_bytes` holds bytes of both `T::a` and `T::b` (no false sharing
/// between them).
#define MEMLAYOUT_EXPECT_SEPARATE_CACHE_LINES(T, line_bytes, a, b)                                                \
    MEMLAYOUT_DETAIL_CONTRACT("memlayout: " #T "::" #a " and " #T "::" #b " share a cache line",                  \
                              typename ::memlayout::detail::separate_lines_contract<T, (line_bytes), &T::a,       \
                                                                                    offsetof(T, a), sizeof(T::a), &T::b, \
                                                                                    offsetof(T, b), sizeof(T::b)>::type)

/// `T` spans at most `n` cache lines of `line_bytes`.
#define MEMLAYOUT_EXPECT_CACHE_LINES(T, line_bytes, n)                                                            \
    MEMLAYOUT_DETAIL_CONTRACT(                                                                                    \
        "memlayout: " #T " spans more cache lines than expected",                                                 \
        ::memlayout::detail::contract_t<(sizeof(T) + (line_bytes)-1) / (line_bytes) <= (n),                       \
                                        ::memlayout::diagnostic::too_many_cache_lines<                            \
                                            T, ::memlayout::diagnostic::line_size<(line_bytes)>,                  \
                                            ::memlayout::diagnostic::expected_lines<(n)>,                         \
                                            ::memlayout::diagnostic::actual_lines<(sizeof(T) + (line_bytes)-1) / (line_bytes)>>>)

// A layout's text (type name, target, member name) as a template argument.
#define MEMLAYOUT_DETAIL_TEXT(s) ::memlayout::diagnostic::named<::memlayout::diagnostic::text<(s).size()>{(s)}>

/// The layout `L` (a constant expression: a Go model, a prediction for another target, ...)
/// is `expected` bytes. The error names L's type and target and both sizes.
#define MEMLAYOUT_EXPECT_LAYOUT_SIZE(L, expected)                                                                 \
    MEMLAYOUT_DETAIL_CONTRACT("memlayout: size contract of " #L " does not hold",                                 \
                              ::memlayout::detail::contract_t<(L).size == (expected),                             \
                                                              ::memlayout::diagnostic::layout_size_mismatch<      \
                                                                  MEMLAYOUT_DETAIL_TEXT((L).type_name),           \
                                                                  MEMLAYOUT_DETAIL_TEXT((L).target),              \
                                                                  ::memlayout::diagnostic::expected_size<(expected)>, \
                                                                  ::memlayout::diagnostic::actual_size<(L).size>>>)

/// The member named `member` (a string) of the layout `L` is at byte `expected`.
#define MEMLAYOUT_EXPECT_LAYOUT_OFFSET(L, member, expected)                                                       \
    MEMLAYOUT_DETAIL_CONTRACT(                                                                                    \
        "memlayout: offset contract of " #L " " member " does not hold",                                          \
        ::memlayout::detail::contract_t<                                                                          \
            (L).index_of(member) < (L).fields.size() && (L).fields[(L).index_of(member)].offset == (expected),    \
            ::memlayout::diagnostic::layout_offset_mismatch<                                                      \
                MEMLAYOUT_DETAIL_TEXT((L).type_name), MEMLAYOUT_DETAIL_TEXT((L).target),                          \
                MEMLAYOUT_DETAIL_TEXT(std::string_view(member)), ::memlayout::diagnostic::expected_offset<(expected)>, \
                ::memlayout::diagnostic::actual_offset<((L).index_of(member) < (L).fields.size()                  \
                                                            ? (L).fields[(L).index_of(member)].offset             \
                                                            : ~std::size_t{0})>>>)

/// The aggregate `T` has `count` members (as memlayout reflects them): a member added or
/// removed. Frozen contracts (memlayout::emit_contracts) pin it.
#define MEMLAYOUT_EXPECT_MEMBERS(T, count)                                                                        \
    MEMLAYOUT_DETAIL_CONTRACT("memlayout: member count contract of " #T " does not hold",                         \
                              typename ::memlayout::detail::member_count_contract<T, (count)>::type)

/// Member `index` of the aggregate `T` is named `name`, has the type spelled `type` (as
/// memlayout spells it, a string: "double", "std::array<int, 3>"), and sits at byte `offset`
/// with `size` bytes: the first of these that differs is the error. Frozen contracts pin
/// every member so.
#define MEMLAYOUT_EXPECT_MEMBER(T, index, name, spelled_type, at, bytes)                                          \
    MEMLAYOUT_DETAIL_CONTRACT("memlayout: member contract of " #T "::" #name " does not hold",                    \
                              typename ::memlayout::detail::member_contract<T, (index), #name, spelled_type, (at), (bytes)>::type)

#endif  // MEMLAYOUT_CONTRACT_HPP
