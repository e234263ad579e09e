// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_BYTE_PROBE_HPP
#define MEMLAYOUT_DETAIL_BYTE_PROBE_HPP

#include <array>
#include <bit>
#include <cstddef>
#include <type_traits>
#include <utility>

namespace memlayout::detail {

// The compiler's own byte map of a type. std::bit_cast of a value-initialised U in a
// constant expression yields its object representation; a byte that comes from padding
// is indeterminate, and reading it is not a constant expression, so a requires-expression
// tells data from padding byte by byte. Types with pointers, unions, references or
// volatile members have no constant image and are not probed.
template <std::size_t N>
struct byte_image {
    unsigned char bytes[N];
};

template <class U>
constexpr std::array<unsigned char, sizeof(U)> value_image() noexcept {
    return std::bit_cast<std::array<unsigned char, sizeof(U)>>(U{});
}

// Arrays are probed by their element (a zero-length array, `char pad[0]`, has no image).
template <class U>
concept has_constant_image =
    !std::is_array_v<U> && sizeof(U) != 0 && __is_trivially_copyable(U) && requires { typename std::bool_constant<(value_image<U>(), true)>; };

template <class U, std::size_t K>
concept defined_byte = requires { typename std::integral_constant<unsigned char, value_image<U>()[K]>; };

// One concept check per byte: used only for leaf types (scalars, enums, opaque classes),
// once per type per translation unit. Records are checked whole, against their model.
// Which bytes of an object hold data: true for data, false for padding.
template <std::size_t N>
struct byte_mask {
    bool data[N]{};
};

template <class U, std::size_t... K>
constexpr byte_mask<sizeof(U)> probe_bytes(std::index_sequence<K...>) noexcept {
    return {{defined_byte<U, K>...}};
}

template <class U>
inline constexpr byte_mask<sizeof(U)> probed_data_bytes = probe_bytes<U>(std::make_index_sequence<sizeof(U)>{});

// The bytes of a record's members that hold data, member by member: where each member lies, how
// many bytes it has (0: none, a flexible array member), and which of them hold data: every one
// where `whole` says so (no map read), else those its type's map marks. A flag, not a null map:
// comparing a pointer with null is no constant expression under -fsanitize=null.
struct member_data_bytes {
    std::size_t count = 0;
    const std::size_t* offsets = nullptr;
    const std::size_t* sizes = nullptr;
    const bool* const* maps = nullptr;
    const bool* whole = nullptr;
};

// Sums the bytes of U's image that its members' types say hold data. A constant expression
// exactly when none of them is padding in U's image: the compiler's byte map, checked member by
// member, with no map of U's own bytes made for it.
template <class U, const member_data_bytes& members>
constexpr unsigned sum_of_member_data_bytes() noexcept {
    const auto image = std::bit_cast<byte_image<sizeof(U)>>(U{});
    unsigned sum = 0;
    for (std::size_t i = 0; i < members.count; ++i) {
        const std::size_t offset = members.offsets[i];
        const std::size_t size = offset + members.sizes[i] <= sizeof(U) ? members.sizes[i] : sizeof(U) - offset;
        if (members.whole[i]) {
            for (std::size_t k = offset; k < offset + size; ++k) sum += image.bytes[k];
        } else {
            const bool* map = members.maps[i];
            for (std::size_t k = 0; k < size; ++k)
                if (map[k]) sum += image.bytes[offset + k];
        }
    }
    return sum;
}
template <class U, const member_data_bytes& members>
concept member_data_bytes_defined =
    requires { typename std::integral_constant<unsigned, sum_of_member_data_bytes<U, members>()>; };

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_BYTE_PROBE_HPP
