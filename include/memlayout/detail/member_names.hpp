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
//            (& fake_object<S>.S::first))}, address{((const volatile void*)(& fake_object<S>.S::second))}}}]"
// Clang 16: "[Addresses = std::array<address, 2>{{{&fake_object.first}, {&fake_object.second}}}]"
template <auto Addresses>
constexpr auto signature_with_addresses() noexcept {
    return std::string_view(__PRETTY_FUNCTION__);
}

constexpr bool is_identifier_char(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
}

template <std::size_t N>
struct name_positions {
    std::array<std::size_t, N> start{};
    std::array<std::size_t, N> length{};
    std::size_t found = 0;
    std::size_t total_length = 0;
};

template <std::size_t N>
constexpr name_positions<N> find_member_names(std::string_view signature) noexcept {
    name_positions<N> names;
#if defined(__clang__)
    constexpr std::string_view marker = "&fake_object.";
    for (std::size_t at = signature.find(marker); at != std::string_view::npos; at = signature.find(marker, at + 1)) {
        std::size_t first = at + marker.size();
        std::size_t last = first;
        while (last < signature.size() && is_identifier_char(signature[last])) ++last;
#else
    constexpr std::string_view marker = "))}";
    for (std::size_t at = signature.find(marker); at != std::string_view::npos; at = signature.find(marker, at + 1)) {
        std::size_t last = at;
        std::size_t first = last;
        while (first > 0 && is_identifier_char(signature[first - 1])) --first;
        if (first < 2 || signature.substr(first - 2, 2) != "::") continue;
#endif
        if (names.found == N || first == last) {
            names.found = N + 1;  // more or other text than expected: refuse
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
    static constexpr name_positions<count> positions = find_member_names<count>(signature);
    static constexpr bool complete = positions.found == count;

    static constexpr static_text<positions.total_length> text = [] {
        static_text<positions.total_length> joined;
        std::size_t out = 0;
        for (std::size_t i = 0; i < (complete ? count : 0); ++i)
            for (std::size_t k = 0; k < positions.length[i]; ++k) joined.chars[out++] = signature[positions.start[i] + k];
        return joined;
    }();

    static constexpr std::array<std::string_view, count> names = [] {
        std::array<std::string_view, count> result{};
        std::size_t at = 0;
        for (std::size_t i = 0; i < (complete ? count : 0); ++i) {
            result[i] = text.view().substr(at, positions.length[i]);
            at += positions.length[i];
        }
        return result;
    }();
};

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_MEMBER_NAMES_HPP
