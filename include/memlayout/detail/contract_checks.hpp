// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_CONTRACT_CHECKS_HPP
#define MEMLAYOUT_DETAIL_CONTRACT_CHECKS_HPP

// What each MEMLAYOUT_EXPECT_* contract computes: a type that is `contract_holds` when the
// contract holds, and otherwise the never-defined memlayout::diagnostic type that carries
// the figures. The macros take sizeof of it at the user's line, so that a failed contract is
// one error, there, naming the figures (GCC 12 and Clang 16 print the incomplete type whole).

#include <memlayout/abi.hpp>
#include <memlayout/detail/bit_fields.hpp>
#include <memlayout/diagnostic.hpp>
#include <memlayout/layout.hpp>
#include <memlayout/reflect.hpp>

#include <climits>
#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

namespace memlayout::detail {

struct contract_holds {};

template <bool Holds, class Carrier>
using contract_t = std::conditional_t<Holds, contract_holds, Carrier>;

// A string literal as a template argument (a frozen contract's member name and type).
template <std::size_t N>
struct literal {
    char chars[N]{};
    constexpr literal(const char (&s)[N]) noexcept {
        for (std::size_t i = 0; i < N; ++i) chars[i] = s[i];
    }
    [[nodiscard]] constexpr std::string_view view() const noexcept { return std::string_view(chars, N - 1); }
};

constexpr std::size_t first_field_at(const layout& L, std::size_t offset) noexcept {
    std::size_t i = 0;
    while (i < L.fields.size() && L.fields[i].offset != offset) ++i;
    return i;
}

constexpr std::size_t first_difference(const layout& a, const layout& b) noexcept {
    std::size_t i = 0;
    while (i < a.fields.size() && i < b.fields.size() && same_place(a.fields[i], b.fields[i])) ++i;
    return i;
}

// The index of the member at `Offset`, for the message of a failed offset contract; only for
// aggregates memlayout reflects.
template <class T, std::size_t Offset, bool Reflectable = reflectable<T>>
struct member_index_at {
    using type = diagnostic::member_index_unknown;
};
template <class T, std::size_t Offset>
struct member_index_at<T, Offset, true> {
    static constexpr layout L = layout_of<T>();
    static constexpr std::size_t index = first_field_at(L, Offset);
    using type = std::conditional_t<(index < L.fields.size()), diagnostic::member_index<index>, diagnostic::member_index_unknown>;
};

// What an offset contract's member gives where it is a bit-field (no pointer to member, no
// offsetof): its name, and this offset.
inline constexpr std::size_t no_byte_offset = static_cast<std::size_t>(-1);
inline constexpr std::size_t no_such_member = static_cast<std::size_t>(-2);

// The offset of a described class's member from its layout (private members included, and
// without offsetof, which a class that is not standard-layout makes conditionally supported).
template <class T>
constexpr std::size_t described_offset(std::string_view name) noexcept {
    constexpr layout L = layout_of<T>();
    const std::size_t i = L.index_of(name);
    if (i == L.fields.size()) return no_such_member;
    return L.fields[i].is_bit_field() ? no_byte_offset : L.fields[i].offset;
}

template <class T, auto Member, std::size_t Expected, std::size_t Actual, bool Holds = Expected == Actual>
struct offset_contract {
    using type = contract_holds;
};
template <class T, auto Member, std::size_t Expected, std::size_t Actual>
struct offset_contract<T, Member, Expected, Actual, false> {
    using type = diagnostic::offset_mismatch<T, Member, typename member_index_at<T, Actual>::type,
                                             diagnostic::expected_offset<Expected>, diagnostic::actual_offset<Actual>>;
};
template <class T, auto Member, std::size_t Expected>
struct offset_contract<T, Member, Expected, no_byte_offset, false> {
    using type = diagnostic::bit_field_has_no_byte_offset<T, Member>;
};
template <class T, auto Member, std::size_t Expected>
struct offset_contract<T, Member, Expected, no_such_member, false> {
    using type = diagnostic::has_no_member_the_contract_can_see<T, Member>;
};

// Where the member `Name` of T is, in bits: the compiler's own where it shows T's image (GCC 12:
// a value-initialized T with the member set to all ones by Setter, read by std::bit_cast), else
// the reflected bit-field of that name (Clang 16, which names every bit-field; its bits follow
// the ABI's rules, pinned by the neighbours' addresses or stated). Width 0 where neither shows
// it; where layout_of refuses T until the user states what it cannot see, its error comes first.
template <class T, literal Name, class Setter>
constexpr bit_span member_bits() noexcept {
#if !defined(__clang__)
    constexpr bit_span seen = made_ones_bits<T, ones_by_setter<T, Setter>, 0>(std::make_index_sequence<sizeof(T)>{});
    if constexpr (seen.width != 0) return seen;
#endif
    if constexpr (reflectable<T>) {
        constexpr layout L = layout_of<T>();
        constexpr std::size_t i = L.index_of(Name.view());
        if constexpr (i < L.fields.size()) {
            if constexpr (L.fields[i].is_bit_field()) return bit_span{L.fields[i].bit_offset, L.fields[i].bit_width};
            else return bit_span{L.fields[i].offset * CHAR_BIT, L.fields[i].size * CHAR_BIT};
        }
    } else if constexpr (first_refusal<std::remove_cv_t<T>>() == refusal::unseen_moves) {
        (void)layout_of<T>();  // says what to state
    }
    return bit_span{};
}

template <class T, literal Name, class Setter, std::size_t First, std::size_t Width>
struct bits_contract {
    static constexpr bit_span at = member_bits<T, Name, Setter>();
    using type = std::conditional_t<at.width == 0, diagnostic::bits_not_visible<T, Name>,
                                    contract_t<at.first == First && at.width == Width,
                                               diagnostic::bits_mismatch<T, Name, diagnostic::bits<First, Width>,
                                                                         diagnostic::bits<at.first, at.width>>>>;
};

template <class T>
struct no_padding_contract {
    static constexpr layout L = layout_of<T>();
    static constexpr std::size_t hole_offset = L.holes().empty() ? L.size - L.tail_padding() : L.holes()[0].offset;
    static constexpr std::size_t hole_size = L.holes().empty() ? L.tail_padding() : L.holes()[0].size;
    using type = contract_t<L.padding_bytes() == 0,
                            diagnostic::unexpected_padding<T, diagnostic::padding_at<hole_offset, hole_size>,
                                                           diagnostic::padding_bytes<L.padding_bytes()>>>;
};

// What differs first between two layouts.
template <class A, class B>
struct same_layout_contract {
    static constexpr layout a = layout_of<A>();
    static constexpr layout b = layout_of<B>();
    static constexpr std::size_t common = a.fields.size() < b.fields.size() ? a.fields.size() : b.fields.size();
    static constexpr std::size_t i = first_difference(a, b);
    template <class Index, class Figures>
    using mismatch = diagnostic::layout_mismatch<A, B, Index, Figures>;
    static constexpr auto pick() noexcept {
        if constexpr (i < common) {
            if constexpr (a.fields[i].offset != b.fields[i].offset)
                return static_cast<mismatch<diagnostic::member_index<i>, diagnostic::offsets<a.fields[i].offset, b.fields[i].offset>>*>(nullptr);
            else if constexpr (a.fields[i].size != b.fields[i].size)
                return static_cast<mismatch<diagnostic::member_index<i>, diagnostic::sizes<a.fields[i].size, b.fields[i].size>>*>(nullptr);
            else  // bit-fields in one storage unit, in other bits
                return static_cast<mismatch<diagnostic::member_index<i>,
                                            diagnostic::bit_places<diagnostic::bits<a.fields[i].bit_offset, a.fields[i].bit_width>,
                                                                   diagnostic::bits<b.fields[i].bit_offset, b.fields[i].bit_width>>>*>(nullptr);
        } else if constexpr (a.fields.size() != b.fields.size()) {
            return static_cast<mismatch<diagnostic::member_index<i>, diagnostic::member_counts<a.fields.size(), b.fields.size()>>*>(nullptr);
        } else if constexpr (a.size != b.size) {
            return static_cast<mismatch<diagnostic::member_index_unknown, diagnostic::sizes<a.size, b.size>>*>(nullptr);
        } else if constexpr (a.align != b.align) {
            return static_cast<mismatch<diagnostic::member_index_unknown, diagnostic::aligns<a.align, b.align>>*>(nullptr);
        } else {
            return static_cast<contract_holds*>(nullptr);
        }
    }
    using type = std::remove_pointer_t<decltype(pick())>;
};

// Cache lines are counted from the start of T: exact for objects aligned to the line size
// (alignas(64) on T), as the Linux kernel's cacheline group asserts assume.
constexpr std::size_t last_line(std::size_t offset, std::size_t size, std::size_t line) noexcept {
    return (offset + (size == 0 ? 1 : size) - 1) / line;
}

template <class T, std::size_t Line, auto A, std::size_t OffsetA, std::size_t SizeA, auto B, std::size_t OffsetB,
          std::size_t SizeB>
struct same_line_contract {
    static constexpr std::size_t first = (OffsetA < OffsetB ? OffsetA : OffsetB) / Line;
    static constexpr std::size_t end_a = last_line(OffsetA, SizeA, Line);
    static constexpr std::size_t end_b = last_line(OffsetB, SizeB, Line);
    static constexpr std::size_t last = end_a > end_b ? end_a : end_b;
    using type = contract_t<first == last, diagnostic::cache_line_split<T, diagnostic::line_size<Line>, A,
                                                                       diagnostic::lines<OffsetA / Line, end_a>, B,
                                                                       diagnostic::lines<OffsetB / Line, end_b>>>;
};

template <class T, std::size_t Line, auto A, std::size_t OffsetA, std::size_t SizeA, auto B, std::size_t OffsetB,
          std::size_t SizeB>
struct separate_lines_contract {
    static constexpr std::size_t end_a = last_line(OffsetA, SizeA, Line);
    static constexpr std::size_t end_b = last_line(OffsetB, SizeB, Line);
    static constexpr bool apart = end_a < OffsetB / Line || end_b < OffsetA / Line;
    static constexpr std::size_t shared = OffsetA < OffsetB ? OffsetB / Line : OffsetA / Line;
    using type = contract_t<apart, diagnostic::false_sharing<T, diagnostic::line_size<Line>, A, B, diagnostic::shared_line<shared>>>;
};

// T's layout on Other against its layout on First: the first member that differs (index and
// name) with its offsets and sizes on each, or the sizes and alignments.
template <class T, abi::assume A, class First, class Other>
struct portable_pair {
    static constexpr layout a = layout_of<T, First, A>();
    static constexpr layout b = layout_of<T, Other, A>();
    static constexpr std::size_t i = first_difference(a, b);
    static constexpr std::string_view name = i < a.fields.size() ? a.fields[i].name : std::string_view();
    static constexpr auto pick() noexcept {
        if constexpr (same_layout(a, b)) {
            return static_cast<contract_holds*>(nullptr);
        } else if constexpr (i < a.fields.size() && i < b.fields.size() && a.fields[i].offset == b.fields[i].offset &&
                             a.fields[i].size == b.fields[i].size) {
            // Bit-fields in one storage unit, in other bits.
            return static_cast<diagnostic::not_portable<T, First, Other, diagnostic::member_index<i>,
                                                        diagnostic::named<diagnostic::text<name.size()>{name}>,
                                                        diagnostic::bits<a.fields[i].bit_offset, a.fields[i].bit_width>,
                                                        diagnostic::bits<b.fields[i].bit_offset, b.fields[i].bit_width>>*>(nullptr);
        } else if constexpr (i < a.fields.size() && i < b.fields.size()) {
            return static_cast<diagnostic::not_portable<T, First, Other, diagnostic::member_index<i>,
                                                        diagnostic::named<diagnostic::text<name.size()>{name}>,
                                                        diagnostic::offsets<a.fields[i].offset, b.fields[i].offset>,
                                                        diagnostic::sizes<a.fields[i].size, b.fields[i].size>>*>(nullptr);
        } else {
            return static_cast<diagnostic::not_portable<T, First, Other, diagnostic::member_index_unknown,
                                                        diagnostic::named<diagnostic::text<name.size()>{name}>,
                                                        diagnostic::aligns<a.align, b.align>,
                                                        diagnostic::sizes<a.size, b.size>>*>(nullptr);
        }
    }
    using type = std::remove_pointer_t<decltype(pick())>;
};

// The first target on which T is laid out otherwise than on First.
template <class T, abi::assume A, class First, class... Others>
struct portable_contract {
    using type = contract_holds;
};
template <class T, abi::assume A, class First, class Next, class... Others>
struct portable_contract<T, A, First, Next, Others...> {
    using pair = typename portable_pair<T, A, First, Next>::type;
    using type = std::conditional_t<std::is_same_v<pair, contract_holds>,
                                    typename portable_contract<T, A, First, Others...>::type, pair>;
};

// Frozen contracts: the number of members, and each member's name, type, offset and size by
// its index, checked in that order.
template <class T, std::size_t Expected>
struct member_count_contract {
    static constexpr std::size_t actual = layout_of<T>().fields.size();
    using type = contract_t<actual == Expected, diagnostic::member_count_mismatch<T, diagnostic::expected_members<Expected>,
                                                                                   diagnostic::actual_members<actual>>>;
};

template <class T, std::size_t Index, literal Name, literal Type, std::size_t Offset, std::size_t Size>
struct member_contract {
    static constexpr layout L = layout_of<T>();
    static constexpr bool present = Index < L.fields.size();
    static constexpr field f = present ? L.fields[Index] : field{};
    static constexpr std::string_view name = f.name;
    static constexpr std::string_view type_name = f.type_name;
    static constexpr std::string_view expected_name = Name.view();
    static constexpr std::string_view expected_type = Type.view();
    using index = diagnostic::member_index<Index>;
    using member = diagnostic::member<Index, diagnostic::text<expected_name.size()>{expected_name}>;
    static constexpr auto pick() noexcept {
        if constexpr (!present || name != expected_name)
            return static_cast<diagnostic::member_name_mismatch<
                T, index, diagnostic::expected_name<diagnostic::text<expected_name.size()>{expected_name}>,
                diagnostic::actual_name<diagnostic::text<name.size()>{name}>>*>(nullptr);
        else if constexpr (type_name != expected_type)
            return static_cast<diagnostic::member_type_mismatch<
                T, member, diagnostic::expected_type<diagnostic::text<expected_type.size()>{expected_type}>,
                diagnostic::actual_type<diagnostic::text<type_name.size()>{type_name}>>*>(nullptr);
        else if constexpr (f.offset != Offset)
            return static_cast<diagnostic::member_offset_mismatch<T, member, diagnostic::expected_offset<Offset>,
                                                                  diagnostic::actual_offset<f.offset>>*>(nullptr);
        else if constexpr (f.size != Size)
            return static_cast<diagnostic::member_size_mismatch<T, member, diagnostic::expected_size<Size>,
                                                                diagnostic::actual_size<f.size>>*>(nullptr);
        else
            return static_cast<contract_holds*>(nullptr);
    }
    using type = std::remove_pointer_t<decltype(pick())>;
};

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_CONTRACT_CHECKS_HPP
