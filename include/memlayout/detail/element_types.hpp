// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_ELEMENT_TYPES_HPP
#define MEMLAYOUT_DETAIL_ELEMENT_TYPES_HPP

#include <memlayout/detail/bound_members.hpp>
#include <memlayout/detail/brace_initializers.hpp>
#include <memlayout/detail/traits.hpp>

#include <cstddef>
#include <type_traits>
#include <utility>

// The types of an aggregate's elements where a structured binding cannot show them: a class
// with an anonymous union or struct member (GCC 12 and Clang 16 refuse to decompose it), and
// a flexible array member, which GCC 12 does not let aggregate initialization reach.
//
// Aggregate initialization converts each initializer to its element's type; an initializer
// whose conversion operator is a template has its target type deduced, and the conversion's
// declaration is instantiated with it. Instantiating it defines a friend function whose
// return type carries the type, and which later code can call (the technique Boost.PFR calls
// "loophole"). Only the first type deduced for an element is kept: brace elision makes the
// compiler try a union's or an array's first member after the element itself.

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wnon-template-friend"
#endif
#if defined(__clang__)
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wundefined-inline"
#pragma clang diagnostic ignored "-Wundefined-internal"
#endif

namespace memlayout::detail {

template <class T, std::size_t I>
struct element_tag {
    friend auto element_type_of(element_tag) noexcept;
    friend constexpr bool element_recorded(element_tag) noexcept;
    friend constexpr bool element_doubtful(element_tag) noexcept;
};

template <class T, std::size_t I, class U>
struct record_element {
    friend auto element_type_of(element_tag<T, I>) noexcept { return std::type_identity<U>{}; }
    friend constexpr bool element_recorded(element_tag<T, I>) noexcept { return true; }
};
template <class T, std::size_t I>
struct record_doubt {
    friend constexpr bool element_doubtful(element_tag<T, I>) noexcept { return true; }
};
struct no_record {};

// A type deduced after the first is brace elision into an array's element or a class's first
// member, or the first was not the element's: a class element whose constructor template asks
// whether the probe converts to another type (std::optional<int> asks for int) deduces that
// type first. A scalar element deduces nothing else, so a second type after a scalar one makes
// the element doubtful (never recorded as what it is not).
template <class T, std::size_t I, class U, class Recorded = typename decltype(element_type_of(element_tag<T, I>{}))::type>
inline constexpr bool doubts_element =
    !__is_class(Recorded) && !__is_union(Recorded) && !std::is_array_v<Recorded> && !std::is_same_v<Recorded, U>;

template <bool Recorded, class T, std::size_t I, class U>
struct record_first_element : record_element<T, I, U> {};
template <class T, std::size_t I, class U>
struct record_first_element<true, T, I, U> : std::conditional_t<doubts_element<T, I, U>, record_doubt<T, I>, no_record> {};

// Whether element I of T has been recorded; evaluated afresh at each use (the lambda is a new
// type each time), not cached as a concept's satisfaction would be.
template <class T, std::size_t I, class U = void, class Fresh = decltype([] {})>
constexpr bool element_known() noexcept {
    return requires { typename std::bool_constant<element_recorded(element_tag<T, I>{})>; };
}

// An initializer of element I that records the element's type. Never its own type: a class
// element whose constructor template asks whether the probe is copyable (std::any) converts the
// probe to itself first.
template <class T, std::size_t I>
struct element_probe {
    template <class U, bool Self = std::is_same_v<std::remove_cvref_t<U>, element_probe>,
              bool Recorded = Self || element_known<T, I, U>(),
              std::size_t = sizeof(std::conditional_t<Self, no_record, record_first_element<Recorded, T, I, U>>)>
    constexpr operator U() const noexcept;
};

// Whether a type other than the recorded one was deduced for element I after a scalar one.
template <class T, std::size_t I, class Fresh = decltype([] {})>
constexpr bool element_doubted() noexcept {
    return requires { typename std::bool_constant<element_doubtful(element_tag<T, I>{})>; };
}

/// The type of element I of T, once recorded by an initialization that reached it.
template <class T, std::size_t I>
using element_type = typename decltype(element_type_of(element_tag<T, I>{}))::type;

// Records the type of element I of T: T{ {} x I, probe }. Whether the initialization is valid
// does not matter (it is not when element I is an array or a flexible array member): the
// conversion's declaration is instantiated either way.
template <class T, std::size_t I>
constexpr bool record_element_type() noexcept {
    constexpr bool tried = braced<I>::template takes_then<T, element_probe<T, I>>;
    (void)tried;
    return element_known<T, I>();
}

// ---------------------------------------------------------------------------------------
// Whether any element of T is an anonymous union or struct, asked of every element at once.
// T{p, ..., p} with one probe per element converts each probe to its element's type, so an
// anonymous member's type is deduced as itself, and recorded. A C array element takes its
// elements one probe each (brace elision): the probes then shift, and the answer holds only
// when they cannot have, which T{p, ..., p} with one probe more than T has elements shows.
// A type whose elements this cannot show (a conversion that is ambiguous, a reference) is asked
// element by element instead (reflection.hpp).

template <class T>
struct anonymity_tag {
    friend constexpr bool anonymous_element_seen(anonymity_tag) noexcept;
};
template <class T>
struct record_anonymity {
    friend constexpr bool anonymous_element_seen(anonymity_tag<T>) noexcept { return true; }
};
template <bool Anonymous, class T>
struct record_anonymity_if {};
template <class T>
struct record_anonymity_if<true, T> : record_anonymity<T> {};

template <class T>
struct anonymity_probe {
    template <class U, std::size_t = sizeof(record_anonymity_if<is_anonymous_class<U>(), T>)>
    constexpr operator U() const noexcept;
};

template <class T, class P, std::size_t... I>
constexpr bool takes_each(std::index_sequence<I...>) noexcept {
    return requires { T{((void)I, P{})...}; };
}

template <class T, class Fresh = decltype([] {})>
constexpr bool anonymity_seen() noexcept {
    return requires { typename std::bool_constant<anonymous_element_seen(anonymity_tag<T>{})>; };
}

enum class anonymity { none, some, unknown };

// Count: T's number of elements (brace_count).
template <class T, std::size_t Count>
constexpr anonymity anonymity_of_elements() noexcept {
    if constexpr (!takes_each<T, anonymity_probe<T>>(std::make_index_sequence<Count>{})) return anonymity::unknown;
    else if constexpr (takes_each<T, anonymity_probe<T>>(std::make_index_sequence<Count + 1>{})) return anonymity::unknown;
    else return anonymity_seen<T>() ? anonymity::some : anonymity::none;
}

}  // namespace memlayout::detail

#if defined(__clang__)
#pragma clang diagnostic pop
#endif
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#endif  // MEMLAYOUT_DETAIL_ELEMENT_TYPES_HPP
