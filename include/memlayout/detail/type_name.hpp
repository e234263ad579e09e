// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_TYPE_NAME_HPP
#define MEMLAYOUT_DETAIL_TYPE_NAME_HPP

#include <memlayout/diagnostic.hpp>

#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>

namespace memlayout::detail {

// GCC: "constexpr auto memlayout::detail::signature_of() [with U = double]"
// Clang: "auto memlayout::detail::signature_of() [U = double]"
// Its length from sizeof, not by reading it (strlen in GCC 12's constant evaluator costs
// thousands of instructions a character).
template <class U>
constexpr auto signature_of() noexcept {
    return std::string_view(__PRETTY_FUNCTION__, sizeof(__PRETTY_FUNCTION__) - 1);
}

// Where U's spelling starts in signature_of<U>(): the text before it is the same for every U,
// so it is found once, in the signature of a known type, and checked there.
inline constexpr std::size_t type_start_in_signature = [] {
    constexpr std::string_view marker = "U = ";
    constexpr std::string_view known = signature_of<int>();
    constexpr std::size_t start = known.find(marker) + marker.size();
    static_assert(known.substr(start) == "int]", "memlayout: this compiler spells signatures unlike GCC 12 and Clang 16");
    return start;
}();

// U's spelling in signature_of<U>(): from the fixed start up to the closing ']'.
constexpr std::string_view type_from_signature(std::string_view signature) noexcept {
    return signature.substr(type_start_in_signature, signature.size() - 1 - type_start_in_signature);
}

// ---------------------------------------------------------------------------------------
// One spelling of a type for every compiler, the one people write: GCC 12 spells
// `long unsigned int`, `short int`, `std::__cxx11::basic_string<char>`, `{anonymous}::X` and
// `std::vector<std::vector<int> >` where Clang 16 spells `unsigned long`, `short`,
// `std::basic_string<char>`, `(anonymous namespace)::X` and `>>`; memlayout writes
// `unsigned long`, `short`, `std::string`, `(anonymous namespace)::X`, `>>`, `int*` for
// both `int*` and `int *`, and `char[16]` for GCC's `char [16]`. Layouts, reports and
// snapshots then compare equal across compilers.

constexpr bool is_word_char(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// The keywords that spell a fundamental type in several words, in any order.
enum class keyword : unsigned char { none, signed_, unsigned_, short_, long_, int_, char_, double_, int128 };

// By the first letter first: each comparison is many steps of a constant evaluation.
constexpr keyword keyword_of(std::string_view word) noexcept {
    if (word.empty()) return keyword::none;
    switch (word[0]) {
        case 's': return word == "signed" ? keyword::signed_ : word == "short" ? keyword::short_ : keyword::none;
        case 'u': return word == "unsigned" ? keyword::unsigned_ : keyword::none;
        case 'l': return word == "long" ? keyword::long_ : keyword::none;
        case 'i': return word == "int" ? keyword::int_ : keyword::none;
        case 'c': return word == "char" ? keyword::char_ : keyword::none;
        case 'd': return word == "double" ? keyword::double_ : keyword::none;
        case '_': return word == "__int128" ? keyword::int128 : keyword::none;
        default: return keyword::none;
    }
}

// Writes text into out (when not null) at `at`; returns the new position. Counting and
// writing are the same pass, so the length known beforehand is the length written.
// Through plain pointers, and no loop where only counting: each call a range-for over a
// std::string_view makes (begin, end, !=, *, ++) is a call in the constant evaluator, for every
// character (GCC 12: a new array type's name cost 3.5 M instructions).
constexpr std::size_t put(char* out, std::size_t at, std::string_view text) noexcept {
    const char* const chars = text.data();
    const std::size_t size = text.size();
    if (out != nullptr)
        for (std::size_t k = 0; k < size; ++k) out[at + k] = chars[k];
    return at + size;
}

struct keyword_run {
    bool is_unsigned = false, is_signed = false, is_char = false, is_short = false, is_int = false;
    bool is_double = false, is_int128 = false;
    int longs = 0;

    constexpr void add(keyword k) noexcept {
        switch (k) {
            case keyword::signed_: is_signed = true; break;
            case keyword::unsigned_: is_unsigned = true; break;
            case keyword::short_: is_short = true; break;
            case keyword::long_: ++longs; break;
            case keyword::int_: is_int = true; break;
            case keyword::char_: is_char = true; break;
            case keyword::double_: is_double = true; break;
            case keyword::int128: is_int128 = true; break;
            case keyword::none: break;
        }
    }
    constexpr std::string_view spelling() const noexcept {
        if (is_double) return longs != 0 ? "long double" : "double";
        if (is_char) return is_unsigned ? "unsigned char" : is_signed ? "signed char" : "char";
        if (is_int128) return is_unsigned ? "unsigned __int128" : "__int128";
        if (is_short) return is_unsigned ? "unsigned short" : "short";
        if (longs == 2) return is_unsigned ? "unsigned long long" : "long long";
        if (longs == 1) return is_unsigned ? "unsigned long" : "long";
        return is_unsigned ? "unsigned int" : "int";
    }
};

// libstdc++'s and libc++'s inline namespaces, which are not part of the names people write.
constexpr bool is_inline_namespace(std::string_view word) noexcept { return word == "__cxx11" || word == "__1"; }

// Whether uniform_spelling may rewrite or drop a word: a keyword of a fundamental type, or an
// inline namespace.
constexpr bool is_rewritten_word(std::string_view word) noexcept {
    return keyword_of(word) != keyword::none || is_inline_namespace(word);
}
// Every word is_rewritten_word takes starts with a lowercase letter or '_' (the keywords,
// "__cxx11", "__1"; a test checks each): a word that starts otherwise need not be looked up.
constexpr bool may_start_rewritten_word(char c) noexcept { return (c >= 'a' && c <= 'z') || c == '_'; }

// The compiler's spelling with fundamental types, inline namespaces, anonymous namespaces,
// closing angle brackets and declarator spaces made uniform.
constexpr std::size_t uniform_spelling(std::string_view in, char* out) noexcept {
    std::size_t at = 0;
    std::size_t i = 0;
    while (i < in.size()) {
        const char c = in[i];
        if (is_word_char(c) && (i == 0 || !is_word_char(in[i - 1])) && !(c >= '0' && c <= '9')) {
            std::size_t end = i;
            while (end < in.size() && is_word_char(in[end])) ++end;
            const std::string_view word = in.substr(i, end - i);
            if (keyword_of(word) != keyword::none) {
                // A run of keywords separated by single blanks: "long long unsigned int".
                keyword_run run;
                run.add(keyword_of(word));
                std::size_t next = end;
                while (next + 1 < in.size() && in[next] == ' ' && is_word_char(in[next + 1])) {
                    std::size_t word_end = next + 1;
                    while (word_end < in.size() && is_word_char(in[word_end])) ++word_end;
                    const keyword k = keyword_of(in.substr(next + 1, word_end - next - 1));
                    if (k == keyword::none) break;
                    run.add(k);
                    next = word_end;
                }
                at = put(out, at, run.spelling());
                i = next;
                continue;
            }
            if (is_inline_namespace(word) && end + 1 < in.size() && in[end] == ':' && in[end + 1] == ':') {
                i = end + 2;
                continue;
            }
            at = put(out, at, word);
            i = end;
            continue;
        }
        if (in.substr(i, 11) == "{anonymous}") {
            at = put(out, at, "(anonymous namespace)");
            i += 11;
            continue;
        }
        if (c == ' ' && i + 1 < in.size() && (in[i + 1] == '*' || in[i + 1] == '&')) {  // "int *"
            ++i;
            continue;
        }
        if (c == ' ' && i > 0 && in[i - 1] == '>' && i + 1 < in.size() && in[i + 1] == '>') {  // "> >"
            ++i;
            continue;
        }
        if (c == ' ' && i + 1 < in.size() && in[i + 1] == '[') {  // GCC: "char [16]", "int* [2]"
            ++i;
            continue;
        }
        at = put(out, at, std::string_view(&in[i], 1));
        // "char *const": Clang writes no blank between a declarator and a qualifier after it.
        if ((c == '*' || c == '&') && i + 1 < in.size() && is_word_char(in[i + 1])) at = put(out, at, " ");
        ++i;
    }
    return at;
}

// The standard library's class templates under the names of their aliases.
struct alias {
    std::string_view spelled;
    std::string_view written;
};
inline constexpr alias standard_aliases[] = {
    {"std::basic_string<char>", "std::string"},
    {"std::basic_string<wchar_t>", "std::wstring"},
    {"std::basic_string<char8_t>", "std::u8string"},
    {"std::basic_string<char16_t>", "std::u16string"},
    {"std::basic_string<char32_t>", "std::u32string"},
    {"std::basic_string_view<char>", "std::string_view"},
    {"std::basic_string_view<wchar_t>", "std::wstring_view"},
    {"std::basic_string_view<char8_t>", "std::u8string_view"},
    {"std::basic_string_view<char16_t>", "std::u16string_view"},
    {"std::basic_string_view<char32_t>", "std::u32string_view"},
};

constexpr std::size_t with_aliases(std::string_view in, char* out) noexcept {
    std::size_t at = 0;
    std::size_t i = 0;
    while (i < in.size()) {
        bool replaced = false;
        if (in[i] == 's' && (i == 0 || !is_word_char(in[i - 1]))) {
            for (const alias& a : standard_aliases)
                if (in.substr(i, a.spelled.size()) == a.spelled) {
                    at = put(out, at, a.written);
                    i += a.spelled.size();
                    replaced = true;
                    break;
                }
        }
        if (!replaced) at = put(out, at, std::string_view(&in[i], 1));
        if (!replaced) ++i;
    }
    return at;
}

// Whether a spelling is already as memlayout writes it, so that neither pass above would change
// it: identifiers and "::" only (a user's own classes, most often), none of them a keyword of
// a fundamental type or a library's inline namespace. Each pass costs a constant evaluation
// about 10 M instructions on Clang 16 (4 M on GCC 12) even for a short name like "S12", and a
// type's name is made once for every reflected struct.
//
// Read through a plain pointer, and a word looked up only where it starts as a rewritten word
// may: each std::string_view call is a call in the constant evaluator (GCC 12: "S12" 0.5 ->
// 0.1 M instructions).
constexpr bool already_uniform(std::string_view in) noexcept {
    const char* const chars = in.data();
    const std::size_t size = in.size();
    std::size_t word = 0;  // where the current identifier starts
    for (std::size_t i = 0; i <= size; ++i) {
        if (i < size && is_word_char(chars[i])) continue;
        if (i < size && chars[i] != ':') return false;
        if (i > word && may_start_rewritten_word(chars[word]) && is_rewritten_word(in.substr(word, i - word))) return false;
        word = i + 1;
    }
    return true;
}

// The N characters `rewrite` writes for `in`, as a text: one function for every type whose
// spelling has N characters, where a lambda or a member function in type_name_storage would be
// instantiated for each type (GCC 12 and Clang 16 pay for each; docs/performance.md).
template <std::size_t N>
constexpr diagnostic::text<N> rewritten(std::string_view in, std::size_t (*rewrite)(std::string_view, char*) noexcept) noexcept {
    diagnostic::text<N> t;
    rewrite(in, t.chars);
    return t;
}

template <class U, bool Uniform = already_uniform(type_from_signature(signature_of<U>()))>
struct type_name_storage {
    static constexpr std::string_view spelled = type_from_signature(signature_of<U>());
    static constexpr std::size_t uniform_length = uniform_spelling(spelled, nullptr);
    static constexpr diagnostic::text<uniform_length> uniform = rewritten<uniform_length>(spelled, uniform_spelling);
    static constexpr std::size_t aliased_length = with_aliases(uniform.view(), nullptr);
    static constexpr diagnostic::text<aliased_length> text = rewritten<aliased_length>(uniform.view(), with_aliases);
};
// A spelling already uniform is taken as it is.
template <class U>
struct type_name_storage<U, true> {
    static constexpr std::string_view spelled = type_from_signature(signature_of<U>());
    static constexpr diagnostic::text<spelled.size()> text{spelled};
};

// Whether a C array U (type_name_v's specializations ask only of arrays) is spelled from its
// element: an array of a type written before its declarator (a class, a number, an enum; not a
// pointer, whose array puts the extents inside: `void (*[2])(int)`): its element's spelling, made once
// for every array of that element, and its extents, `unsigned long[3][2]`, `char[]`. Spelling
// the array from its signature costs GCC 12 about 2.6 M instructions a type (two passes over
// it), where a struct's C arrays are often of types seen nowhere else.
template <class U>
constexpr bool spelled_from_element() noexcept {
    using Leaf = std::remove_all_extents_t<U>;
    return std::is_arithmetic_v<Leaf> || __is_enum(Leaf) || __is_class(Leaf) || __is_union(Leaf);
}

// "[n]", or "[]" where `bounded` is false.
constexpr std::size_t put_extent(char* out, std::size_t at, std::size_t n, bool bounded) noexcept {
    at = put(out, at, "[");
    if (bounded) {
        std::size_t digits = 1;
        for (std::size_t rest = n / 10; rest != 0; rest /= 10) ++digits;
        for (std::size_t k = digits; k-- > 0; n /= 10)
            if (out != nullptr) out[at + k] = static_cast<char>('0' + n % 10);
        at += digits;
    }
    return put(out, at, "]");
}

template <class U, std::size_t... I>
constexpr std::size_t write_array_name(char* out, std::index_sequence<I...>) noexcept {
    std::size_t at = put(out, 0, type_name_storage<std::remove_all_extents_t<U>>::text.view());
    ((at = put_extent(out, at, std::extent_v<U, I>, I != 0 || !std::is_unbounded_array_v<U>)), ...);
    return at;
}
// The text argument is unused: it is the signature `rewritten` calls its writer with.
template <class U>
constexpr std::size_t array_name(std::string_view, char* out) noexcept {
    return write_array_name<U>(out, std::make_index_sequence<std::rank_v<U>>{});
}

template <class U>
struct array_name_storage {
    static constexpr std::size_t length = array_name<U>({}, nullptr);
    static constexpr diagnostic::text<length> text = rewritten<length>({}, array_name<U>);
};

// Chosen by specialization: naming type_name_storage<U> at all (in a std::conditional_t) forms
// its template-id, whose default argument reads U's signature (GCC 12: 3 M instructions a type).
template <class U, bool = spelled_from_element<U>()>
struct array_spelling : array_name_storage<U> {};
template <class U>
struct array_spelling<U, false> : type_name_storage<U> {};

/// The type as people write it, the same with every compiler: "double", "int*",
/// "unsigned long", "std::array<int, 3>", "std::string", "std::vector<double>", "char[16]".
template <class U>
inline constexpr std::string_view type_name_v = type_name_storage<U>::text.view();
// C arrays, by partial specialization: a type that is no array is asked nothing more (each
// standard trait asked of a type is a class made for it: 0.2 M instructions on GCC 12, and a
// reflected struct's own name is made once for every struct).
template <class E, std::size_t N>
inline constexpr std::string_view type_name_v<E[N]> = array_spelling<E[N]>::text.view();
template <class E>
inline constexpr std::string_view type_name_v<E[]> = array_spelling<E[]>::text.view();

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_TYPE_NAME_HPP
