// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_JSON_HPP
#define MEMLAYOUT_JSON_HPP

#include <memlayout/detail/standard_check.hpp>  // first: says when the standard is too old
#include <memlayout/detail/fmt.hpp>             // then: says when {fmt} is missing

// Layouts as JSON (schema memlayout.layout/4) and snapshots of several layouts, to commit
// and compare later. Needs {fmt} (target memlayout::dump).

#include <memlayout/layout.hpp>
#include <memlayout/reflect.hpp>

#include <array>
#include <iterator>
#include <span>
#include <string>
#include <string_view>

namespace memlayout {

namespace detail {

template <class Out>
Out write_json_string(Out out, std::string_view text) {
    *out++ = '"';
    for (const char c : text) {
        switch (c) {
            case '"': out = fmt::format_to(out, "\\\""); break;
            case '\\': out = fmt::format_to(out, "\\\\"); break;
            case '\n': out = fmt::format_to(out, "\\n"); break;
            case '\t': out = fmt::format_to(out, "\\t"); break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) out = fmt::format_to(out, "\\u{:04x}", static_cast<unsigned>(c));
                else *out++ = c;
        }
    }
    *out++ = '"';
    return out;
}

constexpr std::string_view kind_name(member_kind kind) noexcept {
    switch (kind) {
        case member_kind::fundamental: return "fundamental";
        case member_kind::enumeration: return "enumeration";
        case member_kind::pointer: return "pointer";
        case member_kind::function_pointer: return "function_pointer";
        case member_kind::member_pointer: return "member_pointer";
        case member_kind::record: return "record";
        case member_kind::array: return "array";
        case member_kind::union_type: return "union";
        case member_kind::opaque: return "opaque";
    }
    return "unknown";
}

constexpr std::string_view verification_name(verification v) noexcept {
    switch (v) {
        case verification::byte_map: return "byte_map";
        case verification::addresses: return "addresses";
        case verification::size_and_alignment: return "size_and_alignment";
        case verification::described: return "described";
        case verification::predicted: return "predicted";
        case verification::checked_per_object: return "checked_per_object";
    }
    return "unknown";
}

template <class Out>
Out write_json(Out out, const layout& L) {
    out = fmt::format_to(out, "{{\"schema\":\"memlayout.layout/4\",\"type\":");
    out = write_json_string(out, L.type_name);
    out = fmt::format_to(out, ",\"target\":");
    out = write_json_string(out, L.target);
    out = fmt::format_to(out, ",\"size\":{},\"align\":{},\"packing\":{},\"checked\":\"{}\",", L.size, L.align, L.packing,
                         verification_name(L.checked));
    if (L.is_union) out = fmt::format_to(out, "\"union\":true,");
    if (L.flattened) out = fmt::format_to(out, "\"flattened\":true,");
    out = fmt::format_to(out, "\"members\":[");
    for (std::size_t i = 0; i < L.fields.size(); ++i) {
        const field& f = L.fields[i];
        out = fmt::format_to(out, "{}{{\"name\":", i == 0 ? "" : ",");
        out = write_json_string(out, f.name);
        out = fmt::format_to(out, ",\"type\":");
        out = write_json_string(out, f.type_name);
        out = fmt::format_to(out, ",\"kind\":\"{}\",\"offset\":{},\"size\":{},\"align\":{}", kind_name(f.kind), f.offset,
                             f.size, f.align);
        if (f.is_integral) out = fmt::format_to(out, ",\"signed\":{}", f.is_signed);
        if (f.kind == member_kind::enumeration) {
            out = fmt::format_to(out, ",\"underlying\":");
            out = write_json_string(out, f.underlying_type);
        }
        if (f.kind == member_kind::array) {
            out = fmt::format_to(out, ",\"element\":");
            out = write_json_string(out, f.element_type);
            out = fmt::format_to(out, ",\"count\":{}", f.count);
            if (f.rank != 0) {
                out = fmt::format_to(out, ",\"extents\":[");
                for (std::size_t k = 0; k < f.rank && k < 4; ++k) out = fmt::format_to(out, "{}{}", k == 0 ? "" : ",", f.extents[k]);
                *out++ = ']';
            }
            if (f.flexible) out = fmt::format_to(out, ",\"flexible\":true");
        }
        if (f.is_bit_field()) out = fmt::format_to(out, ",\"bit_offset\":{},\"bit_width\":{}", f.bit_offset, f.bit_width);
        if (f.anonymous) out = fmt::format_to(out, ",\"anonymous\":true");
        if (f.base) out = fmt::format_to(out, ",\"base\":true,\"base_data_size\":{}", f.base_data_size);
        if (f.vptr) out = fmt::format_to(out, ",\"vptr\":true");
        if (!f.name_visible) out = fmt::format_to(out, ",\"name_visible\":false");
        if (f.position_from_rules) out = fmt::format_to(out, ",\"position_from_rules\":true");
        if (f.record != nullptr) {
            out = fmt::format_to(out, ",\"record\":");
            out = write_json(out, *f.record);
        }
        *out++ = '}';
    }
    out = fmt::format_to(out, "],\"holes\":[");
    bool first = true;
    for (const hole h : L.holes()) {
        out = fmt::format_to(out, "{}{{\"offset\":{},\"size\":{},\"after\":", first ? "" : ",", h.offset, h.size);
        out = write_json_string(out, L.fields[h.after].name);
        *out++ = '}';
        first = false;
    }
    return fmt::format_to(out, "],\"tail_padding\":{},\"padding_bytes\":{}}}", L.tail_padding(), L.padding_bytes());
}

}  // namespace detail

/// The layout as JSON, schema "memlayout.layout/4" (see docs/json.md): type, target, size,
/// align, packing, checked, members (name, type, kind, offset, size, align; signed for
/// integers, characters and enums; underlying for enums; element and count for arrays, and
/// for C arrays extents and flexible; bit_offset and bit_width for bit-fields; anonymous,
/// name_visible: false, position_from_rules: true where they hold; record: the nested layout),
/// union: true for a union, flattened: true where a union's later members are listed flat, holes (offset, size,
/// after: the member the hole follows), tail_padding, padding_bytes.
inline std::string to_json(const layout& L) {
    std::string text;
    detail::write_json(std::back_inserter(text), L);
    return text;
}

/// A snapshot of several layouts, schema "memlayout.snapshot/1": {"schema", "layouts": [...]},
/// one layout per line, to commit and compare later with `memlayout diff OLD.json NEW.json`.
inline std::string json_snapshot(std::span<const layout> layouts) {
    std::string text = "{\"schema\":\"memlayout.snapshot/1\",\"layouts\":[\n";
    for (std::size_t i = 0; i < layouts.size(); ++i) text += (i == 0 ? "" : ",\n") + to_json(layouts[i]);
    return text + "\n]}\n";
}

/// The snapshot of the layouts of T... on the host.
template <class... T>
std::string json_snapshot() {
    const std::array<layout, sizeof...(T)> layouts{layout_of<T>()...};
    return json_snapshot(layouts);
}

}  // namespace memlayout

#endif  // MEMLAYOUT_JSON_HPP
