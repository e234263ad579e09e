// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_PREDICTION_HPP
#define MEMLAYOUT_DETAIL_PREDICTION_HPP

#include <memlayout/abi.hpp>
#include <memlayout/detail/reflection.hpp>
#include <memlayout/layout.hpp>

#include <array>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace memlayout::detail {

// Why a member's layout on a target cannot be known from the host build; `none` when it can.
enum class prediction_refusal {
    none,
    unknown_type,           // a fundamental type the target lacks or memlayout does not model
    opaque_class,           // a class memlayout cannot reflect (std::string, private members, ...)
    union_member,           // a union: its members are not visible
    ambiguous_integer,      // `long` on LP64 may have been std::int64_t, std::size_t or long
    conflicting_integer,    // two spellings stated fit the member (LP64: std::uint64_t, std::size_t) and differ
    hidden_alignment,       // the member's alignment differs on the target; an alignas may hide
    msvc_member_pointer,    // MSVC's member pointers depend on the class's inheritance model
    empty_array,            // std::array<E, 0> differs between standard libraries
    wide_unfixed_enum_msvc, // MSVC gives every enum without a fixed type an int
    bit_field,              // a bit-field on a target with Microsoft's units, packed, or too wide there
    unnamed_bit_field,      // the host's bit-fields, or T's end, are not where the rules put the named ones
    unstated_bit_fields,    // another target, where T is not stated to have no unnamed bit-field
    member_attribute,       // the host places a member where the C rules do not: alignas, packed
    nested,                 // a member record (or array element) is refused itself
    walked,                 // a union, or a class with an anonymous member (Clang walks it)
    described,              // a C++ class laid out from its description: bases, vptr, the C++ ABI
};

// A member's type on a target: size and alignment before packing, and how to print it.
struct member_model {
    std::size_t size = 0;
    std::size_t align = 1;
    // The alignment an alignas inside the type demands (MSVC's "required alignment"): 1 for
    // types without one. MSVC keeps it where #pragma pack caps everything else.
    std::size_t required = 1;
    std::string_view type_name;
    prediction_refusal refused = prediction_refusal::none;
    const layout* record = nullptr;
};

constexpr member_model refused_model(prediction_refusal why) noexcept {
    member_model m;
    m.refused = why;
    return m;
}

template <class U, class... Of>
inline constexpr bool is_one_of = (std::is_same_v<U, Of> || ...);

#if defined(__SIZEOF_INT128__)
__extension__ typedef __int128 int128;  // __extension__: not an error with -Wpedantic
__extension__ typedef unsigned __int128 uint128;
#endif

// A fundamental type as its keyword: its size and alignment by the data model.
template <class U>
constexpr member_model keyword_model(const abi::data_model& m) noexcept {
    member_model r;
    r.type_name = type_name_v<U>;
    auto is = [&r](std::size_t size, std::size_t align) {
        r.size = size;
        r.align = align;
        return r;
    };
    if constexpr (is_one_of<U, bool, char, signed char, unsigned char, char8_t>) return is(1, 1);
    else if constexpr (is_one_of<U, short, unsigned short, char16_t>) return is(2, 2);
    else if constexpr (is_one_of<U, int, unsigned, char32_t, float>) return is(4, 4);
    else if constexpr (is_one_of<U, long, unsigned long>) return is(m.long_size, m.long_size == 8 ? m.int64_align : 4);
    else if constexpr (is_one_of<U, long long, unsigned long long, double>) return is(8, m.int64_align);
    else if constexpr (std::is_same_v<U, wchar_t>) return is(m.wchar_size, m.wchar_size);
    else if constexpr (std::is_same_v<U, long double>) return is(m.long_double_size, m.long_double_align);
    else if constexpr (std::is_same_v<U, std::nullptr_t>) return is(m.pointer_size, m.pointer_size);
#if defined(__SIZEOF_INT128__)
    else if constexpr (is_one_of<U, int128, uint128>)
        return m.has_int128 ? is(16, 16) : refused_model(prediction_refusal::unknown_type);
#endif
    else return refused_model(prediction_refusal::unknown_type);
}

template <class U>
constexpr std::string_view fixed_width_name() noexcept {
    constexpr bool s = std::is_signed_v<U>;
    if constexpr (sizeof(U) == 1) return s ? "std::int8_t" : "std::uint8_t";
    else if constexpr (sizeof(U) == 2) return s ? "std::int16_t" : "std::uint16_t";
    else if constexpr (sizeof(U) == 4) return s ? "std::int32_t" : "std::uint32_t";
    else return s ? "std::int64_t" : "std::uint64_t";
}

// An integer type the host names U may have been written as a <cstdint> fixed-width type, a
// pointer-sized typedef or the keyword; where those differ on the target, the spelling the user
// stated decides, or the member is refused. Where two spellings stated both fit U and differ on
// the target, it is refused too: on LP64 std::uint64_t and std::size_t are both unsigned long,
// so `struct { std::uint64_t total; std::size_t n; }` stated to use both has members of one
// type written two ways, and nothing says which is which (an earlier order of precedence gave
// n 8 bytes on i386, where std::size_t has 4).
template <class U>
constexpr member_model integer_model(const abi::data_model& m, abi::assume assumed) noexcept {
    const member_model keyword = keyword_model<U>(m);
    using S = std::make_signed_t<U>;
    constexpr bool fixed_width = is_one_of<S, std::int8_t, std::int16_t, std::int32_t, std::int64_t>;
    constexpr bool pointer_sized = is_one_of<S, std::ptrdiff_t, std::intptr_t, std::make_signed_t<std::size_t>>;
    member_model fixed = keyword;
    fixed.size = sizeof(U);
    fixed.align = sizeof(U) == 8 ? m.int64_align : sizeof(U);
    fixed.type_name = fixed_width_name<U>();
    member_model pointer = keyword;
    pointer.size = pointer.align = m.pointer_size;
    pointer.type_name = std::is_signed_v<U> ? "std::ptrdiff_t" : "std::size_t";

    const bool agree = (!fixed_width || (fixed.size == keyword.size && fixed.align == keyword.align)) &&
                       (!pointer_sized || (pointer.size == keyword.size && pointer.align == keyword.align)) &&
                       (!fixed_width || !pointer_sized || (fixed.size == pointer.size && fixed.align == pointer.align));
    if (agree) return keyword;
    const bool by_fixed = fixed_width && abi::has(assumed, abi::assume::fixed_width_integers);
    const bool by_pointer = pointer_sized && abi::has(assumed, abi::assume::pointer_sized_integers);
    const bool by_keyword = abi::has(assumed, abi::assume::keyword_integers);
    const member_model* stated = by_fixed ? &fixed : by_pointer ? &pointer : by_keyword ? &keyword : nullptr;
    if (stated == nullptr) return refused_model(prediction_refusal::ambiguous_integer);
    const auto differs = [stated](const member_model& other) {
        return other.size != stated->size || other.align != stated->align;
    };
    if ((by_pointer && differs(pointer)) || (by_keyword && differs(keyword)))
        return refused_model(prediction_refusal::conflicting_integer);
    return *stated;
}

// A C++ class (described, or walked by Clang: bases, a vptr) is laid out by the target's C++
// ABI, which memlayout does not model: only its compiler can show it.
struct described_members_tag {};
template <class T, bool Described = laid_out_from_description<T>() || laid_out_from_walk<T>()>
struct prediction_members {
    using type = members_of<T>;
};
template <class T>
struct prediction_members<T, true> {
    using type = described_members_tag;
};

template <class T, class Target, abi::assume A, class Members = typename prediction_members<T>::type>
struct prediction;
template <class T, class Target, abi::assume A>
struct prediction<T, Target, A, described_members_tag> {
    static constexpr prediction_refusal refused = prediction_refusal::described;
    static constexpr bool matches_host = false;
};

template <class T, class Target, abi::assume A>
inline constexpr prediction_refusal prediction_refused = prediction<T, Target, A>::refused;

// A member type on the target. Own: what is stated of the record's own members (the call's
// statement A and the record's assumptions); a record inside is predicted with A, and states
// its own.
template <class U, class Target, abi::assume A, abi::assume Own = A>
constexpr member_model model_of() noexcept {
    constexpr abi::data_model m = Target::model;
    if constexpr (__is_enum(U)) {
        using Under = std::underlying_type_t<U>;
        member_model r;
        if constexpr (requires { U{0}; }) {
            r = integer_model<Under>(m, Own);  // a fixed underlying type, as written
        } else if constexpr (sizeof(Under) <= 4) {
            r.size = r.align = 4;  // every modelled ABI: int, or unsigned int
        } else {
            if (m.msvc) return refused_model(prediction_refusal::wide_unfixed_enum_msvc);
            r.size = 8;
            r.align = m.int64_align;
        }
        r.type_name = type_name_v<U>;
        return r;
    } else if constexpr (std::is_integral_v<U> && !is_one_of<U, bool, char, signed char, unsigned char, wchar_t, char8_t,
                                                                char16_t, char32_t>) {
        return integer_model<U>(m, Own);
    } else if constexpr (std::is_arithmetic_v<U> || std::is_null_pointer_v<U>
#if defined(__SIZEOF_INT128__)
                         || is_one_of<U, int128, uint128>
#endif
    ) {
        return keyword_model<U>(m);
    } else if constexpr (std::is_pointer_v<U>) {
        member_model r;
        r.size = r.align = m.pointer_size;
        r.type_name = type_name_v<U>;
        return r;
    } else if constexpr (std::is_member_pointer_v<U>) {
        if (m.msvc) return refused_model(prediction_refusal::msvc_member_pointer);
        member_model r;
        r.size = std::is_member_function_pointer_v<U> ? 2 * m.pointer_size : m.pointer_size;
        r.align = m.pointer_size;
        r.type_name = type_name_v<U>;
        return r;
    } else if constexpr (std::is_array_v<U>) {
        // A C array: its element's model, times the elements (none for T[], which has no size).
        using E = std::remove_cv_t<std::remove_all_extents_t<U>>;
        member_model r = model_of<E, Target, A, Own>();
        if (r.refused != prediction_refusal::none) return refused_model(r.refused);
        r.size *= c_array_traits<U>::count;
        r.type_name = type_name_v<U>;
        return r;
    } else if constexpr (std_array_traits<U>::value) {
        using E = std::remove_cv_t<typename std_array_traits<U>::element>;
        constexpr std::size_t n = std_array_traits<U>::count;
        if constexpr (n == 0) {
            return refused_model(prediction_refusal::empty_array);
        } else {
            member_model r = model_of<E, Target, A, Own>();
            if (r.refused != prediction_refusal::none) return refused_model(r.refused);
            r.size *= n;
            r.type_name = type_name_v<U>;
            return r;
        }
    } else if constexpr (__is_union(U)) {
        return refused_model(prediction_refusal::union_member);
    } else if constexpr (__is_class(U) && __is_aggregate(U)) {
        if constexpr (reflects_cleanly<U>) {
            if constexpr (prediction_refused<U, Target, A> != prediction_refusal::none) {
                return refused_model(prediction_refusal::nested);
            } else {
                const layout& nested = prediction<U, Target, A>::value;
                member_model r;
                r.size = nested.size;
                r.align = nested.align;
                r.required = prediction<U, Target, A>::required_align;
                r.type_name = type_name_v<U>;
                r.record = &nested;
                return r;
            }
        } else {
            return refused_model(prediction_refusal::opaque_class);
        }
    } else {
        return refused_model(prediction_refusal::opaque_class);
    }
}

template <class U, class Target, abi::assume A>
constexpr bool nested_matches_host() noexcept {
    if constexpr (std_array_traits<U>::value) {
        return nested_matches_host<std::remove_cv_t<typename std_array_traits<U>::element>, Target, A>();
    } else if constexpr (__is_class(U) && !__is_union(U) && __is_aggregate(U)) {
        return prediction<U, Target, A>::matches_host;
    } else {
        return true;
    }
}

// Whether Target is the data model of the compiler building this translation unit.
template <class Target>
constexpr bool is_native_target() noexcept {
    return std::is_same_v<Target, abi::native> && !std::is_same_v<Target, abi::host>;
}

// The layout of the aggregate T on Target: T's members, read by the host reflection, each
// given its size and alignment on the target, placed by the same C rules.
template <class T, class Target, abi::assume A, class... M>
struct prediction<T, Target, A, bound_members<M...>> {
    static_assert(sizeof...(M) == reflection<T>::count);
    using host = reflection<T>;
    static constexpr std::size_t count = sizeof...(M);
    static constexpr std::size_t packing = host::rules.packing;

    // What is stated of T's own members: in the call (A, which every record inside T is
    // predicted with too) or in assumptions<T> (T alone: a record inside is asked of itself).
    static constexpr abi::assume own = A | assumptions<T>;
    static constexpr member_model members[count + 1] = {model_of<std::remove_cv_t<M>, Target, A, own>()..., member_model{}};

    // T's own alignas, where the host shows one: T is more aligned than its members.
    static constexpr std::size_t declared_align = alignof(T) > host::members_align ? alignof(T) : 1;
    static constexpr placement_rules rules{packing, declared_align, Target::model.msvc, false, true};

    // Bit-fields: each one's width, as the host shows it (0: not a bit-field), and where the
    // System V and AAPCS rules put the named ones on the host. An unnamed bit-field (`int : 3`,
    // `: 0`), which nothing lists, moves what comes after it, and where it would on the target is
    // not known: the host's bits must be where the rules put the named bit-fields alone.
    static constexpr bool has_bit_fields = [] {
        if constexpr (host::walked) return false;  // refused: walked
        else return host::has_bit_fields;
    }();
    static constexpr std::array<std::size_t, count + 1> widths = [] {
        std::array<std::size_t, count + 1> w{};
        if constexpr (has_bit_fields)
            for (std::size_t i = 0; i < count; ++i) w[i] = host::fields[i].bit_width;
        return w;
    }();
    static constexpr bit_placement<count> host_ruled_bits = [] {
        if constexpr (has_bit_fields) return place_with_bit_fields<count>(host::sizes, host::natural_aligns, widths.data(), host::rules);
        else return bit_placement<count>{};
    }();
    static constexpr bool host_bits_as_ruled(std::size_t i) noexcept {
        const field& f = host::fields[i];
        return f.is_bit_field() ? f.bit_offset == host_ruled_bits.bit_offsets[i]
                                : f.offset == host_ruled_bits.members.offsets[i];
    }
    // T's end, where the rules put it after T's members (the named ones).
    static constexpr const placement<count>& host_ruled = has_bit_fields ? host_ruled_bits.members : host::placed;

    // Where a member is less (or more) aligned on the target than on the host, an alignas or
    // pack the host layout cannot show would change the target's layout.
    static constexpr prediction_refusal why(std::size_t i) noexcept {
        if (members[i].refused != prediction_refusal::none) return members[i].refused;
        if (host::is_bit_field[i] &&
            (Target::model.ms_bit_fields || packing != 0 || widths[i] > members[i].size * CHAR_BIT))
            return prediction_refusal::bit_field;
        if (has_bit_fields && !host_bits_as_ruled(i)) return prediction_refusal::unnamed_bit_field;
        if (!has_bit_fields && host::fields[i].offset != host::placed.offsets[i]) return prediction_refusal::member_attribute;
        if (!abi::has(own, abi::assume::natural_alignment) &&
            placed_alignment(members[i].align, 1, rules) != host::placed.aligns[i])
            return prediction_refusal::hidden_alignment;
        return prediction_refusal::none;
    }
    static constexpr std::size_t first_refused = [] {
        std::size_t i = 0;
        while (i < count && why(i) == prediction_refusal::none) ++i;
        return i;
    }();
    // An unnamed bit-field (`int : 3`, `: 0`), which no technique lists, may move nothing on this
    // host and change T on every other target, in a struct with no named bit-field too (each
    // checked with that target's GCC 12, against x86_64):
    //   { unsigned : 0; unsigned char m[3]; }        armhf, aarch64: 4 bytes, 4-aligned (AAPCS: a
    //                                                `: 0` aligns the struct), not 3 and 1
    //   { void* p; long long : 0; int e; }           armhf: e at 8, not 4
    //   { char a[3]; long : 16; double d; }          i386: d at 8, not 4 (`long : 16` straddles
    //                                                a 4-byte unit there, not an 8-byte one)
    //   { int a; char b; unsigned : 8; }             MinGW-w64 (Microsoft's units): 12 bytes, not 8
    // Only the user can say T has none: in the call (for T and every record inside it, whose
    // predictions get the same A) or in assumptions<T> (for T alone; a record inside it is
    // asked of itself). On the target this compiler builds for, the prediction is compared with
    // the compiler's layout instead.
    static constexpr bool unnamed_bit_fields_ruled_out =
        is_native_target<Target>() || abi::has(own, abi::assume::named_bit_fields);
    // An unnamed bit-field after the last member, or in place of any, shows only by T's end:
    // `struct { signed char c; std::uint16_t : 0; }` is 2 bytes, `struct { unsigned : 26;
    // unsigned long long : 46; }` 14 (x86_64). Where it would end on the target is not known.
    static constexpr bool end_refused = host_ruled.size != sizeof(T) || host_ruled.align != alignof(T);
    static constexpr prediction_refusal refused = host::walked                   ? prediction_refusal::walked
                                                  : first_refused < count        ? why(first_refused)
                                                  : end_refused                  ? prediction_refusal::unnamed_bit_field
                                                  : !unnamed_bit_fields_ruled_out ? prediction_refusal::unstated_bit_fields
                                                                                 : prediction_refusal::none;

    // The alignment alignas demands of T and its members, wherever it is (MSVC: packing does
    // not lower it; GCC: packing does).
    static constexpr std::size_t required_align = [] {
        std::size_t r = declared_align;
        for (std::size_t i = 0; i < count; ++i) r = members[i].required > r ? members[i].required : r;
        return r;
    }();

    // The members on the target; bit-fields by the same rules, with the target's type sizes
    // and alignments (i386: a long long bit-field's unit is 4-aligned).
    static constexpr bit_placement<count> placed_bits = [] {
        std::size_t sizes[count + 1]{};
        std::size_t aligns[count + 1]{};
        std::size_t required[count + 1]{};
        for (std::size_t i = 0; i < count; ++i) {
            sizes[i] = members[i].size;
            aligns[i] = members[i].align;
            required[i] = members[i].required;
        }
        return place_with_bit_fields<count>(sizes, aligns, has_bit_fields ? widths.data() : nullptr, rules, required);
    }();
    static constexpr const placement<count>& placed = placed_bits.members;

    static constexpr std::array<field, count> fields = [] {
        std::array<field, count> out{};
        for (std::size_t i = 0; i < count; ++i) {
            field f = host::fields[i];
            f.offset = placed.offsets[i];
            f.size = members[i].size;
            f.align = placed.aligns[i];
            f.type_name = members[i].type_name;
            f.record = members[i].record;
            if (f.is_bit_field()) f.bit_offset = placed_bits.bit_offsets[i];
            out[i] = f;
        }
        return out;
    }();

    static constexpr bool native = is_native_target<Target>();

    // On the target the compiler builds for, the prediction must be the compiler's layout,
    // down to the members of nested records.
    static constexpr bool matches_host = [] {
        if (!(nested_matches_host<std::remove_cv_t<M>, Target, A>() && ...)) return false;
        if (placed.size != sizeof(T) || placed.align != alignof(T)) return false;
        for (std::size_t i = 0; i < count; ++i)
            if (fields[i].offset != host::fields[i].offset || fields[i].size != host::fields[i].size ||
                fields[i].bit_offset != host::fields[i].bit_offset || fields[i].bit_width != host::fields[i].bit_width)
                return false;
        return true;
    }();

    static constexpr layout value{
        type_name_v<T>,
        placed.size,
        placed.align,
        std::span<const field>(fields),
        Target::model.name,
        packing,
        native ? host::value.checked : verification::predicted,
    };
};

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_PREDICTION_HPP
