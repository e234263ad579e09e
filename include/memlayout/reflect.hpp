// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_REFLECT_HPP
#define MEMLAYOUT_REFLECT_HPP

#include <memlayout/detail/reflection.hpp>
#include <memlayout/diagnostic.hpp>
#include <memlayout/layout.hpp>

#include <type_traits>

namespace memlayout {

namespace detail {

template <class T>
inline constexpr bool always_false = false;

// The figures are in the template arguments, so the compiler prints them with the error.
template <class T, class CompilerSize, class RulesSize, class CompilerAlign, class RulesAlign>
constexpr void report_rules_disagree() noexcept {
    static_assert(always_false<T>,
                  "memlayout: the compiler lays T out differently from the C layout rules (sizes above): a member "
                  "is [[no_unique_address]], has its own alignas or __attribute__((aligned/packed)), or T uses "
                  "another layout extension memlayout cannot see. memlayout refuses rather than guess; remove the "
                  "attribute or pin the layout with sizeof/offsetof.");
}

template <class T, refusal Why>
constexpr bool report() noexcept {
    static_assert(diagnostic::is_a_class<T, Why != refusal::not_a_class>, "memlayout: T is not a class type; layout_of takes a struct.");
    static_assert(diagnostic::is_not_a_union<T, Why != refusal::union_type>,
                  "memlayout: T is a union; memlayout lays out structs. Reflect a struct that holds the union, "
                  "where it is one member.");
    static_assert(diagnostic::has_no_virtual_functions<T, Why != refusal::polymorphic>,
                  "memlayout: T has virtual functions; its vtable pointer is placed by the C++ ABI, not by the "
                  "member layout rules, and Boost.PFR cannot reflect it. Remove the virtual functions, or pin "
                  "the layout with sizeof/offsetof.");
    static_assert(diagnostic::is_an_aggregate<T, Why != refusal::not_aggregate>,
                  "memlayout: T is not an aggregate (it has private or protected members, user-declared "
                  "constructors or virtual bases), so Boost.PFR cannot see its members. Make T an aggregate.");
    static_assert(diagnostic::has_no_c_array<T, Why != refusal::c_array>,
                  "memlayout: T has a C array member; Boost.PFR 2.0.3 counts each element as a member. "
                  "Use std::array<E, N> instead.");
    static_assert(diagnostic::has_at_most_100_members<T, Why != refusal::too_many_members>,
                  "memlayout: T has more than 100 members, the most memlayout binds (Boost.PFR 2.0.3's limit). "
                  "Group members into nested structs.");
    static_assert(diagnostic::has_no_bit_field<T, Why != refusal::bit_field>,
                  "memlayout: T has a bit-field member; bit-fields have no address and their placement is "
                  "implementation-defined, so memlayout cannot reflect them. Use whole integer members.");
    static_assert(diagnostic::has_no_reference_member<T, Why != refusal::reference_member>,
                  "memlayout: T has a reference member; a reference is not an object memlayout can lay out. "
                  "Use a pointer or std::reference_wrapper.");
    static_assert(diagnostic::has_no_volatile_member_on_gcc<T, Why != refusal::volatile_member_on_gcc>,
                  "memlayout: T has a volatile member; GCC 12 cannot bind it in a constant expression, so "
                  "memlayout cannot read the members' names. Reflect T with Clang, or drop volatile.");
    if constexpr (Why == refusal::size_disagrees) {
        using R = reflection<T>;
        report_rules_disagree<T, diagnostic::compiler_size<sizeof(T)>, diagnostic::rules_size<R::placed.size>,
                              diagnostic::compiler_align<alignof(T)>, diagnostic::rules_align<R::placed.align>>();
    }
    static_assert(diagnostic::has_the_byte_map_the_rules_predict<T, Why != refusal::bytes_disagree>,
                  "memlayout: the compiler's byte map of T differs from the C layout rules' prediction: a member "
                  "is [[no_unique_address]], has its own alignas or __attribute__((aligned/packed)). memlayout "
                  "refuses rather than guess; remove the attribute or pin the layout with offsetof.");
    static_assert(diagnostic::has_no_overlapping_empty_member<T, Why != refusal::overlapping_empty_member>,
                  "memlayout: an empty member of T shares its address with another member "
                  "([[no_unique_address]]); memlayout cannot lay out overlapping members.");
    static_assert(diagnostic::has_readable_member_names<T, Why != refusal::unreadable_names>,
                  "memlayout: could not read T's member names from the compiler's function signature; please "
                  "report this with your compiler's version.");
    return Why == refusal::none;
}

}  // namespace detail

/// Satisfied by the types `layout_of` reflects: aggregates without bit-fields, C arrays,
/// references or virtual functions, laid out by the C rules. Asking it of an aggregate with
/// a base class is a compile error ("memlayout: the type has a base class"), as it is for
/// layout_of: the only way to see a base class is to let the compiler convert to it.
template <class T>
concept reflectable = detail::reflects_cleanly<std::remove_cv_t<T>>;

/// The layout of the aggregate T on the host, at compile time: size, alignment and every
/// member's name, type, offset, size and alignment, checked against the compiler.
///
/// \b Example:
/// \code
/// struct Sample { char c; double d; std::int16_t s; int* p; bool b; };
/// constexpr auto L = memlayout::layout_of<Sample>();
/// static_assert(L.size == 40 && L.fields[1].name == "d" && L.fields[1].offset == 8);
/// static_assert(L.padding_bytes() == 20);  // holes 7 + 6, tail 7
/// \endcode
template <class T>
constexpr layout layout_of() noexcept {
    using U = std::remove_cv_t<T>;
    constexpr detail::refusal why = detail::first_refusal<U>();
    if constexpr (why == detail::refusal::none) {
        return detail::reflection<U>::value;
    } else {
        detail::report<U, why>();
        return layout{};
    }
}

}  // namespace memlayout

#endif  // MEMLAYOUT_REFLECT_HPP
