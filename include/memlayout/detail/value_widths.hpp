// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_VALUE_WIDTHS_HPP
#define MEMLAYOUT_DETAIL_VALUE_WIDTHS_HPP

// The width of an integer element, from the values it keeps: GCC 12, for a class whose bits no
// constant std::bit_cast shows (a union or a pointer among its members) and whose members no
// structured binding reaches (an anonymous member).
//
// Aggregate initialization sets element I to 2^K (the other elements value-initialized); a
// bit-field of width W keeps it for K < W and keeps 0 from K = W on. Two values of a class are
// the same template argument exactly when their members hold the same values, so whether T so
// initialized is the template argument T{} is says whether element I kept 2^K. A search over K
// finds W; an element that keeps every power of its type is not a bit-field (or one as wide as
// its type, which is laid out alike). Needs T usable as a template argument (all members
// public, none mutable: every C struct), which is asked first.

#include <memlayout/detail/bound_members.hpp>
#include <memlayout/detail/brace_initializers.hpp>
#include <memlayout/detail/traits.hpp>

#include <climits>
#include <cstddef>
#include <type_traits>

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
// 2^K in a bit-field narrower than K + 1 bits keeps 0: what the search asks.
#pragma GCC diagnostic ignored "-Woverflow"
#endif

namespace memlayout::detail {

template <auto Value>
struct constant_value {};

// Converts to 2^K of an integer or enum type, to the value-initialized value of any other.
template <std::size_t K>
struct power_of_two {
    template <class U>
    constexpr operator U() const noexcept {
        if constexpr (__is_enum(U))
            return static_cast<U>(static_cast<std::underlying_type_t<U>>(std::make_unsigned_t<std::underlying_type_t<U>>(1) << K));
        else if constexpr (std::is_integral_v<U> && !std::is_same_v<U, bool>)
            return static_cast<U>(std::make_unsigned_t<U>(1) << K);
        else
            return U{};
    }
};

// Whether T's values can be template arguments (and so be compared member by member).
template <class T>
concept constant_values_compared = requires { typename constant_value<T{}>; };

// Whether element I of T keeps 2^K: kept, dropped, or unknown where T so initialized is no
// constant (never taken for dropped: that would be a width).
enum class power_kept { kept, dropped, unknown };

template <class T, std::size_t I, std::size_t K>
constexpr power_kept keeps_power() noexcept {
    if constexpr (requires { typename constant_value<initialized_with<T, power_of_two<K>>(count<I>{})>; }) {
        if constexpr (std::is_same_v<constant_value<initialized_with<T, power_of_two<K>>(count<I>{})>, constant_value<T{}>>)
            return power_kept::dropped;
        else
            return power_kept::kept;
    } else {
        return power_kept::unknown;
    }
}

// The width of element I: the first K in [Low, High) it drops 2^K for, High when it keeps them
// all; 0 where a value was no constant.
template <class T, std::size_t I, std::size_t Low, std::size_t High>
constexpr std::size_t kept_width() noexcept {
    if constexpr (Low >= High) {
        return Low;
    } else {
        constexpr std::size_t middle = (Low + High) / 2;
        constexpr power_kept at_middle = keeps_power<T, I, middle>();
        if constexpr (at_middle == power_kept::unknown) return 0;
        else if constexpr (at_middle == power_kept::kept) return kept_width<T, I, middle + 1, High>();
        else return kept_width<T, I, Low, middle>();
    }
}

// Element I's width in bits where it is an integer or an enum (not bool, whose one value bit
// says nothing of its width), else 0: unknown.
template <class T, std::size_t I, class U>
constexpr std::size_t value_width() noexcept {
    if constexpr (integral_or_enum<U> && !std::is_same_v<U, bool> && constant_values_compared<T>) {
        // Every width keeps 2^0; an element that does not is not the one the initializer set.
        if constexpr (keeps_power<T, I, 0>() != power_kept::kept) return 0;
        else return kept_width<T, I, 1, sizeof(U) * CHAR_BIT>();
    } else {
        return 0;
    }
}

// The same where Wanted, else 0 without a comparison.
template <bool Wanted, class T, std::size_t I, class U>
constexpr std::size_t value_width_where() noexcept {
    if constexpr (Wanted) return value_width<T, I, U>();
    else return 0;
}

}  // namespace memlayout::detail

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#endif  // MEMLAYOUT_DETAIL_VALUE_WIDTHS_HPP
