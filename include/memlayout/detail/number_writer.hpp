// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_NUMBER_WRITER_HPP
#define MEMLAYOUT_DETAIL_NUMBER_WRITER_HPP

// Integers and floating-point numbers written into a buffer, as {fmt}'s "{}" writes them,
// at a fraction of its cost: the dumper's values.

#include <memlayout/detail/fmt.hpp>  // first of {fmt}: says when it is missing
#include <fmt/compile.h>

#include <array>
#include <bit>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <type_traits>

namespace memlayout::detail {

// "00" to "99": integers are written two digits at a time.
inline constexpr std::array<char, 200> digit_pairs = [] {
    std::array<char, 200> table{};
    for (std::size_t i = 0; i < 100; ++i) {
        table[2 * i] = static_cast<char>('0' + i / 10);
        table[2 * i + 1] = static_cast<char>('0' + i % 10);
    }
    return table;
}();

// The decimal digits of n, from its bit width: bits * log10(2) (1233 / 4096) is the count
// or one less, and one comparison with a power of ten tells which.
template <class U>
inline constexpr auto powers_of_ten = [] {
    std::array<U, std::numeric_limits<U>::digits10 + 1> p{};  // p[0] = 0, p[i] = 10^i
    U v = 1;
    for (std::size_t i = 1; i < p.size(); ++i) p[i] = v *= 10;
    return p;
}();

template <class U>
std::size_t decimal_digits_of(U n) noexcept {
    constexpr const auto& powers = powers_of_ten<U>;
    const auto t = static_cast<std::size_t>(static_cast<std::size_t>(std::bit_width(static_cast<U>(n | 1))) * 1233 >> 12);
    return t + 1 - (n < powers[t] ? 1 : 0);
}

inline char* write_unsigned(char* out, std::uint32_t n) noexcept {
    const std::size_t digits = decimal_digits_of(n);
    char* p = out + digits;
    while (n >= 100) {
        p -= 2;
        std::memcpy(p, &digit_pairs[2 * (n % 100)], 2);
        n /= 100;
    }
    if (n >= 10) std::memcpy(p - 2, &digit_pairs[2 * n], 2);
    else p[-1] = static_cast<char>('0' + n);
    return out + digits;
}

// Exactly eight digits, leading zeros included: four independent pairs.
inline char* write_eight_digits(char* out, std::uint32_t n) noexcept {
    const std::uint32_t high = n / 10000;
    const std::uint32_t low = n % 10000;
    std::memcpy(out, &digit_pairs[2 * (high / 100)], 2);
    std::memcpy(out + 2, &digit_pairs[2 * (high % 100)], 2);
    std::memcpy(out + 4, &digit_pairs[2 * (low / 100)], 2);
    std::memcpy(out + 6, &digit_pairs[2 * (low % 100)], 2);
    return out + 8;
}

// 64-bit values in 32-bit pieces of eight digits: 32-bit divisions are the cheap ones.
inline char* write_unsigned(char* out, std::uint64_t n) noexcept {
    constexpr std::uint64_t hundred_million = 100000000;
    if (n <= 0xffffffffu) return write_unsigned(out, static_cast<std::uint32_t>(n));
    const std::uint64_t high = n / hundred_million;
    const auto low = static_cast<std::uint32_t>(n % hundred_million);
    if (high <= 0xffffffffu) {
        out = write_unsigned(out, static_cast<std::uint32_t>(high));
    } else {
        out = write_unsigned(out, static_cast<std::uint32_t>(high / hundred_million));
        out = write_eight_digits(out, static_cast<std::uint32_t>(high % hundred_million));
    }
    return write_eight_digits(out, low);
}

template <class I>
char* write_integer(char* out, I value) noexcept {
    if constexpr (sizeof(I) > sizeof(std::uint64_t)) {
        return std::to_chars(out, out + 48, value).ptr;  // never fails: 48 characters hold 128 bits
    } else {
        using U = std::conditional_t<(sizeof(I) <= sizeof(std::uint32_t)), std::uint32_t, std::uint64_t>;
        if constexpr (std::is_signed_v<I>) {
            if (value < 0) {
                *out++ = '-';
                return write_unsigned(out, static_cast<U>(U{0} - static_cast<U>(value)));
            }
        }
        return write_unsigned(out, static_cast<U>(value));
    }
}

// A float or double in {fmt}'s "{}" form, the shortest that reads back the same: the digits
// and exponent from {fmt}'s Dragonbox, laid out as {fmt} does (fixed notation for a decimal
// exponent in [-4, 16), "d.ddde+XX" otherwise). The test suite compares it with fmt::format
// on millions of values. Other {fmt} versions, and long double, go through fmt::format_to.
template <class F>
char* write_floating(char* out, F value) {
#if FMT_VERSION >= 90000 && FMT_VERSION < 120000
    if constexpr (std::is_same_v<F, float> || std::is_same_v<F, double>) {
        using bits_type = std::conditional_t<sizeof(F) == 4, std::uint32_t, std::uint64_t>;
        const auto bits = std::bit_cast<bits_type>(value);
        constexpr int mantissa_bits = std::numeric_limits<F>::digits - 1;
        constexpr bits_type exponent_mask = static_cast<bits_type>(((bits_type{1} << (sizeof(F) * 8 - 1)) - 1) &
                                                                   ~((bits_type{1} << mantissa_bits) - 1));
        if ((bits & exponent_mask) == exponent_mask) return fmt::format_to(out, FMT_COMPILE("{}"), value);  // inf, nan
        if ((bits >> (sizeof(F) * 8 - 1)) != 0) *out++ = '-';
        if ((bits & ~(bits_type{1} << (sizeof(F) * 8 - 1))) == 0) {
            *out++ = '0';
            return out;
        }
        const auto decimal = fmt::detail::dragonbox::to_decimal(value < 0 ? -value : value);
        char digits[24];
        const int count = static_cast<int>(write_unsigned(digits, static_cast<std::uint64_t>(decimal.significand)) - digits);
        const int exponent = decimal.exponent;
        const int output_exponent = exponent + count - 1;
        if (output_exponent < -4 || output_exponent >= 16) {
            *out++ = digits[0];
            if (count > 1) {
                *out++ = '.';
                std::memcpy(out, digits + 1, static_cast<std::size_t>(count - 1));
                out += count - 1;
            }
            *out++ = 'e';
            *out++ = output_exponent < 0 ? '-' : '+';
            const int e = output_exponent < 0 ? -output_exponent : output_exponent;
            if (e >= 100) return write_unsigned(out, static_cast<std::uint32_t>(e));
            std::memcpy(out, &digit_pairs[2 * static_cast<std::size_t>(e)], 2);
            return out + 2;
        }
        if (exponent >= 0) {  // 1234e2: 123400
            std::memcpy(out, digits, static_cast<std::size_t>(count));
            std::memset(out + count, '0', static_cast<std::size_t>(exponent));
            return out + count + exponent;
        }
        if (count + exponent > 0) {  // 1234e-2: 12.34
            const int whole = count + exponent;
            std::memcpy(out, digits, static_cast<std::size_t>(whole));
            out[whole] = '.';
            std::memcpy(out + whole + 1, digits + whole, static_cast<std::size_t>(count - whole));
            return out + count + 1;
        }
        out[0] = '0';  // 1234e-6: 0.001234
        out[1] = '.';
        std::memset(out + 2, '0', static_cast<std::size_t>(-(count + exponent)));
        out += 2 - (count + exponent);
        std::memcpy(out, digits, static_cast<std::size_t>(count));
        return out + count;
    } else
#endif
    {
        return fmt::format_to(out, FMT_COMPILE("{}"), value);
    }
}

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_NUMBER_WRITER_HPP
