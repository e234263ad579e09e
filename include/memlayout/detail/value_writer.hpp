// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_VALUE_WRITER_HPP
#define MEMLAYOUT_DETAIL_VALUE_WRITER_HPP

// A member's value written from its bytes, per member type: what the dumper prints after a
// member's hex.

#include <memlayout/detail/bound_members.hpp>
#include <memlayout/detail/enumerator_names.hpp>
#include <memlayout/detail/number_writer.hpp>
#include <memlayout/detail/placement.hpp>
#include <memlayout/detail/reflection.hpp>
#include <memlayout/region.hpp>

#include <memlayout/detail/fmt.hpp>  // first of {fmt}: says when it is missing
#include <fmt/compile.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string_view>
#include <type_traits>

namespace memlayout::detail {

// Characters print as 'c' (code) when narrow, as U+XXXX when wide.
template <class U>
inline constexpr bool is_narrow_character = std::is_same_v<U, char> || std::is_same_v<U, signed char> ||
                                            std::is_same_v<U, unsigned char>;
template <class U>
inline constexpr bool is_wide_character = std::is_same_v<U, wchar_t> || std::is_same_v<U, char8_t> ||
                                          std::is_same_v<U, char16_t> || std::is_same_v<U, char32_t>;

// The longest name of an enumerator of E: the room its values take.
template <class E>
constexpr std::size_t longest_enumerator() noexcept {
    std::size_t longest = 0;
    for (std::size_t i = 0; i < enumerator_range<E>::values; ++i) {
        const std::size_t n = enumerator_names<E>::of(enumerator_range<E>::first + static_cast<long long>(i)).size();
        longest = n > longest ? n : longest;
    }
    return longest;
}

// A member type whose value the dumper prints: numbers, characters, booleans, enums,
// pointers, and std::arrays of those but characters (text or raw bytes, which the hex
// shows best; a std::string's buffer holds bytes never written).
template <class U>
constexpr bool has_printed_value() noexcept {
    if constexpr (std_array_traits<U>::value) {
        using E = std::remove_cv_t<typename std_array_traits<U>::element>;
        return std_array_traits<U>::count != 0 && !std_array_traits<E>::value && !is_narrow_character<E> && !is_wide_character<E> &&
               has_printed_value<E>();
    } else {
        return std::is_arithmetic_v<U> || __is_enum(U) || std::is_pointer_v<U> || std::is_null_pointer_v<U>;
    }
}

// The most characters write_value writes for a U: what the output buffer reserves.
template <class U>
constexpr std::size_t max_value_chars() noexcept {
    if constexpr (std_array_traits<U>::value) {
        if constexpr (has_printed_value<U>())
            return 2 + std_array_traits<U>::count * (max_value_chars<std::remove_cv_t<typename std_array_traits<U>::element>>() + 2);
        else
            return 0;
    } else if constexpr (std::is_same_v<U, bool>) {
        return 16;  // "invalid bool 255"
    } else if constexpr (std::is_floating_point_v<U>) {
        return 48;  // shortest round trip: sign, 36 digits, point, exponent
    } else if constexpr (std::is_pointer_v<U> || std::is_null_pointer_v<U>) {
        return 2 + 2 * sizeof(void*) + 12;  // "0x" digits " (static_ro)"
    } else if constexpr (__is_enum(U)) {
        return longest_enumerator<U>() + 3 + 12 + 3 * sizeof(U);  // "name (digits)"
    } else if constexpr (std::is_arithmetic_v<U>) {
        return 12 + 3 * sizeof(U);  // digits and sign; "'c' (99)"; "U+0000FFFF"
    } else {
        return 0;
    }
}

// The widest value of a U as the table prints it, for its column: a value wider than this
// (an invalid bool) only shifts the rest of its line.
template <class U>
constexpr std::size_t column_chars(bool regions) noexcept {
    if constexpr (std_array_traits<U>::value) {
        if constexpr (has_printed_value<U>()) {
            constexpr std::size_t n = std_array_traits<U>::count;
            return 2 + n * column_chars<std::remove_cv_t<typename std_array_traits<U>::element>>(regions) + 2 * (n - 1);
        } else {
            return 0;
        }
    } else if constexpr (std::is_same_v<U, bool>) {
        return 5;
    } else if constexpr (is_narrow_character<U>) {
        return 9;  // "'~' (126)"
    } else if constexpr (is_wide_character<U>) {
        return 2 + 2 * sizeof(U);  // "U+0000FFFF"
    } else if constexpr (std::is_floating_point_v<U>) {
        // fmt's shortest form: "-d.ddde-XXX", or fixed below an exponent of 16 ("-0.000ddd", 16 digits)
        using limits = std::numeric_limits<U>;
        constexpr std::size_t exponent_digits = limits::max_exponent10 >= 1000 ? 4 : limits::max_exponent10 >= 100 ? 3 : 2;
        constexpr std::size_t scientific = 1 + limits::max_digits10 + 1 + 2 + exponent_digits;
        constexpr std::size_t fixed = 1 + std::max<std::size_t>(limits::max_digits10 + 5, 17);
        return std::max(scientific, fixed);
    } else if constexpr (std::is_pointer_v<U> || std::is_null_pointer_v<U>) {
        return 2 + 2 * sizeof(void*) + (regions ? 12 : 0);  // "0x" digits " (static_ro)"
    } else if constexpr (__is_enum(U)) {
        const std::size_t number = column_chars<std::underlying_type_t<U>>(regions);
        return longest_enumerator<U>() == 0 ? number : longest_enumerator<U>() + 3 + number;
    } else if constexpr (std::is_integral_v<U>) {
        return static_cast<std::size_t>(std::numeric_limits<U>::digits10) + 1 + (std::is_signed_v<U> ? 1 : 0);
    } else {
        return 0;
    }
}

// Writes a member's value from its bytes; nothing for members without a printable value.
// Pointers say where they point when `regions` is given.
template <class U>
char* write_value(char* out, const unsigned char* bytes, const region_map* regions) {
    if constexpr (std_array_traits<U>::value) {
        if constexpr (has_printed_value<U>()) {
            using E = std::remove_cv_t<typename std_array_traits<U>::element>;
            *out++ = '{';
            for (std::size_t i = 0; i < std_array_traits<U>::count; ++i) {
                if (i != 0) {
                    out[0] = ',';
                    out[1] = ' ';
                    out += 2;
                }
                out = write_value<E>(out, bytes + i * sizeof(E), regions);
            }
            *out++ = '}';
        }
        return out;
    } else if constexpr (std::is_same_v<U, bool>) {
        if (bytes[0] > 1) return write_integer(std::copy_n("invalid bool ", 13, out), static_cast<unsigned>(bytes[0]));
        return bytes[0] == 1 ? std::copy_n("true", 4, out) : std::copy_n("false", 5, out);
    } else if constexpr (is_narrow_character<U>) {
        const int code = static_cast<int>(static_cast<U>(bytes[0]));
        if (code < 0x20 || code >= 0x7f) return write_integer(out, code);
        out[0] = '\'';
        out[1] = static_cast<char>(code);
        out[2] = '\'';
        out[3] = ' ';
        out[4] = '(';
        out = write_integer(out + 5, code);
        *out++ = ')';
        return out;
    } else if constexpr (is_wide_character<U>) {
        U value{};
        std::memcpy(&value, bytes, sizeof value);
        return fmt::format_to(out, FMT_COMPILE("U+{:04X}"), static_cast<std::uint32_t>(value));
    } else if constexpr (__is_enum(U)) {
        // The enumerator and its value, "green (1)"; the value alone where none has it.
        std::underlying_type_t<U> value{};
        std::memcpy(&value, bytes, sizeof value);
        const std::string_view name = enumerator_names<U>::of(static_cast<long long>(value));
        if (name.empty()) return write_integer(out, +value);
        out = std::copy(name.begin(), name.end(), out);
        out[0] = ' ';
        out[1] = '(';
        out = write_integer(out + 2, +value);
        *out++ = ')';
        return out;
    } else if constexpr (std::is_pointer_v<U> || std::is_null_pointer_v<U>) {
        std::uintptr_t value = 0;
        std::memcpy(&value, bytes, sizeof(U) < sizeof value ? sizeof(U) : sizeof value);
        if (value == 0) return std::copy_n("nullptr", 7, out);
        out[0] = '0';
        out[1] = 'x';
        out = std::to_chars(out + 2, out + 2 + 2 * sizeof value, value, 16).ptr;
        if (regions == nullptr) return out;
        const std::string_view where = to_string(regions->of(reinterpret_cast<const void*>(value)));
        out[0] = ' ';
        out[1] = '(';
        out = std::copy(where.begin(), where.end(), out + 2);
        *out++ = ')';
        return out;
    } else if constexpr (std::is_integral_v<U>) {
        U value{};
        std::memcpy(&value, bytes, sizeof value);
        return write_integer(out, value);
    } else if constexpr (std::is_floating_point_v<U>) {
        U value{};
        std::memcpy(&value, bytes, sizeof value);
        return write_floating(out, value);
    } else {
        return out;
    }
}

// A bit-field's value: its Width bits from bit Shift of the storage unit's bytes (the target
// is little-endian: memlayout refuses others), sign-extended where U is signed, then written
// as a U (an enum by its enumerator, a bool as true or false).
template <class U, std::size_t Shift, std::size_t Width>
char* write_bit_field(char* out, const unsigned char* bytes, const region_map* regions) {
    static_assert(Width != 0 && Shift + Width <= 64);
    std::uint64_t bits = 0;
    for (std::size_t k = 0; k < byte_end(Shift + Width); ++k) bits |= std::uint64_t{bytes[k]} << (8 * k);
    bits >>= Shift;
    if constexpr (Width < 64) bits &= (std::uint64_t{1} << Width) - 1;
    using Integer = typename std::conditional_t<__is_enum(U), std::underlying_type<U>, std::type_identity<U>>::type;
    if constexpr (std::is_signed_v<Integer> && Width < 64)
        if ((bits >> (Width - 1)) & 1) bits |= ~std::uint64_t{0} << Width;
    const Integer value = static_cast<Integer>(bits);
    unsigned char image[sizeof(U)];
    std::memcpy(image, &value, sizeof image);
    return write_value<U>(out, image, regions);
}

// Whether a member's value can be printed: a bit-field's, when its bits fit one 64-bit read; no
// C array's or anonymous member's, and none where the member is not a U (Clang walks a class
// with an anonymous member, where aggregate initialization shows a C array's element type).
template <class U>
constexpr bool has_printed_member(const field& f) noexcept {
    if (f.is_bit_field()) return integral_or_enum<U> && f.bit_offset - 8 * f.offset + f.bit_width <= 64;
    if (f.anonymous || f.rank != 0 || f.flexible || f.size != sizeof(U)) return false;
    return has_printed_value<U>();
}

using value_writer = char* (*)(char*, const unsigned char*, const region_map*);

// The writer of member I of a type shaped Shape (a bit-field's, or its type's), called with
// the member's bytes (a bit-field's storage unit).
template <class U, const layout* Shape, std::size_t I>
constexpr value_writer member_writer() noexcept {
    constexpr field f = Shape->fields[I];
    if constexpr (f.is_bit_field()) {
        if constexpr (has_printed_member<U>(f)) return &write_bit_field<U, f.bit_offset - 8 * f.offset, f.bit_width>;
        else return &write_value<void>;
    } else {
        return &write_value<U>;
    }
}

template <class Bound, const layout* Shape, class Index = std::make_index_sequence<Bound::size>>
struct value_writers;

template <class... M, const layout* Shape, std::size_t... I>
struct value_writers<bound_members<M...>, Shape, std::index_sequence<I...>> {
    using writer = value_writer;
    static constexpr std::array<writer, sizeof...(M) + 1> table{member_writer<std::remove_cv_t<M>, Shape, I>()..., nullptr};
    static constexpr std::array<std::size_t, sizeof...(M) + 1> most_chars{max_value_chars<std::remove_cv_t<M>>()..., 0};
    static constexpr std::array<bool, sizeof...(M) + 1> printed{has_printed_member<std::remove_cv_t<M>>(Shape->fields[I])...,
                                                               false};
    static constexpr std::size_t total_chars = (max_value_chars<std::remove_cv_t<M>>() + ... + 0);
    static constexpr std::array<std::size_t, sizeof...(M) + 1> columns[2] = {
        {column_chars<std::remove_cv_t<M>>(false)..., 0}, {column_chars<std::remove_cv_t<M>>(true)..., 0}};
};

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_VALUE_WRITER_HPP
