// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_TRAITS_HPP
#define MEMLAYOUT_DETAIL_TRAITS_HPP

#include <memlayout/detail/type_name.hpp>

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>

// Class properties are asked of the compiler's builtins, `__is_class(T)`, `__is_union`,
// `__is_enum`, `__is_empty`, `__is_aggregate`, `__is_polymorphic`, `__is_abstract`,
// `__is_trivially_copyable`, `__is_base_of` (GCC 12 and Clang 16 have them all), not of
// `std::is_class_v<T>` and its kin: libstdc++ 12 defines each of those as the value of a class,
// `std::is_class<T>`, made for every type it is asked of (0.1 to 0.5 M instructions a new type on
// GCC 12), and every reflected struct is a new type. libc++ 16 defines them by the builtins.

namespace memlayout::detail {

// A type whose value is an integer: an integral type (bool and the character types too) or an
// enumeration.
template <class U>
inline constexpr bool integral_or_enum = std::is_integral_v<U> || __is_enum(U);

// A value-initialized T is a constant expression (no default member initializer calls what a
// constant cannot): an object the constant evaluations of T's bits and walks can read.
template <class T>
concept constant_when_value_initialized = requires { typename std::integral_constant<bool, (T{}, true)>; };

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

// A C array member: its rank, its extents (outermost first; 0 for `T[]` and `T[0]`), the
// element type below all extents and the number of elements. Plain arrays made with no lambda:
// GCC 12 pays for each lambda and each std::array::operator[] in a constant evaluation.
template <class A>
struct c_array_traits {
    static constexpr std::size_t rank = 0;
    using element = A;
    static constexpr std::size_t count = 1;
    static constexpr std::size_t extents[4]{};
    static constexpr bool flexible = false;
};
template <class E, std::size_t N>
struct c_array_traits<E[N]> {
    using inner = c_array_traits<E>;
    static constexpr std::size_t rank = 1 + inner::rank;
    using element = typename inner::element;
    static constexpr std::size_t count = N * inner::count;
    static constexpr std::size_t extents[4] = {N, inner::extents[0], inner::extents[1], inner::extents[2]};
    static constexpr bool flexible = false;
};
template <class E>
struct c_array_traits<E[]> {
    using inner = c_array_traits<E>;
    static constexpr std::size_t rank = 1 + inner::rank;
    using element = typename inner::element;
    static constexpr std::size_t count = 0;
    static constexpr std::size_t extents[4] = {0, inner::extents[0], inner::extents[1], inner::extents[2]};
    static constexpr bool flexible = true;
};

// sizeof, where `T[]` (a flexible array member) has none: 0.
template <class M>
inline constexpr std::size_t member_size = sizeof(M);
template <class E>
inline constexpr std::size_t member_size<E[]> = 0;

// A member's alignment inside a struct, which is not always alignof: on i386 alignof(double)
// is 8, but a double member is placed at a multiple of 4. The compiler gives it as the
// alignment of a struct holding just that member (and just an element of an array).
template <class M>
struct member_wrapper {
    M member;
};
// A class's alignment is its alignment inside a struct; wrapping an unnamed union makes GCC
// 12 take it for an anonymous union member and crash.
template <class E>
inline constexpr std::size_t leaf_alignment =
    alignof(std::conditional_t<__is_class(E) || __is_union(E), E, member_wrapper<E>>);
// Every C array of one element type shares its element's (no lambda made per type).
template <class M>
inline constexpr std::size_t member_alignment = leaf_alignment<std::remove_all_extents_t<M>>;

// Whether U is an anonymous union or struct member's type, not a named member's unnamed type
// (`union { ... } u;`), which a structured binding decomposes. Compilers spell unnamed types
// "S::<unnamed union>", "S::{unnamed type#1}" (GCC 12), "S::(anonymous union at file:line:col)"
// or "S::(unnamed struct at ...)" (Clang 16).
template <class U>
constexpr bool is_anonymous_class() noexcept {
    if constexpr (!__is_class(U) && !__is_union(U)) {
        return false;
    } else {
        const std::string_view name = type_from_signature(signature_of<U>());
#if defined(__clang__)
        // Clang tells an anonymous member's type ("anonymous") from a named member's
        // unnamed type ("unnamed"), which a structured binding can decompose.
        return name.find("(anonymous union at ") != std::string_view::npos ||
               name.find("(anonymous struct at ") != std::string_view::npos;
#else
        // GCC 12 spells both alike, but declares no destructor for an anonymous member's type
        // (the enclosing class destroys its members), while a named member's unnamed type has
        // one: std::is_destructible tells them apart. (A named union whose member has a
        // non-trivial destructor has a deleted one, and is taken for anonymous: its class is
        // then not bound but placed by the rules and checked, never guessed.)
        return !std::is_destructible_v<U> && (name.find("<unnamed union>") != std::string_view::npos ||
                                              name.find("<unnamed struct>") != std::string_view::npos ||
                                              name.find("{unnamed type#") != std::string_view::npos);
#endif
    }
}

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_TRAITS_HPP
