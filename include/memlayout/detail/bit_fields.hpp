// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_BIT_FIELDS_HPP
#define MEMLAYOUT_DETAIL_BIT_FIELDS_HPP

#include <memlayout/detail/bound_members.hpp>
#include <memlayout/detail/brace_initializers.hpp>
#include <memlayout/detail/placement.hpp>
#include <memlayout/detail/structured_bindings.hpp>
#include <memlayout/detail/traits.hpp>

#include <array>
#include <bit>
#include <climits>
#include <cstddef>
#include <type_traits>
#include <utility>

namespace memlayout::detail {

// Initializes an integer, bool or enum element with every bit set: stored in a bit-field, it
// sets exactly the bits the bit-field takes.
struct all_ones {
    template <class U>
        requires integral_or_enum<U>
    constexpr operator U() const noexcept {
        if constexpr (std::is_same_v<U, bool>) return true;
        else if constexpr (__is_enum(U)) return static_cast<U>(static_cast<std::underlying_type_t<U>>(~std::underlying_type_t<U>{}));
        else return static_cast<U>(~U{});
    }
};

// The image of T with element I set to all ones, the other elements zero, read where it can be
// read in a constant expression: a whole byte where none of its bits is padding, else one bit
// at a time (GCC 12 tracks padding bit by bit; a byte holding a bit-field's last bits and
// padding cannot be read whole). Used with GCC 12, which reads bit-fields in a constant
// std::bit_cast; Clang 16 refuses any type with bit-fields there.
template <std::size_t N>
struct image {
    unsigned char bytes[N];
};
struct byte_bits {
    unsigned char b0 : 1, b1 : 1, b2 : 1, b3 : 1, b4 : 1, b5 : 1, b6 : 1, b7 : 1;
};
template <std::size_t N>
struct bit_image {
    byte_bits bytes[N];
};

// What makes the object: T with element I all ones (aggregate initialization), or T with one
// member, by name, all ones (a captureless lambda: the bit contracts).
template <class T, std::size_t I>
struct ones_at_element {
    static constexpr T make() noexcept { return initialized_with<T, all_ones>(count<I>{}); }
};
template <class T, class Setter>
struct ones_by_setter {
    static constexpr T make() noexcept {
        // Initialized by name (a designated initializer) from a parameter: neither compiler warns
        // at the user's line of the truncation to the bit-field's width there.
        return Setter{}(all_ones{});
    }
};
template <class T, class Make, std::size_t K>
constexpr unsigned char ones_image_byte() noexcept {
    return std::bit_cast<image<sizeof(T)>>(Make::make()).bytes[K];
}
template <class T, class Make, std::size_t K, std::size_t B>
constexpr unsigned char ones_image_bit() noexcept {
    const byte_bits bits = std::bit_cast<bit_image<sizeof(T)>>(Make::make()).bytes[K];
    // Only bit B is read: the others may be padding.
    if constexpr (B == 0) return bits.b0;
    else if constexpr (B == 1) return bits.b1;
    else if constexpr (B == 2) return bits.b2;
    else if constexpr (B == 3) return bits.b3;
    else if constexpr (B == 4) return bits.b4;
    else if constexpr (B == 5) return bits.b5;
    else if constexpr (B == 6) return bits.b6;
    else return bits.b7;
}
template <class T, class Make, std::size_t K>
concept ones_byte_readable = requires { typename std::integral_constant<unsigned char, ones_image_byte<T, Make, K>()>; };
template <class T, class Make, std::size_t K, std::size_t B>
concept ones_bit_readable = requires { typename std::integral_constant<unsigned char, ones_image_bit<T, Make, K, B>()>; };

template <class T, class Make, std::size_t K, std::size_t B>
constexpr unsigned char ones_bit_or_zero() noexcept {
    if constexpr (ones_bit_readable<T, Make, K, B>) return static_cast<unsigned char>(ones_image_bit<T, Make, K, B>() << B);
    else return 0;
}
template <class T, class Make, std::size_t K>
constexpr unsigned char ones_byte_or_zero() noexcept {
    if constexpr (ones_byte_readable<T, Make, K>)
        return ones_image_byte<T, Make, K>();
    else
        return []<std::size_t... B>(std::index_sequence<B...>) {
            return static_cast<unsigned char>((ones_bit_or_zero<T, Make, K, B>() | ...));
        }(std::make_index_sequence<CHAR_BIT>{});
}

// Where the compiler put bit-field I of T, from its bits in [First, First + Count) bytes:
// the first set bit and how many are set (little-endian targets: bit b of byte k is bit
// 8k + b of the object). Count 0 where no bit is set (the bit-field is not in that range).
struct bit_span {
    std::size_t first = 0;
    std::size_t width = 0;
};
template <class T, class Make, std::size_t First, std::size_t... K>
constexpr bit_span made_ones_bits(std::index_sequence<K...>) noexcept {
    const unsigned char bytes[sizeof...(K) + 1] = {ones_byte_or_zero<T, Make, First + K>()..., 0};
    bit_span s;
    bool found = false;
    for (std::size_t k = 0; k < sizeof...(K); ++k)
        for (std::size_t b = 0; b < CHAR_BIT; ++b)
            if ((bytes[k] >> b) & 1u) {
                if (!found) s.first = (First + k) * CHAR_BIT + b;
                found = true;
                ++s.width;
            }
    return s;
}

// Where element I of T is, when set to all ones (GCC 12).
template <class T, std::size_t I, std::size_t First, std::size_t... K>
constexpr bit_span ones_bits(std::index_sequence<K...> bytes) noexcept {
    return made_ones_bits<T, ones_at_element<T, I>, First>(bytes);
}

#if defined(__GNUC__) && !defined(__clang__)
// ---------------------------------------------------------------------------------------
// GCC 12: every bit-field's place from its values, in one constant evaluation per type. T is
// made by std::bit_cast from a byte image whose every bit is defined (so none of T's padding
// stops the read), and a bit-field then holds exactly the image's bits where the compiler put
// it. Images whose bit k is bit j of k give, in each bit-field's lowest bit, bit j of its first
// bit; images of the even and of the odd bits give its width (the one whose bit under the
// bit-field's top bit is clear reads non-negative: its highest set bit is the width's last or
// last but one). Then the bit-fields are checked, no two on one bit, and each all ones when the
// bits where they were found are set, zero when every other bit of T is. Where any step is no
// constant expression (a pattern no member type may hold) or a check fails, the bits are read
// one by one instead (ones_bits above).

// The images T is read from, each made a 64-bit word at a time (in a constant evaluation each
// step costs GCC 12 thousands of instructions, a call many more: a step a word, not one a byte
// or a bit). Image j < `pattern_indices`: bit k of the image is bit j of k (k counted from bit 0
// of byte 0), within a byte for j < 3, whole bytes of ones or zeros from j = 3; image 0 has the
// odd bits set. Image `pattern_indices`: the even bits.
template <std::size_t N>
inline constexpr std::size_t pattern_indices = static_cast<std::size_t>(std::bit_width(N * CHAR_BIT - 1));

// N bytes as whole words and the bytes after them, packed, so that std::bit_cast makes a T of N
// bytes from it; a T of fewer than 8 bytes is made from its bytes.
template <std::size_t N, std::size_t Tail = N % 8>
struct [[gnu::packed]] word_image {
    unsigned long long words[N / 8];
    unsigned char tail[Tail];
};
template <std::size_t N>
struct word_image<N, 0> {
    unsigned long long words[N / 8];
};
template <std::size_t N>
using image_of = std::conditional_t<(N >= 8), word_image<N>, image<N>>;
inline constexpr std::size_t image_words(std::size_t n) noexcept { return (n + 7) / 8; }

// The image whose bytes are those of words `w` (little-endian), as many as N.
template <std::size_t N>
constexpr image_of<N> image_from_words(const unsigned long long* w) noexcept {
    image_of<N> im{};
    if constexpr (N >= 8) {
        for (std::size_t k = 0; k < N / 8; ++k) im.words[k] = w[k];
        if constexpr (N % 8 != 0) {
            for (std::size_t k = 0; k < N % 8; ++k) im.tail[k] = static_cast<unsigned char>(w[N / 8] >> (8 * k));
        }
    } else {
        for (std::size_t k = 0; k < N; ++k) im.bytes[k] = static_cast<unsigned char>(w[0] >> (8 * k));
    }
    return im;
}

template <std::size_t N>
constexpr image_of<N> pattern_image(std::size_t j) noexcept {
    unsigned long long w[image_words(N)]{};
    constexpr unsigned long long bytes = 0x0101010101010101ull;
    for (std::size_t k = 0; k < image_words(N); ++k) {
        if (j < 3 || j >= pattern_indices<N>) {
            w[k] = (j == 0 ? 0xaa : j == 1 ? 0xcc : j == 2 ? 0xf0 : 0x55) * bytes;
        } else if (j == 3) {
            w[k] = 0xff00ff00ff00ff00ull;  // every other byte
        } else if (j == 4) {
            w[k] = 0xffff0000ffff0000ull;
        } else if (j == 5) {
            w[k] = 0xffffffff00000000ull;
        } else {
            w[k] = ((8 * k) >> (j - 3) & 1u) != 0 ? ~0ull : 0;  // a word's bytes share bit j - 3
        }
    }
    return image_from_words<N>(w);
}

// Every integer, bool and enum member's value in T made from the image (the others 0).
template <class T, std::size_t Count>
constexpr std::array<unsigned long long, Count> values_from_image(const image_of<sizeof(T)>& im) noexcept {
    const T t = std::bit_cast<T>(im);
    return member_numbers(t, count<Count>{});
}

// Sets bits [first, first + width) of words `w`; false where one was set already.
constexpr bool set_new_bits(unsigned long long* w, std::size_t first, std::size_t width) noexcept {
    while (width != 0) {
        const std::size_t bit = first % 64;
        const std::size_t n = width < 64 - bit ? width : 64 - bit;
        const unsigned long long mask = (n == 64 ? ~0ull : (1ull << n) - 1) << bit;
        if ((w[first / 64] & mask) != 0) return false;
        w[first / 64] |= mask;
        first += n;
        width -= n;
    }
    return true;
}

template <std::size_t Count>
struct value_bits {
    std::array<bit_span, Count + 1> spans{};
    bool found = false;
};

// BitFields: which members are bit-fields; Signed: which have a signed type.
// Plain pointers into the std::array values throughout: GCC 12's constant evaluator pays a
// call for each std::array::operator[].
template <class T, std::size_t Count, const auto& BitFields, const auto& Signed>
constexpr value_bits<Count> bits_from_values() noexcept {
    constexpr std::size_t bits = sizeof(T) * CHAR_BIT;
    const bool* bit_field = BitFields.data();
    const bool* is_signed = Signed.data();
    std::size_t first[Count + 1]{};
    std::array<unsigned long long, Count> odd_values{};  // image 0's: its odd bits are set
    for (std::size_t j = 0; j < pattern_indices<sizeof(T)>; ++j) {
        const auto values = values_from_image<T, Count>(pattern_image<sizeof(T)>(j));
        const unsigned long long* v = values.data();
        for (std::size_t i = 0; i < Count; ++i) first[i] |= static_cast<std::size_t>(v[i] & 1u) << j;
        if (j == 0) odd_values = values;
    }
    const auto even_values = values_from_image<T, Count>(pattern_image<sizeof(T)>(pattern_indices<sizeof(T)>));
    const unsigned long long* even = even_values.data();
    const unsigned long long* odd = odd_values.data();
    constexpr unsigned long long top = 1ull << 63;
    std::size_t width[Count + 1]{};
    // Every bit-field all ones where the bit-fields were found (and no bit found twice), and
    // zero where they were not.
    unsigned long long inside_words[image_words(sizeof(T))]{};
    for (std::size_t i = 0; i < Count; ++i) {
        if (!bit_field[i]) continue;
        if (!is_signed[i]) {
            width[i] = static_cast<std::size_t>(std::bit_width(even[i] > odd[i] ? even[i] : odd[i]));
        } else if ((even[i] & top) == 0) {
            width[i] = static_cast<std::size_t>(std::bit_width(even[i])) + 1;
        } else if ((odd[i] & top) == 0) {
            width[i] = static_cast<std::size_t>(std::bit_width(odd[i])) + 1;
        }
        if (width[i] == 0 || width[i] > 64 || first[i] + width[i] > bits) return value_bits<Count>{};
        if (!set_new_bits(inside_words, first[i], width[i])) return value_bits<Count>{};  // two bit-fields on one bit
    }
    unsigned long long outside_words[image_words(sizeof(T))]{};
    for (std::size_t k = 0; k < image_words(sizeof(T)); ++k) outside_words[k] = ~inside_words[k];
    const auto inside_values = values_from_image<T, Count>(image_from_words<sizeof(T)>(inside_words));
    const auto outside_values = values_from_image<T, Count>(image_from_words<sizeof(T)>(outside_words));
    const unsigned long long* inside = inside_values.data();
    const unsigned long long* outside = outside_values.data();
    value_bits<Count> r;
    bit_span* spans = r.spans.data();
    for (std::size_t i = 0; i < Count; ++i) {
        if (!bit_field[i]) continue;
        const unsigned long long ones = is_signed[i] || width[i] == 64 ? ~0ull : (1ull << width[i]) - 1;
        if (inside[i] != ones || outside[i] != 0) return value_bits<Count>{};
        spans[i] = bit_span{first[i], width[i]};
    }
    r.found = true;
    return r;
}
template <class T, std::size_t Count, const auto& BitFields, const auto& Signed>
concept bits_readable_from_values =
    requires { typename std::bool_constant<(bits_from_values<T, Count, BitFields, Signed>(), true)>; };
#endif

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_BIT_FIELDS_HPP
