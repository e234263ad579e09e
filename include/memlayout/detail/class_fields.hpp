// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_CLASS_FIELDS_HPP
#define MEMLAYOUT_DETAIL_CLASS_FIELDS_HPP

// A C++ class's layout from its parts, whoever lists them (a Boost.Describe description,
// described_class.hpp; Clang's walk, walked_class.hpp): each part's place is the compiler's own,
// read before these run. Here: the vptr, the order of offsets, an alignas seen in an offset,
// the check that the compiler's figures make a layout, and the byte map.

#include <memlayout/abi.hpp>
#include <memlayout/detail/byte_probe.hpp>
#include <memlayout/detail/placement.hpp>
#include <memlayout/detail/type_name.hpp>
#include <memlayout/layout.hpp>

#include <array>
#include <cstddef>
#include <span>
#include <string_view>

namespace memlayout::detail {

// A layout of T on the host, whoever reflected it (aggregate reflection, a description, a walk).
template <class T>
constexpr layout host_layout(std::span<const field> fields, std::size_t packing, verification checked) noexcept {
    return layout{type_name_v<T>, sizeof(T), alignof(T), fields, abi::native_name, packing, checked, false};
}

// The vptr's name as the compiler gives it in its debug information: "_vptr." (Clang:
// "_vptr$") and the class's name without its scope or template arguments.
template <class T>
inline constexpr auto vptr_name = [] {
    constexpr std::string_view full = type_name_v<T>;
    constexpr std::size_t end = full.find('<') == std::string_view::npos ? full.size() : full.find('<');
    constexpr std::size_t scope = full.substr(0, end).rfind("::");
    constexpr std::size_t begin = scope == std::string_view::npos ? 0 : scope + 2;
    std::array<char, 6 + end - begin> text{};
    constexpr std::string_view prefix =
#if defined(__clang__)
        "_vptr$";
#else
        "_vptr.";
#endif
    for (std::size_t i = 0; i < 6; ++i) text[i] = prefix[i];
    for (std::size_t i = begin; i < end; ++i) text[6 + i - begin] = full[i];
    return text;
}();

// The vptr of a polymorphic T without a polymorphic base: at offset 0 in the Itanium C++ ABI.
template <class T>
constexpr field vptr_field() noexcept {
    field f;
    f.name = std::string_view(vptr_name<T>.data(), vptr_name<T>.size());
    f.type_name = "int (**)(void)";
    f.size = sizeof(void*);
    f.align = alignof(void*);
    f.kind = member_kind::pointer;
    f.vptr = true;
    return f;
}

// What the checks and the byte map need of a part besides its field. Flags rather than null
// pointers: a pointer's comparison with null is no constant expression under -fsanitize=null.
struct class_part {
    bool takes_bytes = true;   // an empty base or member takes none
    bool seen_into = false;    // a base whose members memlayout lays out: its tail is known
    bool whole = false;        // every byte is data (the vptr)
    const bool* data_bytes = nullptr;
};

// Each part's place in the order of offsets; at one offset, in the declared order (an empty
// base before the member that shares its address).
template <std::size_t N>
constexpr std::array<std::size_t, N + 1> offset_order(const std::array<field, N>& declared) noexcept {
    std::array<std::size_t, N + 1> o{};
    for (std::size_t i = 0; i < N; ++i) o[i] = i;
    for (std::size_t i = 1; i < N; ++i)
        for (std::size_t k = i; k > 0 && declared[o[k - 1]].offset > declared[o[k]].offset; --k) {
            const std::size_t moved = o[k];
            o[k] = o[k - 1];
            o[k - 1] = moved;
        }
    return o;
}

// The parts in the order of their offsets. A member placed beyond where its type's alignment
// would put it after the parts before it has an alignas: its alignment is the largest power of
// two its offset is a multiple of (no more than T's).
template <class T, std::size_t N>
constexpr std::array<field, N> in_offset_order(const std::array<field, N>& declared,
                                               const std::array<std::size_t, N + 1>& order) noexcept {
    std::array<field, N> out{};
    for (std::size_t i = 0; i < N; ++i) out[i] = declared[order[i]];
    std::size_t end = 0;
    for (field& f : out) {
        if (!f.base && !f.vptr && f.offset > round_up(end, f.align)) {
            const std::size_t a = largest_alignment_of(f.offset, alignof(T));
            if (a > f.align) f.align = a;
        }
        end = f.end() > end ? f.end() : end;
    }
    return out;
}

// The compiler's figures must be a layout: every part inside T, no two parts sharing a byte,
// the vptr's bytes no base's or member's, and a part sharing a base's bytes only in the base's
// tail padding (the Itanium ABI puts later bases and members there: a base that is not a POD
// for layout). A member of a base listed as T's own would share the base's bytes.
template <class T, std::size_t N>
constexpr bool parts_agree(const std::array<field, N>& declared, const std::array<class_part, N + 1>& parts) noexcept {
    const auto overlap = [](const field& a, const field& b) {
        return a.size != 0 && b.size != 0 && a.offset < b.offset + b.size && b.offset < a.offset + a.size;
    };
    for (std::size_t i = 0; i < N; ++i) {
        if (declared[i].offset + declared[i].size > sizeof(T)) return false;
        for (std::size_t k = i + 1; k < N; ++k) {
            if (!parts[i].takes_bytes || !parts[k].takes_bytes) continue;
            const bool i_first = declared[i].offset <= declared[k].offset;
            const field& a = i_first ? declared[i] : declared[k];
            const field& b = i_first ? declared[k] : declared[i];
            if (!overlap(a, b)) continue;
            // b in a's tail padding; a base memlayout cannot see into may have any.
            if (a.base && !b.vptr && b.offset > a.offset && (!parts[i_first ? i : k].seen_into || b.offset >= a.end()))
                continue;
            return false;
        }
    }
    return true;
}

// The bytes of T its parts' data takes.
template <class T, std::size_t N>
constexpr byte_mask<sizeof(T)> class_data_bytes(const std::array<field, N>& declared,
                                                const std::array<class_part, N + 1>& parts) noexcept {
    byte_mask<sizeof(T)> bytes;
    for (std::size_t k = 0; k < N; ++k) {
        const field& f = declared[k];
        for (std::size_t b = 0; b < f.size && f.offset + b < sizeof(T); ++b)
            if (parts[k].whole || parts[k].data_bytes[b]) bytes.data[f.offset + b] = true;
    }
    return bytes;
}

// `#pragma pack` seen in T: T less aligned than its parts.
template <class T, std::size_t N>
constexpr std::size_t packing_of(const std::array<field, N>& declared) noexcept {
    std::size_t a = 1;
    for (const field& f : declared) a = f.align > a ? f.align : a;
    return alignof(T) < a ? alignof(T) : 0;
}

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_CLASS_FIELDS_HPP
