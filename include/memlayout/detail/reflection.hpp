// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_REFLECTION_HPP
#define MEMLAYOUT_DETAIL_REFLECTION_HPP

#include <memlayout/detail/structured_bindings.hpp>
#include <memlayout/detail/byte_probe.hpp>
#include <memlayout/detail/member_names.hpp>
#include <memlayout/detail/placement.hpp>
#include <memlayout/detail/type_name.hpp>
#include <memlayout/abi.hpp>
#include <memlayout/layout.hpp>

#include <memlayout/detail/config.hpp>

#include <boost/pfr/tuple_size.hpp>
#if MEMLAYOUT_USE_PFR_NAMES
#include <boost/pfr/core_name.hpp>
#endif

#include <array>
#include <cstddef>
#include <limits>
#include <string_view>
#include <type_traits>
#include <utility>

namespace memlayout::detail {

// Why a type cannot be reflected; `none` when it can. Checked in this order, and only the
// first that applies is reported, so a user sees one error, not a cascade.
enum class refusal {
    none,
    not_a_class,
    union_type,
    polymorphic,
    not_aggregate,
    c_array,
    too_many_members,
    bit_field,
    reference_member,
    volatile_member_on_gcc,
    size_disagrees,
    bytes_disagree,
    overlapping_empty_member,
    unreadable_names,
};

template <class T>
constexpr refusal first_refusal() noexcept;

template <class T>
inline constexpr bool reflects_cleanly = first_refusal<T>() == refusal::none;

template <class T>
struct std_array_traits {
    static constexpr bool value = false;
};
template <class E, std::size_t N>
struct std_array_traits<std::array<E, N>> {
    static constexpr bool value = true;
    using element = E;
    static constexpr std::size_t count = N;
};

// A member's alignment inside a struct, which is not always alignof: on i386 alignof(double)
// is 8, but a double member is placed at a multiple of 4. The compiler gives it as the
// alignment of a struct holding just that member.
template <class M>
struct member_wrapper {
    M member;
};
template <class M>
inline constexpr std::size_t member_alignment = alignof(member_wrapper<M>);

// ---------------------------------------------------------------------------------------
// Preconditions that must hold before Boost.PFR or a structured binding looks at T.

template <class Outer, class U>
constexpr bool not_a_base_of() noexcept {
    using V = std::remove_cv_t<U>;
    static_assert(!std::is_base_of_v<V, Outer> || std::is_same_v<V, Outer>,
                  "memlayout: the type has a base class; Boost.PFR cannot reflect members of base classes. "
                  "Make the base a data member instead.");
    return true;
}

// Converts to anything; converting to a base class of Outer fails with the message above.
// Aggregate initialisation converts the first initializer to the first base, if any.
// Runs before Boost.PFR counts T's members, so that memlayout's message is the first error.
template <class Outer>
struct base_detector {
    template <class U>
    constexpr operator U&() const noexcept(not_a_base_of<Outer, U>());
};

template <class T>
constexpr bool check_no_base_class() noexcept {
    return requires { T{base_detector<T>{}}; } || true;
}

// Convert to anything, as a value or as an lvalue (for reference members). Not templates of
// T: their conversion operators are instantiated once per member type, for all structs.
struct any_value {
    std::size_t index;
    template <class U>
    constexpr operator U() const noexcept;
};
struct any_lvalue {
    std::size_t index;
    template <class U>
    constexpr operator U&() const noexcept;
};

// Boost.PFR counts the members of T by brace-initialising it; with brace elision a C array
// member takes one initializer per element, so the count is too high. Parenthesised
// aggregate initialisation (C++20) does no brace elision and cannot initialise an array from
// one value: T(x0, ..., xN-1) is valid for PFR's count N exactly when T has no C array.
template <class T, std::size_t... I>
constexpr bool parenthesised_init_matches(std::index_sequence<I...>) noexcept {
    return requires { T(any_value{I}...); } || requires { T(any_lvalue{I}...); };
}

// How many initializers T's aggregate initialisation takes, counting each element of a C
// array (brace elision), as Boost.PFR counts. Where T{} is valid, fewer initializers than
// members are valid too, so a binary search up to sizeof(T) finds the count: each member
// takes at least a byte, unless T has bit-fields (or [[no_unique_address]] empty members),
// which shows as more initializers than bytes. That search costs a fifth of Boost.PFR's on
// GCC 12 and a seventh on Clang 16, whose count searches up to 8 * sizeof(T) for bit-fields;
// T without T{}, or with more members than bytes, is counted by Boost.PFR.
template <class T, std::size_t... I>
constexpr bool brace_initializable(std::index_sequence<I...>) noexcept {
    return requires { T{any_value{I}...}; };
}
template <class T, std::size_t N>
inline constexpr bool takes_initializers = brace_initializable<T>(std::make_index_sequence<N>{});

template <class T, std::size_t Low, std::size_t High>
constexpr std::size_t search_member_count() noexcept {
    if constexpr (Low == High) {
        return Low;
    } else {
        constexpr std::size_t middle = (Low + High + 1) / 2;
        if constexpr (takes_initializers<T, middle>) return search_member_count<T, middle, High>();
        else return search_member_count<T, Low, middle - 1>();
    }
}

template <class T>
constexpr std::size_t count_members() noexcept {
    if constexpr (requires { T{}; } && !takes_initializers<T, sizeof(T) + 1>)
        return search_member_count<T, 0, sizeof(T)>();
    else
        return boost::pfr::tuple_size_v<T>;
}

template <class T>
inline constexpr std::size_t member_count = count_members<T>();

template <class T>
using bound_of = decltype(bind<T>(count<member_count<T>>{}));

// Names are read only once T is known to bind without bit-fields or references.
#if MEMLAYOUT_USE_PFR_NAMES
template <class T>
struct pfr_member_names {
    static constexpr auto names = boost::pfr::names_as_array<T>();
    static constexpr bool complete = true;
    static constexpr std::string_view name(std::size_t i) noexcept { return names[i]; }
};
template <class T>
using member_names_of = pfr_member_names<T>;
#else
template <class T>
struct bound_addresses {
    static constexpr auto addresses() noexcept { return bind<T>(count<member_count<T>>{}).addresses; }
};
#if defined(__clang__)
template <class T>
using member_names_of = member_names_storage<address_signature<bind<T>(count<member_count<T>>{}).addresses>>;
#else
template <class T>
using member_names_of = member_names_storage<pointer_signature<bound_addresses<T>, member_count<T>>>;
#endif
#endif

// ---------------------------------------------------------------------------------------
// The bytes of a member type that hold data (not padding), when the compiler can show them.

template <class T, class Bound = bound_of<T>>
struct reflection;

template <class M>
constexpr bool has_data_bytes() noexcept {
    using U = std::remove_cv_t<M>;
    if constexpr (std_array_traits<U>::value) {
        return has_data_bytes<typename std_array_traits<U>::element>();
    } else if constexpr (std::is_class_v<U> && !std::is_union_v<U> && std::is_aggregate_v<U>) {
        if constexpr (reflects_cleanly<U>) return reflection<U>::probeable;
        else return false;
    } else {
        return has_constant_image<U>;
    }
}

template <class M>
constexpr const bool* data_bytes_of() noexcept;

// The bytes of a leaf type (not a record or std::array) that hold data. An x87 long double
// (64-bit mantissa in a 12- or 16-byte slot) holds ten: the FPU stores ten bytes, and the rest
// of the slot is padding (GCC 12 calls it data in a constant std::bit_cast, Clang 16 padding:
// the ABI decides, not the compiler at hand). Types std::bit_cast can read in a constant
// expression are probed byte by byte; the others (pointers, unions, classes memlayout cannot
// reflect) are taken as data throughout.
template <class U>
inline constexpr byte_mask<sizeof(U)> leaf_data_bytes = [] {
    if constexpr (std::is_same_v<U, long double> && std::numeric_limits<long double>::digits == 64 &&
                  sizeof(long double) > 10) {
        byte_mask<sizeof(U)> bytes;
        for (std::size_t i = 0; i < 10; ++i) bytes.data[i] = true;
        return bytes;
    } else if constexpr (has_constant_image<U>) {
        return probed_data_bytes<U>;
    } else {
        byte_mask<sizeof(U)> bytes;
        for (std::size_t i = 0; i < sizeof(U); ++i) bytes.data[i] = true;
        return bytes;
    }
}();

template <class E, std::size_t N>
inline constexpr byte_mask<sizeof(std::array<E, N>)> repeated_data_bytes = [] {
    byte_mask<sizeof(std::array<E, N>)> bytes;
    const bool* element = data_bytes_of<E>();
    // std::array<E, 0> still takes a byte, which holds no data.
    for (std::size_t i = 0; i < (N == 0 ? 0 : sizeof(std::array<E, N>)); ++i) bytes.data[i] = element[i % sizeof(E)];
    return bytes;
}();

// Which bytes of a member of type M hold data: the compile-time byte map the dumper marks
// padding by and the byte-map check compares with the compiler's.
template <class M>
constexpr const bool* data_bytes_of() noexcept {
    using U = std::remove_cv_t<M>;
    if constexpr (std_array_traits<U>::value) {
        return repeated_data_bytes<std::remove_cv_t<typename std_array_traits<U>::element>, std_array_traits<U>::count>.data;
    } else if constexpr (std::is_class_v<U> && !std::is_union_v<U> && std::is_aggregate_v<U>) {
        if constexpr (reflects_cleanly<U>) return reflection<U>::data_bytes.data;
        else return leaf_data_bytes<U>.data;
    } else {
        return leaf_data_bytes<U>.data;
    }
}

// ---------------------------------------------------------------------------------------
// The reflection of an aggregate whose members bind as M...

template <class M>
constexpr field describe_member(std::string_view name, std::size_t offset, std::size_t align) noexcept {
    using U = std::remove_cv_t<M>;
    field f;
    f.name = name;
    f.type_name = type_name_v<M>;
    f.offset = offset;
    f.size = sizeof(M);
    f.align = align;
    if constexpr (std::is_enum_v<U>) {
        f.is_integral = true;
        f.is_signed = std::is_signed_v<std::underlying_type_t<U>>;
    } else if constexpr (std::is_integral_v<U>) {
        f.is_integral = true;
        f.is_signed = std::is_signed_v<U>;
    }
    if constexpr (std::is_enum_v<U>) {
        f.kind = member_kind::enumeration;
        f.underlying_type = type_name_v<std::underlying_type_t<U>>;
    } else if constexpr (std::is_pointer_v<U>) {
        f.kind = std::is_function_v<std::remove_pointer_t<U>> ? member_kind::function_pointer : member_kind::pointer;
    } else if constexpr (std::is_member_pointer_v<U>) {
        f.kind = member_kind::member_pointer;
    } else if constexpr (std_array_traits<U>::value) {
        using E = typename std_array_traits<U>::element;
        f.kind = member_kind::array;
        f.element_type = type_name_v<E>;
        f.count = std_array_traits<U>::count;
        if constexpr (std::is_class_v<E> && !std::is_union_v<E> && std::is_aggregate_v<E> && !std_array_traits<E>::value) {
            if constexpr (reflects_cleanly<std::remove_cv_t<E>>) f.record = &reflection<std::remove_cv_t<E>>::value;
        }
    } else if constexpr (std::is_union_v<U>) {
        f.kind = member_kind::union_type;
    } else if constexpr (std::is_class_v<U>) {
        f.kind = member_kind::opaque;
        if constexpr (std::is_aggregate_v<U>) {
            if constexpr (reflects_cleanly<U>) {
                f.kind = member_kind::record;
                f.record = &reflection<U>::value;
            }
        }
    }
    return f;
}

template <class... M>
constexpr bool empty_members_are_distinct(const std::array<address, sizeof...(M)>& addresses) noexcept {
    const bool empty[] = {std::is_empty_v<M>...};
    for (std::size_t i = 0; i < sizeof...(M); ++i)
        for (std::size_t j = 0; j < sizeof...(M); ++j)
            if (empty[i] && i != j && addresses[i].pointer == addresses[j].pointer) return false;
    return true;
}

template <class T, class... M>
struct reflection<T, bound_members<M...>> {
    static constexpr std::size_t count = sizeof...(M);

    static constexpr bool has_bit_field = false;
    static constexpr bool has_reference = (std::is_reference_v<M> || ...);
    static constexpr bool has_c_array = (std::is_array_v<M> || ...);
#if defined(__GNUC__) && !defined(__clang__)
    // GCC 12 rejects the binding of a struct with a volatile member in a constant
    // expression ("lvalue-to-rvalue conversion of a volatile lvalue"), so the member
    // addresses, and with them the names, cannot be read.
    static constexpr bool has_unreadable_volatile = (std::is_volatile_v<M> || ...);
#else
    static constexpr bool has_unreadable_volatile = false;
#endif

    static constexpr std::size_t sizes[count + 1] = {sizeof(M)..., 0};
    static constexpr std::size_t natural_aligns[count + 1] = {member_alignment<M>..., 1};
    static constexpr std::size_t members_align = [] {
        std::size_t a = 1;
        ((a = member_alignment<M> > a ? member_alignment<M> : a), ...);
        return a;
    }();

    // The compiler's alignof(T) is what the rules cannot derive from the members: above the
    // members' alignment it is T's own alignas; below it, T is packed to that alignment.
    // The size and every offset are then predicted, and checked below.
    static constexpr placement_rules rules{alignof(T) < members_align ? alignof(T) : 0, alignof(T)};
    static constexpr placement<count> placed = place<count>(sizes, natural_aligns, nullptr, rules);
    static constexpr bool size_agrees = placed.size == sizeof(T) && placed.align == alignof(T);

    // Check against the compiler's byte map: every byte the rules say holds member data
    // must be data in T's image. Members hold as many data bytes in T as on their own, so
    // if the rules' data bytes are all data, the two byte maps are equal.
    // Whether std::bit_cast can read T in a constant expression: every member's bytes can be
    // read so (no pointers, unions, references), T is trivially copyable, and T{} is a
    // constant. The last is asked of the compiler only when the byte check fails (below).
    static constexpr bool probeable = std::is_trivially_copyable_v<T> && (has_data_bytes<M>() && ...);
    static constexpr byte_mask<sizeof(T)> data_bytes = [] {
        byte_mask<sizeof(T)> bytes;
        const bool* member_bytes[count + 1] = {data_bytes_of<M>()..., nullptr};
        for (std::size_t i = 0; i < count; ++i)
            for (std::size_t k = 0; k < sizes[i]; ++k) bytes.data[placed.offsets[i] + k] = member_bytes[i][k];
        return bytes;
    }();
    static constexpr bool byte_map_checked = [] {
        if constexpr (probeable) return all_data_bytes_defined<T, data_bytes> || has_constant_image<T>;
        else return false;
    }();
    static constexpr bool bytes_agree = [] {
        if constexpr (probeable) return all_data_bytes_defined<T, data_bytes> || !has_constant_image<T>;
        else return true;
    }();

    // An empty member has no data byte to check; [[no_unique_address]] lets it share an
    // address with another member, which the compiler shows when comparing addresses.
    // The addresses of fake_object's members are only ever used inside constant expressions:
    // they are never stored in a variable that could reach the object file.
    static constexpr bool empty_members_distinct = [] {
        if constexpr ((std::is_empty_v<M> || ...))
            return empty_members_are_distinct<M...>(bind<T>(detail::count<count>{}).addresses);
        else
            return true;
    }();

    static constexpr bool names_complete = member_names_of<T>::complete;

    template <std::size_t... I>
    static constexpr std::array<field, count> describe_members(std::index_sequence<I...>) noexcept {
        return {describe_member<M>(member_names_of<T>::name(I), placed.offsets[I], placed.aligns[I])...};
    }
    static constexpr std::array<field, count> fields = describe_members(std::index_sequence_for<M...>{});

    static constexpr layout value{
        type_name_v<T>,
        sizeof(T),
        alignof(T),
        std::span<const field>(fields),
        abi::native_name,
        rules.packing,
        byte_map_checked ? verification::byte_map : verification::size_and_alignment,
    };
};

template <class T>
struct reflection<T, bit_field_found> {
    static constexpr bool has_bit_field = true;
};

template <class T>
constexpr refusal first_refusal() noexcept {
    if constexpr (std::is_union_v<T>) {
        return refusal::union_type;
    } else if constexpr (!std::is_class_v<T>) {
        return refusal::not_a_class;
    } else if constexpr (std::is_polymorphic_v<T>) {
        return refusal::polymorphic;
    } else if constexpr (!std::is_aggregate_v<T>) {
        return refusal::not_aggregate;
    } else if constexpr (!check_no_base_class<T>()) {
        return refusal::not_aggregate;  // unreachable: check_no_base_class fails to compile instead
    } else if constexpr (!parenthesised_init_matches<T>(std::make_index_sequence<member_count<T>>{})) {
        return refusal::c_array;
    } else if constexpr (member_count<T> > max_bound_members) {
        return refusal::too_many_members;
    } else {
        using R = reflection<T>;
        if constexpr (R::has_bit_field) return refusal::bit_field;
        else if constexpr (R::has_c_array) return refusal::c_array;
        else if constexpr (R::has_reference) return refusal::reference_member;
        else if constexpr (R::has_unreadable_volatile) return refusal::volatile_member_on_gcc;
        else if constexpr (!R::size_agrees) return refusal::size_disagrees;
        else if constexpr (!R::bytes_agree) return refusal::bytes_disagree;
        else if constexpr (!R::empty_members_distinct) return refusal::overlapping_empty_member;
        else if constexpr (!R::names_complete) return refusal::unreadable_names;
        else return refusal::none;
    }
}

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_REFLECTION_HPP
