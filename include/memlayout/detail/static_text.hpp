// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_STATIC_TEXT_HPP
#define MEMLAYOUT_DETAIL_STATIC_TEXT_HPP

#include <cstddef>
#include <string_view>

namespace memlayout::detail {

// Characters copied out of a compiler-generated signature at compile time, so that only
// the text memlayout keeps (a name), not the whole signature, reaches the binary.
template <std::size_t N>
struct static_text {
    char chars[N + 1]{};

    constexpr static_text() = default;
    constexpr explicit static_text(std::string_view text) noexcept {
        for (std::size_t i = 0; i < N; ++i) chars[i] = text[i];
    }
    [[nodiscard]] constexpr std::string_view view() const noexcept { return {chars, N}; }
};

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_STATIC_TEXT_HPP
