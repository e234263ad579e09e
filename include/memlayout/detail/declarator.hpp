// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_DECLARATOR_HPP
#define MEMLAYOUT_DETAIL_DECLARATOR_HPP

// How the printers spell a member: its declarator as C declares it (`m[3][4]`, `data[]`,
// `a:3`), `?` for a name the compiler at hand does not show, and the type before it.

#include <memlayout/layout.hpp>

#include <string>
#include <string_view>

namespace memlayout::detail {

// The compiler a layout was reflected with, for "name not visible to ...".
inline constexpr std::string_view reflecting_compiler =
#if defined(__clang__)
    "this Clang";
#elif defined(__GNUC__) && __GNUC__ == 12
    "GCC 12";
#else
    "this compiler";
#endif

// The member's name, or "?" where the compiler does not show it; a base's, as pahole calls it.
constexpr std::string_view shown_name(const field& f) noexcept {
    if (f.base) return "<ancestor>";
    return f.name_visible && !f.name.empty() ? f.name : std::string_view("?");
}

// The bytes the dumps show as a member's: a base's without its tail padding, which the class
// reuses for later members or leaves as its own padding (shown after it as such).
constexpr std::size_t shown_size(const field& f) noexcept {
    return f.base ? f.end() - f.offset : f.size;
}

// The end of the bytes the members before member i take (members may overlap: bit-fields share
// storage units; a member may sit in a base's tail padding).
constexpr std::size_t end_before(const layout& L, std::size_t i) noexcept {
    std::size_t end = 0;
    for (std::size_t k = 0; k < i; ++k) end = L.fields[k].end() > end ? L.fields[k].end() : end;
    return end;
}

// Whether the declarator spells extents: a C array (std::array is a class, spelled whole).
constexpr bool is_c_array(const field& f) noexcept {
    return f.kind == member_kind::array && (f.rank != 0 || f.flexible);
}

// `name`, `m[3][4]`, `data[]`, `a:3`.
inline std::string declarator(const field& f) {
    std::string text(shown_name(f));
    if (is_c_array(f)) {
        if (f.flexible) text += "[]";
        for (std::size_t i = f.flexible ? 1 : 0; i < f.rank && i < 4; ++i) text += '[' + std::to_string(f.extents[i]) + ']';
    }
    if (f.is_bit_field()) text += ':' + std::to_string(f.bit_width);
    return text;
}

// A member's name where a type is printed beside it (the dumps): `name`, `a:3`, `?:3`,
// `union {...}` for an anonymous member, `union {...} ?` where it may be a named one (GCC 12).
inline std::string label(const field& f) {
    if (f.anonymous)
        return std::string(f.kind == member_kind::union_type ? "union {...}" : "struct {...}") + (f.name_visible ? "" : " ?");
    std::string text(shown_name(f));
    if (f.is_bit_field()) text += ':' + std::to_string(f.bit_width);
    return text;
}

// The type as C declares it before the declarator: a C array's element type.
constexpr std::string_view declared_type(const field& f) noexcept {
    return is_c_array(f) ? f.element_type : f.type_name;
}

// The bits between a bit-field and the next member that no byte hole counts (pahole's
// "XXX N bits hole"): the next member's first bit, less the bit-field's end and the hole's
// bytes; after the last member, the rest of the members' storage (pahole's "bit_padding").
constexpr std::size_t bits_hole_after(const layout& L, std::size_t i, std::size_t byte_hole) noexcept {
    const field& f = L.fields[i];
    if (!f.is_bit_field() || L.is_union) return 0;
    const std::size_t end = f.bit_offset + f.bit_width;
    // After the last member: to the end of the storage the members take (the last bit-field may
    // sit inside a wider unit of an earlier one: `long long big : 40; char last : 1;`).
    std::size_t next = L.members_end() * 8;
    if (i + 1 < L.fields.size()) {
        const field& n = L.fields[i + 1];
        next = n.is_bit_field() ? n.bit_offset : n.offset * 8;
    }
    return next > end + 8 * byte_hole ? next - end - 8 * byte_hole : 0;
}

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_DECLARATOR_HPP
