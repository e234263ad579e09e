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
// GCC 12:   "[with auto ...Pointers = {(& fake_object_storage<S>.fake_overlay<S>::held.
//           fake_holder<S>::value.S::first), (& ...::second)}]"
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

// The names' places in the signature.
template <std::size_t N>
struct name_positions {
    std::size_t start[N + 1]{};
    std::size_t length[N + 1]{};
    std::size_t joined[N + 1]{};  // where each starts in the names joined (member_names_storage::text)
    std::size_t found = 0;
    std::size_t total_length = 0;
};

// How the compiler spells the element of each member, `prefix NAME suffix`, with `separator`
// between two elements and `tail` after the last. The prefix is the same for every member of
// one struct: on Clang 16 it is fixed; on GCC 12 it spells T, and is read from the first element.
#if defined(__clang__)
inline constexpr char name_prefix[] = "{&fake_object_storage.held.value.";
inline constexpr char name_separator[] = "}, ";
inline constexpr char name_tail[] = "}}}]";
#else
inline constexpr char name_prefix_end[] = "::";         // "(& fake_object_storage<S>. ... .S::"
inline constexpr char name_list_start[] = "Pointers = {";  // "[with auto ...Pointers = {"
inline constexpr char name_separator[] = "), ";
inline constexpr char name_tail[] = ")}]";
#endif
inline constexpr char name_suffix = name_separator[0];

// Whether `size` characters at `a` and at `b` are the same. The compilers' own memcmp, which
// both evaluate in a constant expression at the speed of the library function: their
// evaluators read a character of the signature in thousands of instructions, and one compare
// in a loop costs more than ten thousand.
constexpr bool same_chars(const char* a, const char* b, std::size_t size) noexcept {
    return size == 0 || __builtin_memcmp(a, b, size) == 0;
}
template <std::size_t M>
constexpr bool spelled_at(const char* text, std::size_t size, std::size_t at, const char (&marker)[M]) noexcept {
    return at <= size && M - 1 <= size - at && same_chars(text + at, marker, M - 1);
}

// The length of the identifier that starts at `at` (up to `size`).
constexpr std::size_t identifier_length(const char* text, std::size_t size, std::size_t at) noexcept {
#if defined(__clang__)
    // The test written out: a call for each character costs more than the test.
    std::size_t end = at;
    for (char c = end < size ? text[end] : '\0';
         (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
         c = end < size ? text[end] : '\0')
        ++end;
    return end - at;
#else
    // GCC 12 evaluates strspn itself, Clang 16 does not. The text ends in its null character.
    const std::size_t length =
        __builtin_strspn(text + at, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$");
    return length < size - at ? length : size - at;
#endif
}

// Where the first element, and so the prefix, starts; `size` where the text is not a signature.
// Then the prefix's length: on GCC, from the first element's name, which ends at the first
// `suffix` that a separator (or, for one member, the tail) follows and an identifier after
// "::" precedes; a `suffix` inside T's spelling ("void(int)") is not one.
constexpr std::size_t first_element(const char* text, std::size_t size) noexcept {
#if defined(__clang__)
    const char* amp = __builtin_char_memchr(text, '&', size);
    const std::size_t at = amp == nullptr ? 0 : static_cast<std::size_t>(amp - text);
    return at != 0 && spelled_at(text, size, at - 1, name_prefix) ? at - 1 : size;
#else
    // GCC 12 evaluates strcspn itself (its strstr, given a pointer inside a string, answers from
    // the string's start: not used). The text ends in its null character.
    for (std::size_t at = __builtin_strcspn(text, "P"); at < size; at += 1 + __builtin_strcspn(text + at + 1, "P"))
        if (spelled_at(text, size, at, name_list_start)) return at + sizeof name_list_start - 1;
    return size;
#endif
}
template <std::size_t N>
constexpr std::size_t prefix_length(const char* text, std::size_t size, std::size_t first) noexcept {
#if defined(__clang__)
    (void)text, (void)size, (void)first;
    return sizeof name_prefix - 1;
#else
    // A candidate end inside T's spelling that a separator follows ("S<void(int), 3>") has no
    // "::" before the identifier that ends there: passed over too.
    for (std::size_t end = first + __builtin_strcspn(text + first, ")"); end < size;
         end += 1 + __builtin_strcspn(text + end + 1, ")")) {
        if (!(N == 1 ? spelled_at(text, size, end, name_tail) && end + sizeof name_tail - 1 == size
                     : spelled_at(text, size, end, name_separator)))
            continue;
        std::size_t start = end;
        while (start > first && is_identifier_char(text[start - 1])) --start;
        if (start != end && start - first >= 2 && spelled_at(text, size, start - 2, name_prefix_end))
            return start - first;
    }
    return size;
#endif
}

// The names' places in the signature, read forwards: every element must be spelled
// `prefix NAME suffix` with the first element's prefix, the elements separated alike, and N of
// them, no more, before the tail. Where one is not, the names are refused (never guessed).
template <std::size_t N>
constexpr name_positions<N> find_member_names(const char* text, std::size_t size) noexcept {
    name_positions<N> names;
    if constexpr (N > 0) {
        const std::size_t first = first_element(text, size);
        if (first >= size) return names;
        const std::size_t prefix = prefix_length<N>(text, size, first);
        if (prefix >= size - first) return names;
        std::size_t at = first;  // the current element's start
        for (std::size_t i = 0; i < N; ++i) {
            if (i != 0) {
                if (!spelled_at(text, size, at, name_separator)) return names;
                at += sizeof name_separator - 1;
                if (prefix > size - at || !same_chars(text + at, text + first, prefix)) return names;
            }
            const std::size_t start = at + prefix;
            const std::size_t length = identifier_length(text, size, start);
            if (length == 0 || start + length >= size || text[start + length] != name_suffix) return names;
            names.start[i] = start;
            names.length[i] = length;
            names.joined[i] = names.total_length;
            names.total_length += length;
            names.found = i + 1;
            at = start + length;
        }
        // The tail, and nothing after it: no more members than N.
        if (!spelled_at(text, size, at, name_tail) || at + sizeof name_tail - 1 != size) names.found = 0;
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
    constexpr auto list = Bound::addresses();  // a plain array `addresses`: no call for each
    return signature_with_pointers<list.addresses[I].pointer...>();
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
    static constexpr diagnostic::text<positions.total_length> joined() noexcept {
        diagnostic::text<positions.total_length> joined;
        std::size_t out = 0;
        for (std::size_t i = 0; i < (complete ? count : 0); ++i) {
            const char* name = signature.data() + positions.start[i];
            const std::size_t length = positions.length[i];
#if defined(__clang__)
            // Clang 16 copies in a constant expression with its own memcpy; GCC 12 does not.
            if (length != 0) __builtin_memcpy(joined.chars + out, name, length);
#else
            for (std::size_t k = 0; k < length; ++k) joined.chars[out + k] = name[k];
#endif
            out += length;
        }
        return joined;
    }
    static constexpr diagnostic::text<positions.total_length> text = joined();
};

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_MEMBER_NAMES_HPP
