// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_TYPE_NAME_HPP
#define MEMLAYOUT_DETAIL_TYPE_NAME_HPP

#include <memlayout/diagnostic.hpp>

#include <string_view>

namespace memlayout::detail {

// GCC: "constexpr auto memlayout::detail::signature_of() [with U = double]"
// Clang: "auto memlayout::detail::signature_of() [U = double]"
template <class U>
constexpr auto signature_of() noexcept {
    return std::string_view(__PRETTY_FUNCTION__);
}

constexpr std::string_view type_from_signature(std::string_view signature) noexcept {
    constexpr std::string_view marker = "U = ";
    const std::size_t start = signature.find(marker) + marker.size();
    return signature.substr(start, signature.rfind(']') - start);
}

// Clang writes "int *" and "int &" where GCC writes "int*" and "int&"; memlayout keeps one
// spelling so that reports compare equal across compilers.
constexpr bool is_space_before_declarator(std::string_view text, std::size_t i) noexcept {
    return text[i] == ' ' && i + 1 < text.size() && (text[i + 1] == '*' || text[i + 1] == '&');
}

constexpr std::size_t tidy_length(std::string_view text) noexcept {
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size(); ++i) n += is_space_before_declarator(text, i) ? 0 : 1;
    return n;
}

template <class U>
struct type_name_storage {
    static constexpr std::string_view spelled = type_from_signature(signature_of<U>());
    static constexpr diagnostic::text<tidy_length(spelled)> text = [] {
        diagnostic::text<tidy_length(spelled)> tidy;
        std::size_t out = 0;
        for (std::size_t i = 0; i < spelled.size(); ++i)
            if (!is_space_before_declarator(spelled, i)) tidy.chars[out++] = spelled[i];
        return tidy;
    }();
};

/// The type as the compiler spells it, e.g. "double", "int*", "std::array<int, 3>".
template <class U>
inline constexpr std::string_view type_name_v = type_name_storage<U>::text.view();

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_TYPE_NAME_HPP
