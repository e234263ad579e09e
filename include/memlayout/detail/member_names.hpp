// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_MEMBER_NAMES_HPP
#define MEMLAYOUT_DETAIL_MEMBER_NAMES_HPP

#include <memlayout/diagnostic.hpp>

#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

namespace memlayout::detail {

// The signature of a function template instantiated with the addresses of all members of
// fake_object<T> names every member, once per struct:
// GCC 12:   "[with auto ...Pointers = {(& fake_object_plain<S>.S::first), (& ...::second)}]"
//           (GCC takes pointers to subobjects as template arguments; a pack of them costs it
//           about half what one std::array of addresses does, per struct)
// Clang 16: "[Addresses = std::array<address, 2>{{{&fake_object_storage.held.value.first}, ...}}}]"
//           (Clang 16 takes no pointer to a subobject as a template argument, but takes one
//           wrapped in a class)
// Its length from sizeof, not by reading it: GCC 12's constant evaluator reads a character in
// thousands of instructions, and a 16-member signature is over a thousand characters long
// (strlen there cost 20 M instructions a struct, four tenths of the names' cost).
template <auto... Pointers>
constexpr auto signature_with_pointers() noexcept {
    return std::string_view(__PRETTY_FUNCTION__, sizeof(__PRETTY_FUNCTION__) - 1);
}
template <auto Addresses>
constexpr auto signature_with_addresses() noexcept {
    return std::string_view(__PRETTY_FUNCTION__, sizeof(__PRETTY_FUNCTION__) - 1);
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

#if defined(__clang__)
inline constexpr char name_prefix[] = "&fake_object_storage.held.value.";  // "{&fake_object_storage.held.value.NAME}"
inline constexpr char name_suffix[] = "}";
#else
inline constexpr char name_prefix[] = "::";  // "(& fake_object_plain<S>.S::NAME), " or wrapped "...::value.S::NAME)}"
inline constexpr char name_suffix[] = ")";   // and then ',' or '}' (see name_start)
#endif
inline constexpr std::size_t name_prefix_size = sizeof name_prefix - 1;
inline constexpr std::size_t name_suffix_size = sizeof name_suffix - 1;

template <std::size_t M>
constexpr bool spelled_at(const char* text, std::size_t size, std::size_t at, const char (&marker)[M]) noexcept {
    if (at + (M - 1) > size) return false;
    for (std::size_t k = 0; k + 1 < M; ++k)
        if (text[at + k] != marker[k]) return false;
    return true;
}

// The start of the name that ends at `last` (exclusive), if the text around it is that of a
// member name; `last` otherwise.
constexpr std::size_t name_start(const char* text, std::size_t size, std::size_t last) noexcept {
    std::size_t first = last;
    while (first > 0 && is_identifier_char(text[first - 1])) --first;
    const bool framed = first != last && first >= name_prefix_size &&
                        spelled_at(text, size, first - name_prefix_size, name_prefix) &&
                        spelled_at(text, size, last, name_suffix)
#if !defined(__clang__)
                        // ")," or ")}" ends an element; ")>" ends a function type in a type name
                        && last + 1 < size && (text[last + 1] == ',' || text[last + 1] == '}')
#endif
        ;
    return framed ? first : last;
}

// The names' places in the signature. GCC's constant evaluator pays about a microsecond for
// each character it reads, so the signature is read backwards from its end, where the last
// name is, and only as far as the name before it: every element spells the same text around
// its name, so each earlier name ends a fixed distance before the next one starts. Each name
// is checked to be framed as a name; the element before the first must not be one. Where a
// check fails, the names are refused (never guessed).
template <std::size_t N>
constexpr name_positions<N> find_member_names(const char* text, std::size_t size) noexcept {
    name_positions<N> names;
    if constexpr (N > 0) {
        std::size_t last = size;
        while (last > 0 && !is_identifier_char(text[last - 1])) --last;
        std::size_t first = name_start(text, size, last);
        if (first == last) return names;
        names.start[N - 1] = first;
        names.length[N - 1] = last - first;
        // The distance from one name's end to the next name's start, found once by reading
        // back to the previous end-of-name marker.
        std::size_t gap = 0;
        for (std::size_t at = first - name_prefix_size; N > 1 && at > name_suffix_size; --at)
            if (spelled_at(text, size, at - 1, name_suffix) && name_start(text, size, at - 1) != at - 1) {
                gap = first - (at - 1);
                break;
            }
        std::size_t found = 1;
        for (std::size_t i = N - 1; i > 0 && gap != 0; --i, ++found) {
            if (names.start[i] < gap) break;
            last = names.start[i] - gap;
            first = name_start(text, size, last);
            if (first == last) break;
            names.start[i - 1] = first;
            names.length[i - 1] = last - first;
        }
        // One more name before the first: the struct has more members than memlayout bound.
        const bool one_more = names.start[0] >= gap && gap != 0 && found == N &&
                              name_start(text, size, names.start[0] - gap) != names.start[0] - gap;
        names.found = one_more ? N + 1 : found;
        for (std::size_t i = 0; i < N; ++i) names.total_length += names.length[i];
    }
    return names;
}

// Where the signature comes from: the member addresses of fake_object<T>, as one pack of
// pointers (GCC) or one array of wrapped addresses (Clang).
template <auto Addresses>
struct address_signature {
    static constexpr std::size_t count = Addresses.size();
    static constexpr std::string_view text = signature_with_addresses<Addresses>();
};

template <class Bound, std::size_t... I>
constexpr std::string_view pointer_signature_of(std::index_sequence<I...>) noexcept {
    constexpr auto addresses = Bound::addresses();
    return signature_with_pointers<addresses[I].pointer...>();
}
template <class Bound, std::size_t N>
struct pointer_signature {
    static constexpr std::size_t count = N;
    static constexpr std::string_view text = pointer_signature_of<Bound>(std::make_index_sequence<N>{});
};

template <class Signature>
struct member_names_storage {
    static constexpr std::size_t count = Signature::count;
    static constexpr std::string_view signature = Signature::text;
    static constexpr name_positions<count> positions = find_member_names<count>(signature.data(), signature.size());
    static constexpr bool complete = positions.found == count;

    // The names one after another: a copy, which a layout read at run time points to.
    static constexpr diagnostic::text<positions.total_length> text = [] {
        diagnostic::text<positions.total_length> joined;
        std::size_t out = 0;
        for (std::size_t i = 0; i < (complete ? count : 0); ++i) {
            const char* name = signature.data() + positions.start[i];
            const std::size_t length = positions.length[i];
            for (std::size_t k = 0; k < length; ++k) joined.chars[out + k] = name[k];
            out += length;
        }
        return joined;
    }();
};

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_MEMBER_NAMES_HPP
