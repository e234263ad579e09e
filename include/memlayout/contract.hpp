// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_CONTRACT_HPP
#define MEMLAYOUT_CONTRACT_HPP

#include <memlayout/abi.hpp>
#include <memlayout/diagnostic.hpp>
#include <memlayout/layout.hpp>
#include <memlayout/reflect.hpp>

#include <cstddef>
#include <string_view>
#include <type_traits>

/// Layout contracts for CI: compile-time checks whose failure reads like a diff. The first
/// error the compiler prints names an undefined memlayout::diagnostic type that carries the
/// type, the member and the expected and actual figures, e.g.
/// `memlayout::diagnostic::offset_mismatch<Slice, &Slice::cap, member_index<2>,
///  expected_offset<8>, actual_offset<16>>`.
namespace memlayout {

/// Whether two layouts place their bytes alike: the same size and alignment, the same number
/// of members, and each member at the same offset with the same size. Member names and types
/// may differ (a hand-written mirror of a C header, a Go header model).
[[nodiscard]] constexpr bool same_layout(const layout& a, const layout& b) noexcept {
    if (a.size != b.size || a.align != b.align || a.fields.size() != b.fields.size()) return false;
    for (std::size_t i = 0; i < a.fields.size(); ++i)
        if (a.fields[i].offset != b.fields[i].offset || a.fields[i].size != b.fields[i].size) return false;
    return true;
}

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

}  // namespace memlayout

namespace memlayout::detail {

struct contract_holds {
    static constexpr bool value = true;
};
// The error is sizeof of an incomplete type, whose name GCC 12 and Clang 16 print in full.
template <class Carrier>
struct contract_violated {
    static constexpr bool value = sizeof(Carrier) == 0;
};
template <bool Holds, class Carrier>
inline constexpr bool contract = std::conditional_t<Holds, contract_holds, contract_violated<Carrier>>::value;

constexpr std::size_t first_field_at(const layout& L, std::size_t offset) noexcept {
    std::size_t i = 0;
    while (i < L.fields.size() && L.fields[i].offset != offset) ++i;
    return i;
}

constexpr std::size_t first_difference(const layout& a, const layout& b) noexcept {
    std::size_t i = 0;
    while (i < a.fields.size() && i < b.fields.size() && a.fields[i].offset == b.fields[i].offset &&
           a.fields[i].size == b.fields[i].size)
        ++i;
    return i;
}

// The index of the member at `offset`, for the message of a failed offset contract; only
// for aggregates memlayout reflects, and only computed when the contract fails.
template <class T, std::size_t Offset>
constexpr auto member_index_at() noexcept {
    if constexpr (std::is_aggregate_v<T> && !std::is_union_v<T>) {
        if constexpr (reflects_cleanly<T>) {
            constexpr layout L = layout_of<T>();
            constexpr std::size_t index = first_field_at(L, Offset);
            if constexpr (index < L.fields.size()) return diagnostic::member_index<index>{};
            else return diagnostic::member_index_unknown{};
        } else {
            return diagnostic::member_index_unknown{};
        }
    } else {
        return diagnostic::member_index_unknown{};
    }
}

template <class T, auto Member, std::size_t Expected, std::size_t Actual>
constexpr bool offset_contract() noexcept {
    if constexpr (Expected == Actual) {
        return true;
    } else {
        using index = decltype(member_index_at<T, Actual>());
        return contract_violated<diagnostic::offset_mismatch<T, Member, index, diagnostic::expected_offset<Expected>,
                                                             diagnostic::actual_offset<Actual>>>::value;
    }
}

template <class T>
constexpr bool no_padding_contract() noexcept {
    constexpr layout L = layout_of<T>();
    if constexpr (L.padding_bytes() == 0) {
        return true;
    } else {
        constexpr std::size_t hole_offset = L.holes().empty() ? L.size - L.tail_padding() : L.holes()[0].offset;
        constexpr std::size_t hole_size = L.holes().empty() ? L.tail_padding() : L.holes()[0].size;
        return contract_violated<diagnostic::unexpected_padding<T, diagnostic::padding_at<hole_offset, hole_size>,
                                                                diagnostic::padding_bytes<L.padding_bytes()>>>::value;
    }
}

// What differs first between two layouts, as carrier types.
template <class A, class B>
constexpr bool same_layout_contract() noexcept {
    constexpr layout a = layout_of<A>();
    constexpr layout b = layout_of<B>();
    constexpr std::size_t common = a.fields.size() < b.fields.size() ? a.fields.size() : b.fields.size();
    constexpr std::size_t i = first_difference(a, b);
    if constexpr (i < common) {
        using index = diagnostic::member_index<i>;
        if constexpr (a.fields[i].offset != b.fields[i].offset)
            return contract_violated<diagnostic::layout_mismatch<A, B, index,
                                                                 diagnostic::offsets<a.fields[i].offset, b.fields[i].offset>>>::value;
        else
            return contract_violated<
                diagnostic::layout_mismatch<A, B, index, diagnostic::sizes<a.fields[i].size, b.fields[i].size>>>::value;
    } else if constexpr (a.fields.size() != b.fields.size()) {
        return contract_violated<diagnostic::layout_mismatch<A, B, diagnostic::member_index<i>,
                                                             diagnostic::member_counts<a.fields.size(), b.fields.size()>>>::value;
    } else if constexpr (a.size != b.size) {
        return contract_violated<diagnostic::layout_mismatch<A, B, diagnostic::member_index_unknown, diagnostic::sizes<a.size, b.size>>>::value;
    } else if constexpr (a.align != b.align) {
        return contract_violated<diagnostic::layout_mismatch<A, B, diagnostic::member_index_unknown, diagnostic::aligns<a.align, b.align>>>::value;
    } else {
        return true;
    }
}

// Cache lines are counted from the start of T: exact for objects aligned to the line size
// (alignas(64) on T), as the Linux kernel's cacheline group asserts assume.
constexpr std::size_t last_line(std::size_t offset, std::size_t size, std::size_t line) noexcept {
    return (offset + (size == 0 ? 1 : size) - 1) / line;
}

template <class T, std::size_t Line, auto A, std::size_t OffsetA, std::size_t SizeA, auto B, std::size_t OffsetB,
          std::size_t SizeB>
constexpr bool same_line_contract() noexcept {
    constexpr std::size_t first = (OffsetA < OffsetB ? OffsetA : OffsetB) / Line;
    constexpr std::size_t end_a = last_line(OffsetA, SizeA, Line);
    constexpr std::size_t end_b = last_line(OffsetB, SizeB, Line);
    constexpr std::size_t last = end_a > end_b ? end_a : end_b;
    return contract<first == last, diagnostic::cache_line_split<T, diagnostic::line_size<Line>, A,
                                                                  diagnostic::lines<OffsetA / Line, end_a>, B,
                                                                  diagnostic::lines<OffsetB / Line, end_b>>>;
}

template <class T, std::size_t Line, auto A, std::size_t OffsetA, std::size_t SizeA, auto B, std::size_t OffsetB,
          std::size_t SizeB>
constexpr bool separate_lines_contract() noexcept {
    constexpr std::size_t end_a = last_line(OffsetA, SizeA, Line);
    constexpr std::size_t end_b = last_line(OffsetB, SizeB, Line);
    constexpr bool apart = end_a < OffsetB / Line || end_b < OffsetA / Line;
    constexpr std::size_t shared = OffsetA < OffsetB ? OffsetB / Line : OffsetA / Line;
    return contract<apart, diagnostic::false_sharing<T, diagnostic::line_size<Line>, A, B, diagnostic::shared_line<shared>>>;
}

template <class T, abi::assume A, class First, class... Others>
constexpr bool portable_contract() noexcept;

// T's layout on Other equals its layout on First; where not, the error names both targets,
// the first member that differs (index and name) and its offsets and sizes on each.
template <class T, abi::assume A, class First, class Other>
constexpr bool portable_pair() noexcept {
    constexpr layout a = layout_of<T, First, A>();
    constexpr layout b = layout_of<T, Other, A>();
    if constexpr (same_layout(a, b)) {
        return true;
    } else {
        constexpr std::size_t i = first_difference(a, b);
        if constexpr (i < a.fields.size() && i < b.fields.size()) {
            return contract<false, diagnostic::not_portable<T, First, Other, diagnostic::member_index<i>,
                                                            diagnostic::named<diagnostic::text<a.fields[i].name.size()>{
                                                                a.fields[i].name}>,
                                                            diagnostic::offsets<a.fields[i].offset, b.fields[i].offset>,
                                                            diagnostic::sizes<a.fields[i].size, b.fields[i].size>>>;
        } else {
            return contract<false, diagnostic::not_portable<T, First, Other, diagnostic::member_index_unknown,
                                                            diagnostic::named<diagnostic::text<0>{""}>,
                                                            diagnostic::aligns<a.align, b.align>,
                                                            diagnostic::sizes<a.size, b.size>>>;
        }
    }
}

template <class T, abi::assume A, class First, class... Others>
constexpr bool portable_contract() noexcept {
    return (portable_pair<T, A, First, Others>() && ...);
}

}  // namespace memlayout::detail

namespace memlayout {

/// Whether the aggregate T has the same layout (size, alignment, every member's offset and
/// size) on every one of `Targets`, predicted from one build with the stated assumptions.
template <class T, abi::assume Assumed, class First, class... Others>
[[nodiscard]] constexpr bool same_layout_on() noexcept {
    constexpr layout a = layout_of<T, First, Assumed>();
    return (same_layout(a, layout_of<T, Others, Assumed>()) && ...);
}

}  // namespace memlayout

/// `T` has the same layout on every target listed (`abi::x86_64, abi::i386, ...`), with the
/// assumptions `assumed` (see memlayout::abi::assume): for wire formats and shared memory.
/// The error names the first target whose layout differs from the first one's, and the
/// member, with both offsets and sizes.
#define MEMLAYOUT_EXPECT_PORTABLE(T, assumed, ...)                                                                \
    static_assert(::memlayout::detail::portable_contract<T, (assumed), __VA_ARGS__>(),                            \
                  "memlayout: " #T " is not laid out alike on " #__VA_ARGS__)

/// `T` is `expected` bytes (sizeof). Namespace or block scope.
#define MEMLAYOUT_EXPECT_SIZE(T, expected)                                                                        \
    static_assert(::memlayout::detail::contract<sizeof(T) == (expected),                                          \
                                                ::memlayout::diagnostic::size_mismatch<                           \
                                                    T, ::memlayout::diagnostic::expected_size<(expected)>,        \
                                                    ::memlayout::diagnostic::actual_size<sizeof(T)>>>,            \
                  "memlayout: size contract of " #T " does not hold")

/// `T` is aligned to `expected` bytes (alignof).
#define MEMLAYOUT_EXPECT_ALIGN(T, expected)                                                                       \
    static_assert(::memlayout::detail::contract<alignof(T) == (expected),                                         \
                                                ::memlayout::diagnostic::align_mismatch<                          \
                                                    T, ::memlayout::diagnostic::expected_align<(expected)>,       \
                                                    ::memlayout::diagnostic::actual_align<alignof(T)>>>,          \
                  "memlayout: alignment contract of " #T " does not hold")

/// `T::member` is at byte `expected`. Uses offsetof, so it works for every standard-layout
/// class, also those memlayout cannot reflect; the message names the member's index where
/// memlayout can reflect T.
#define MEMLAYOUT_EXPECT_OFFSET(T, member, expected)                                                              \
    static_assert(::memlayout::detail::offset_contract<T, &T::member, (expected), offsetof(T, member)>(),         \
                  "memlayout: offset contract of " #T "::" #member " does not hold")

/// `T` has no padding: no hole between members and no tail padding.
#define MEMLAYOUT_EXPECT_NO_PADDING(T)                                                                            \
    static_assert(::memlayout::detail::no_padding_contract<T>(), "memlayout: " #T " has padding")

/// `A` and `B` place their bytes alike (see memlayout::same_layout).
#define MEMLAYOUT_EXPECT_SAME_LAYOUT(A, B)                                                                        \
    static_assert(::memlayout::detail::same_layout_contract<A, B>(),                                              \
                  "memlayout: " #A " and " #B " are not laid out alike")

/// `T::a` and `T::b` lie within one cache line of `line_bytes` (counted from the start of T).
#define MEMLAYOUT_EXPECT_SAME_CACHE_LINE(T, line_bytes, a, b)                                                     \
    static_assert(::memlayout::detail::same_line_contract<T, (line_bytes), &T::a, offsetof(T, a), sizeof(T::a),  \
                                                          &T::b, offsetof(T, b), sizeof(T::b)>(),                 \
                  "memlayout: " #T "::" #a " and " #T "::" #b " are not on one cache line")

/// No cache line of `line_bytes` holds bytes of both `T::a` and `T::b` (no false sharing
/// between them).
#define MEMLAYOUT_EXPECT_SEPARATE_CACHE_LINES(T, line_bytes, a, b)                                                \
    static_assert(::memlayout::detail::separate_lines_contract<T, (line_bytes), &T::a, offsetof(T, a),           \
                                                               sizeof(T::a), &T::b, offsetof(T, b), sizeof(T::b)>(), \
                  "memlayout: " #T "::" #a " and " #T "::" #b " share a cache line")

/// `T` spans at most `n` cache lines of `line_bytes`.
#define MEMLAYOUT_EXPECT_CACHE_LINES(T, line_bytes, n)                                                            \
    static_assert(::memlayout::detail::contract<                                                                  \
                      (sizeof(T) + (line_bytes)-1) / (line_bytes) <= (n),                                         \
                      ::memlayout::diagnostic::too_many_cache_lines<                                              \
                          T, ::memlayout::diagnostic::line_size<(line_bytes)>,                                    \
                          ::memlayout::diagnostic::expected_lines<(n)>,                                           \
                          ::memlayout::diagnostic::actual_lines<(sizeof(T) + (line_bytes)-1) / (line_bytes)>>>,   \
                  "memlayout: " #T " spans more cache lines than expected")

// A layout's text (type name, target, member name) as a template argument.
#define MEMLAYOUT_DETAIL_TEXT(s) ::memlayout::diagnostic::named<::memlayout::diagnostic::text<(s).size()>{(s)}>

/// The layout `L` (a constant expression: a Go model, a prediction for another target, ...)
/// is `expected` bytes. The error names L's type and target and both sizes.
#define MEMLAYOUT_EXPECT_LAYOUT_SIZE(L, expected)                                                                 \
    static_assert(::memlayout::detail::contract<(L).size == (expected),                                           \
                                                ::memlayout::diagnostic::layout_size_mismatch<                    \
                                                    MEMLAYOUT_DETAIL_TEXT((L).type_name),                         \
                                                    MEMLAYOUT_DETAIL_TEXT((L).target),                            \
                                                    ::memlayout::diagnostic::expected_size<(expected)>,           \
                                                    ::memlayout::diagnostic::actual_size<(L).size>>>,             \
                  "memlayout: size contract of " #L " does not hold")

/// The member named `member` (a string) of the layout `L` is at byte `expected`.
#define MEMLAYOUT_EXPECT_LAYOUT_OFFSET(L, member, expected)                                                       \
    static_assert(::memlayout::detail::contract<                                                                  \
                      (L).index_of(member) < (L).fields.size() &&                                                 \
                          (L).fields[(L).index_of(member)].offset == (expected),                                  \
                      ::memlayout::diagnostic::layout_offset_mismatch<                                            \
                          MEMLAYOUT_DETAIL_TEXT((L).type_name), MEMLAYOUT_DETAIL_TEXT((L).target),                \
                          MEMLAYOUT_DETAIL_TEXT(std::string_view(member)),                                        \
                          ::memlayout::diagnostic::expected_offset<(expected)>,                                   \
                          ::memlayout::diagnostic::actual_offset<((L).index_of(member) < (L).fields.size()        \
                                                                      ? (L).fields[(L).index_of(member)].offset   \
                                                                      : ~std::size_t{0})>>>,                      \
                  "memlayout: offset contract of " #L " " member " does not hold")

#endif  // MEMLAYOUT_CONTRACT_HPP
