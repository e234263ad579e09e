// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_ENUMERATOR_NAMES_HPP
#define MEMLAYOUT_DETAIL_ENUMERATOR_NAMES_HPP

#include <memlayout/diagnostic.hpp>

#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

namespace memlayout::detail {

// The names of an enum's enumerators, read at compile time from the signature of one
// function template instantiated with every value of a range, as magic_enum reads them one
// value at a time: a value with an enumerator prints as its name (GCC 12: "{Color::red,
// (Color)1, ...}", Clang 16: "<Color::red, (Color)1, ...>"), a value without one as a cast.
// The range: every value of an 8-bit underlying type, [-128, 255] for wider ones; values
// outside it print as numbers.

template <class E>
struct enumerator_range {
    using under = std::underlying_type_t<E>;
    static constexpr long long low = sizeof(under) == 1 && std::is_unsigned_v<under> ? 0 : -128;
    static constexpr long long high = sizeof(under) == 1 && std::is_signed_v<under> ? 127 : 255;
    static constexpr std::size_t count = static_cast<std::size_t>(high - low + 1);
    // An unsigned underlying type cannot hold the negative ones.
    static constexpr long long first = std::is_unsigned_v<under> ? 0 : low;
    static constexpr std::size_t values = static_cast<std::size_t>(high - first + 1);
};

template <auto... Values>
constexpr std::string_view enumerator_signature() noexcept {
    return std::string_view(__PRETTY_FUNCTION__, sizeof(__PRETTY_FUNCTION__) - 1);  // no strlen (member_names.hpp)
}

#if defined(__clang__)
#pragma clang diagnostic push
// Clang 16 refuses, in a constant expression, a value outside the range an enum without a
// fixed underlying type can hold; such values print as casts, which is what is wanted.
#pragma clang diagnostic ignored "-Wenum-constexpr-conversion"
#endif
template <class E, std::size_t... I>
constexpr std::string_view enumerator_values_signature(std::index_sequence<I...>) noexcept {
    return enumerator_signature<static_cast<E>(enumerator_range<E>::first + static_cast<long long>(I))...>();
}
#if defined(__clang__)
#pragma clang diagnostic pop
#endif

// Where each value's spelling is in the signature: top-level ", " separates them.
template <std::size_t N>
struct enumerator_spans {
    std::size_t start[N]{};
    std::size_t length[N]{};  // 0: no enumerator has this value
    std::size_t total = 0;
    bool complete = false;
};

template <std::size_t N>
constexpr enumerator_spans<N> find_enumerators(std::string_view s) noexcept {
    enumerator_spans<N> spans;
#if defined(__clang__)
    constexpr std::string_view open = "Values = <";
#else
    constexpr std::string_view open = "Values = {";
#endif
    std::size_t at = s.find(open);
    if (at == std::string_view::npos) return spans;
    at += open.size();
    std::size_t element = 0;
    while (element < N && at < s.size()) {
        const std::size_t begin = at;
        int depth = 0;
        while (at < s.size()) {
            const char c = s[at];
            if (c == '<' || c == '(' || c == '{' || c == '[') ++depth;
            else if (c == '>' || c == ')' || c == '}' || c == ']') {
                if (depth == 0) break;
                --depth;
            } else if (c == ',' && depth == 0) {
                break;
            }
            ++at;
        }
        // "(E)5" has no enumerator; "ns::E::name" or "name" has: the part after the last "::".
        if (s[begin] != '(') {
            std::size_t name = begin;
            for (std::size_t k = begin; k + 1 < at; ++k)
                if (s[k] == ':' && s[k + 1] == ':') name = k + 2;
            spans.start[element] = name;
            spans.length[element] = at - name;
            spans.total += at - name;
        }
        ++element;
        at += 2;  // ", "
    }
    spans.complete = element == N;
    return spans;
}

template <class E>
struct enumerator_names {
    using range = enumerator_range<E>;
    static constexpr std::string_view signature =
        enumerator_values_signature<E>(std::make_index_sequence<range::values>{});
    static constexpr enumerator_spans<range::values> spans = find_enumerators<range::values>(signature);
    static constexpr diagnostic::text<spans.total> text = [] {
        diagnostic::text<spans.total> joined;
        std::size_t out = 0;
        for (std::size_t i = 0; i < range::values; ++i)
            for (std::size_t k = 0; k < spans.length[i]; ++k) joined.chars[out++] = signature[spans.start[i] + k];
        return joined;
    }();
    static constexpr auto offsets = [] {
        struct table {
            std::size_t at[range::values + 1]{};
        } t;
        for (std::size_t i = 0; i < range::values; ++i) t.at[i + 1] = t.at[i] + spans.length[i];
        return t;
    }();

    /// The enumerator whose value is `value`, or "" where there is none (or it lies outside
    /// the range read).
    static constexpr std::string_view of(long long value) noexcept {
        if (!spans.complete || value < range::first || value > range::high) return {};
        const auto i = static_cast<std::size_t>(value - range::first);
        return std::string_view(text.chars + offsets.at[i], offsets.at[i + 1] - offsets.at[i]);
    }
};

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_ENUMERATOR_NAMES_HPP
