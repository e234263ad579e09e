// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_REPORT_HPP
#define MEMLAYOUT_REPORT_HPP

#include <memlayout/detail/standard_check.hpp>  // first: says when the standard is too old
#include <memlayout/detail/fmt.hpp>             // then: says when {fmt} is missing

// The pahole-style report of a layout: `fmt::print("{}", memlayout::layout_of<T>())`, or
// memlayout::report(L) as a string. Needs {fmt} (target memlayout::dump).

#include <memlayout/detail/declarator.hpp>
#include <memlayout/layout.hpp>
#include <memlayout/reorder.hpp>

#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>

namespace memlayout {

/// What the pahole-style report shows.
struct report_options {
    std::size_t cache_line = 64;  ///< bytes per cache line, for the boundary markers and counts
    bool expand = false;          ///< expand nested records in place, as `pahole -E`
    bool reorder = false;         ///< add the size `optimal_order` would give
};

namespace detail {

// The padding at the end of a member's own type, as pahole reports it ("last struct has N
// bytes of padding"): a record's tail padding; all of an empty std::array's one byte.
constexpr std::size_t member_tail_padding(const field& f) noexcept {
    if (f.base && f.size == 0) return 0;  // an empty base takes no bytes
    if (f.kind == member_kind::record && f.record != nullptr) return f.record->tail_padding();
    if (f.kind == member_kind::array && f.count == 0) return f.size;
    return 0;
}

// The widths of the type and name columns: pahole's 26 and 21 characters, or more where a
// type or a name is longer, so that the offset and size columns stay aligned.
struct report_columns {
    std::size_t type = 26;
    std::size_t name = 21;
};

// Said of a union whose later members are listed flat (layout::flattened).
inline constexpr std::string_view flattened_note =
    " /* members of nested anonymous structs listed flat, each at its own offset */";

// Whether a member is printed as its members, in place: an anonymous union or struct, or a
// nested record when the report expands them.
constexpr bool printed_in_place(const field& f, const report_options& options) noexcept {
    return f.record != nullptr && (f.anonymous || options.expand);
}

inline void widen_columns(const layout& L, const report_options& options, report_columns& columns) {
    for (const field& f : L.fields) {
        if (printed_in_place(f, options)) {
            widen_columns(*f.record, options, columns);
            continue;
        }
        if (f.anonymous) continue;  // one block, whatever the columns
        const std::string_view type = declared_type(f);
        const std::size_t name = declarator(f).size() + 1;  // "name;"
        columns.type = type.size() > columns.type ? type.size() : columns.type;
        columns.name = name > columns.name ? name : columns.name;
    }
}

// Writes L's members at `depth` tabs; `line` is the cache line the report has reached, shared
// by nested records, so that each boundary is marked once.
template <class Out>
Out write_members(Out out, const layout& L, const report_options& options, const report_columns& columns,
                  std::size_t base, int depth, std::size_t& line) {
    const std::string indent(static_cast<std::size_t>(depth), '\t');
    auto holes = L.holes();
    auto next_hole = holes.begin();
    for (std::size_t i = 0; i < L.fields.size(); ++i) {
        const field& f = L.fields[i];
        const std::size_t offset = base + f.offset;
        if (offset / options.cache_line > line) {
            line = offset / options.cache_line;
            const std::size_t boundary = line * options.cache_line;
            if (offset == boundary)
                out = fmt::format_to(out, "{}/* --- cacheline {} boundary ({} bytes) --- */\n", indent, line, boundary);
            else
                out = fmt::format_to(out, "{}/* --- cacheline {} boundary ({} bytes) was {} byte{} ago --- */\n", indent,
                                     line, boundary, offset - boundary, offset - boundary == 1 ? "" : "s");
        }
        if (printed_in_place(f, options)) {
            if (f.anonymous)
                out = fmt::format_to(out, "{}{} {{{}\n", indent, f.record->is_union ? "union" : "struct",
                                     f.record->flattened ? flattened_note : "");
            else out = fmt::format_to(out, "{}{} {{{}\n", indent, f.type_name, f.base ? " /* <ancestor> */" : "");
            out = write_members(out, *f.record, options, columns, offset, depth + 1, line);
            out = fmt::format_to(out, "{}}}{}{}; /* {:>5} {:>5} */\n", indent, f.anonymous || f.base ? "" : " ", f.name,
                                 offset, f.size);
        } else if (f.anonymous) {
            // An anonymous union or struct memlayout cannot look into: one block.
            out = fmt::format_to(out, "{}{:<{}} /* {:>5} {:>5} */\n", indent,
                                 fmt::format("{} {{ /* members not reflected */ }};",
                                             f.kind == member_kind::union_type ? "union" : "struct"),
                                 columns.type + columns.name + 1, offset, f.size);
        } else if (f.base) {
            // pahole's line for a base-class subobject: a comment, as it declares nothing.
            out = fmt::format_to(out, "{}{:<{}} /* {:>5} {:>5} */\n", indent,
                                 fmt::format("/* {:<{}} <ancestor>; */", f.type_name, columns.type - 3),
                                 columns.type + columns.name + 1, offset, f.size);
        } else if (f.is_bit_field()) {
            out = fmt::format_to(out, "{}{:<{}} {:<{}} /* {:>5}:{:>2} {:>5} */{}\n", indent, declared_type(f), columns.type,
                                 declarator(f) + ';', columns.name, offset, base * 8 + f.bit_offset - offset * 8, f.size,
                                 f.name_visible ? std::string() : fmt::format(" /* name not visible to {} */", reflecting_compiler));
        } else {
            out = fmt::format_to(out, "{}{:<{}} {:<{}} /* {:>5} {:>5} */{}\n", indent, declared_type(f), columns.type,
                                 declarator(f) + ';', columns.name, offset, f.size,
                                 f.name_visible ? std::string() : fmt::format(" /* name not visible to {} */", reflecting_compiler));
        }
        if (const std::size_t tail = member_tail_padding(f); tail != 0) {
            out = fmt::format_to(out, "\n{}/* XXX last struct has {} byte{} of padding */\n", indent, tail,
                                 tail == 1 ? "" : "s");
        }
        const std::size_t byte_hole = next_hole != holes.end() && (*next_hole).after == i ? (*next_hole).size : 0;
        if (const std::size_t bits = bits_hole_after(L, i, byte_hole); bits != 0 && i + 1 < L.fields.size())
            out = fmt::format_to(out, "\n{}/* XXX {} bit{} hole, try to pack */\n", indent, bits, bits == 1 ? "" : "s");
        if (byte_hole != 0) {
            const std::size_t size = byte_hole;
            out = fmt::format_to(out, "\n{}/* XXX {} byte{} hole, try to pack */\n\n", indent, size, size == 1 ? "" : "s");
            ++next_hole;
        }
    }
    return out;
}

}  // namespace detail

/// Writes the pahole-style report of `L` to `out`: one line per member with its type, name,
/// `/* offset size */`, the holes, the cache-line boundaries, and pahole's footer.
template <class Out>
Out write_report(Out out, const layout& L, const report_options& options = {}) {
    out = fmt::format_to(out, "{} {}", L.is_union ? "union" : "struct", L.type_name);
    const char* separator = " : ";
    for (const field& f : L.fields)
        if (f.base) {
            out = fmt::format_to(out, "{}{}", separator, f.type_name);
            separator = ", ";
        }
    out = fmt::format_to(out, " {{{}\n", L.flattened ? detail::flattened_note : "");
    detail::report_columns columns;
    detail::widen_columns(L, options, columns);
    std::size_t line = 0;
    out = detail::write_members(out, L, options, columns, 0, 1, line);
    std::size_t sum_holes = 0;
    for (const hole h : L.holes()) sum_holes += h.size;
    std::size_t paddings = 0;
    std::size_t sum_paddings = 0;
    for (const field& f : L.fields)
        if (const std::size_t tail = detail::member_tail_padding(f); tail != 0) {
            ++paddings;
            sum_paddings += tail;
        }
    const std::size_t lines = (L.size + options.cache_line - 1) / options.cache_line;
    out = fmt::format_to(out, "\n\t/* size: {}, cachelines: {}, members: {} */\n", L.size, lines, L.fields.size());
    if (!L.holes().empty()) {
        // pahole's sum: the bytes of the members that are not bit-fields (those have their own line);
        // a base's without the tail padding the class reuses or leaves as its own.
        std::size_t sum_members = 0;
        for (const field& f : L.fields)
            if (!f.is_bit_field()) sum_members += f.base ? f.end() - f.offset : f.size;
        out = fmt::format_to(out, "\t/* sum members: {}, holes: {}, sum holes: {} */\n", L.is_union ? L.member_bytes() : sum_members,
                             L.holes().size(), sum_holes);
    }
    std::size_t bit_field_bits = 0;
    std::size_t bit_holes = 0;
    std::size_t sum_bit_holes = 0;
    {
        auto h = L.holes().begin();
        for (std::size_t i = 0; i < L.fields.size(); ++i) {
            const std::size_t byte_hole = h != L.holes().end() && (*h).after == i ? (*h).size : 0;
            if (byte_hole != 0) ++h;
            if (!L.fields[i].is_bit_field()) continue;
            bit_field_bits += L.fields[i].bit_width;
            if (i + 1 == L.fields.size()) continue;
            if (const std::size_t bits = detail::bits_hole_after(L, i, byte_hole); bits != 0) {
                ++bit_holes;
                sum_bit_holes += bits;
            }
        }
    }
    if (bit_field_bits != 0 && bit_holes != 0)
        out = fmt::format_to(out, "\t/* sum bitfield members: {} bits, bit holes: {}, sum bit holes: {} bits */\n",
                             bit_field_bits, bit_holes, sum_bit_holes);
    else if (bit_field_bits != 0)
        out = fmt::format_to(out, "\t/* sum bitfield members: {} bits ({} bytes) */\n", bit_field_bits, bit_field_bits / 8);
    if (!L.fields.empty() && L.fields.back().is_bit_field())
        if (const std::size_t bits = detail::bits_hole_after(L, L.fields.size() - 1, 0); bits != 0)
            out = fmt::format_to(out, "\t/* bit_padding: {} bits */\n", bits);
    if (L.tail_padding() != 0 && !L.fields.empty()) out = fmt::format_to(out, "\t/* padding: {} */\n", L.tail_padding());
    if (paddings != 0) out = fmt::format_to(out, "\t/* paddings: {}, sum paddings: {} */\n", paddings, sum_paddings);
    if (L.size % options.cache_line != 0)
        out = fmt::format_to(out, "\t/* last cacheline: {} bytes */\n", L.size % options.cache_line);
    if (L.checked == verification::described)
        out = fmt::format_to(out, "\t/* memlayout: members as described; {} cannot list them: one left out shows as padding */\n",
                             detail::reflecting_compiler);
    if (options.reorder) {
        const reorder_advice advice = optimal_order(L, options.cache_line);
        if (advice.saved_bytes != 0)
            out = fmt::format_to(out, "\t/* memlayout: largest alignment first, {} bytes: saves {} bytes, {} cachelines{} */\n",
                                 advice.size, advice.saved_bytes, advice.cache_lines_before - advice.cache_lines,
                                 advice.exact ? "" : " (if no member has an alignas that did not move it)");
        else
            out = fmt::format_to(out, "\t/* memlayout: no member order is smaller */\n");
    }
    if (L.packing != 0) return fmt::format_to(out, "}} __attribute__((__packed__)); /* packed to {} */\n", L.packing);
    return fmt::format_to(out, "}};\n");
}

/// The pahole-style report of `L` as a string.
inline std::string report(const layout& L, const report_options& options = {}) {
    std::string text;
    write_report(std::back_inserter(text), L, options);
    return text;
}

}  // namespace memlayout

/// `fmt::print("{}", memlayout::layout_of<T>())` prints the pahole-style report. The format
/// spec takes `e` (expand nested records, as pahole -E), `r` (add the reorder advice) and
/// `c` followed by a cache-line size (`{:c128}`), in any order: `{:ec32}`.
template <>
struct fmt::formatter<memlayout::layout> {
    memlayout::report_options options;

    constexpr auto parse(fmt::format_parse_context& context) {
        auto it = context.begin();
        while (it != context.end() && *it != '}') {
            if (*it == 'e') {
                options.expand = true;
                ++it;
            } else if (*it == 'r') {
                options.reorder = true;
                ++it;
            } else if (*it == 'c') {
                std::size_t line = 0;
                for (++it; it != context.end() && *it >= '0' && *it <= '9'; ++it) line = line * 10 + (*it - '0');
                if (line == 0) throw fmt::format_error("memlayout: {:c...} needs a cache-line size, e.g. {:c64}");
                options.cache_line = line;
            } else {
                throw fmt::format_error("memlayout: a layout's format spec takes e, r and c<bytes>");
            }
        }
        return it;
    }

    template <class FormatContext>
    auto format(const memlayout::layout& L, FormatContext& context) const {
        return memlayout::write_report(context.out(), L, options);
    }
};

#endif  // MEMLAYOUT_REPORT_HPP
