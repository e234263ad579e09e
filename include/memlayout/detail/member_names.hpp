// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_MEMBER_NAMES_HPP
#define MEMLAYOUT_DETAIL_MEMBER_NAMES_HPP

#include <memlayout/detail/static_text.hpp>

#include <array>
#include <cstddef>
#include <string_view>

namespace memlayout::detail {

// The signature of a function template instantiated with the addresses of all members of
// fake_object<T> names every member, once per struct:
// GCC 12:   "[with auto Addresses = std::array<address, 2>{...{address{((const volatile void*)
//            (& fake_object_storage<S>.fake_object_wrapper<S>::value.S::first))}, ...}}}]"
// Clang 16: "[Addresses = std::array<address, 2>{{{&fake_object_storage.value.first}, ...}}}]"
template <auto Addresses>
constexpr auto signature_with_addresses() noexcept {
    return std::string_view(__PRETTY_FUNCTION__);
}

constexpr bool is_identifier_char(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
}

// The names' places in the signature. One pass over raw characters: GCC's constant
// evaluator is slow, and std::string_view::find costs it many calls per character.
template <std::size_t N>
struct name_positions {
    std::size_t start[N + 1]{};
    std::size_t length[N + 1]{};
    std::size_t found = 0;
    std::size_t total_length = 0;
};

template <std::size_t N>
constexpr name_positions<N> find_member_names(const char* text, std::size_t size) noexcept {
    name_positions<N> names;
    for (std::size_t at = 0; at + 2 < size; ++at) {
#if defined(__clang__)
        // "&fake_object_storage.value.NAME}"
        if (text[at] != '&' || text[at + 1] != 'f' || text[at + 2] != 'a') continue;
        constexpr const char marker[] = "&fake_object_storage.value.";
        std::size_t k = 0;
        while (k + 1 < sizeof marker && at + k < size && text[at + k] == marker[k]) ++k;
        if (k + 1 != sizeof marker) continue;
        const std::size_t first = at + k;
        std::size_t last = first;
        while (last < size && is_identifier_char(text[last])) ++last;
#else
        // "::NAME))}"
        if (text[at] != ')' || text[at + 1] != ')' || text[at + 2] != '}') continue;
        const std::size_t last = at;
        std::size_t first = last;
        while (first > 0 && is_identifier_char(text[first - 1])) --first;
        if (first < 2 || text[first - 1] != ':' || text[first - 2] != ':') continue;
#endif
        if (names.found == N || first == last) {
            names.found = N + 1;  // more, or other, text than expected: refuse
            break;
        }
        names.start[names.found] = first;
        names.length[names.found] = last - first;
        names.total_length += last - first;
        ++names.found;
    }
    return names;
}

template <auto Addresses>
struct member_names_storage {
    static constexpr std::size_t count = Addresses.size();
    static constexpr std::string_view signature = signature_with_addresses<Addresses>();
    static constexpr name_positions<count> positions = find_member_names<count>(signature.data(), signature.size());
    static constexpr bool complete = positions.found == count;

    static constexpr static_text<positions.total_length> text = [] {
        static_text<positions.total_length> joined;
        const char* source = signature.data();
        std::size_t out = 0;
        for (std::size_t i = 0; i < (complete ? count : 0); ++i)
            for (std::size_t k = 0; k < positions.length[i]; ++k) joined.chars[out++] = source[positions.start[i] + k];
        return joined;
    }();

    static constexpr std::string_view name(std::size_t i) noexcept {
        std::size_t at = 0;
        for (std::size_t k = 0; k < i; ++k) at += positions.length[k];
        return std::string_view(text.chars + at, positions.length[i]);
    }
};

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_MEMBER_NAMES_HPP
