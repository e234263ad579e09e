// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_TABLE_PLAN_HPP
#define MEMLAYOUT_DETAIL_TABLE_PLAN_HPP

#include <memlayout/detail/dump_plan.hpp>
#include <memlayout/detail/hex.hpp>
#include <memlayout/detail/number_writer.hpp>
#include <memlayout/detail/value_writer.hpp>
#include <memlayout/layout.hpp>
#include <memlayout/reflect.hpp>
#include <memlayout/region.hpp>

#include <memlayout/detail/fmt.hpp>  // first of {fmt}: says when it is missing
#include <fmt/color.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace memlayout::detail {

// A table's text, worked out once per type and set of options: the legend and the column
// headers, and the static text of a line (separators, padding markers, blanks) in pieces
// that go between the per-object parts (the index, the bytes, the values).
struct table_plan {
    struct piece {
        std::size_t first = 0;
        std::size_t count = 0;
    };
    std::string header;
    std::vector<char> text;  // the pieces, then 32 blanks: a piece is copied 32 bytes at a time
    // For each member i, and i = members for the tail: the text before the padding gap in
    // front of it (`lead`, when there is one) and the text before its bytes (`mid`; for the
    // tail, the text before the values).
    std::vector<piece> lead;
    std::vector<piece> mid;
    std::vector<std::size_t> value_width;  // a member's value column; 0 for the last one
    std::vector<unsigned char> masked;     // 1 for a member with padding inside
    std::size_t line_chars = 0;            // the most characters one line takes
    std::optional<plan_key> key;           // what it was built for; none yet

    piece add(std::string_view t) {
        const piece p{text.size(), t.size()};
        text.insert(text.end(), t.begin(), t.end());
        return p;
    }
};

// `printed`, `widths` and `most`: per member, whether it has a value, its value column's
// width and the most characters its value takes.
inline table_plan make_table_plan(const layout& L, const unsigned char* mask, const bool* printed, const std::size_t* widths,
                                  const std::size_t* most, const plan_key& key) {
    table_plan plan;
    plan.key = key;
    const bool color = key.color;
    const bool show_padding = key.show_padding;
    const bool values = key.values;
    const std::size_t cache_line = key.cache_line;
    const std::size_t index_width = key.index_width;
    const auto style = [&](fmt::terminal_color c) { return color ? fmt::fg(c) : fmt::text_style{}; };
    const std::size_t members = L.fields.size();

    // The columns in offset order: each member, and each padding gap (member == members).
    struct column {
        std::string_view label;
        std::size_t offset;
        std::size_t size;
        std::size_t member;
        std::size_t content;  // characters written: the hex, or ".."
        std::size_t width;
    };
    std::vector<column> columns;
    std::vector<std::string> labels;  // the members' labels, which the columns view
    labels.reserve(members);
    for (const field& f : L.fields) labels.push_back(label(f));
    const auto add = [&](std::string_view label, std::size_t offset, std::size_t size, std::size_t member) {
        const std::size_t content = member == members && !show_padding ? 2 : 2 * size;
        columns.push_back({label, offset, size, member, content, std::max({label.size(), decimal_digits_of(offset), content})});
    };
    std::size_t end = 0;
    for (std::size_t i = 0; i < members; ++i) {
        const field& f = L.fields[i];
        if (f.offset > end) add("..", end, f.offset - end, members);
        add(labels[i], f.offset, shown_size(f), i);
        end = std::max(end, f.end());
    }
    if (L.size > end) add("..", end, L.size - end, members);
    // '|' before the column in which a cache line begins, ' ' before the others.
    const auto separator = [&](std::size_t c) -> std::string_view {
        const std::size_t first = columns[c].offset;
        const std::size_t last = first + std::max<std::size_t>(columns[c].size, 1) - 1;
        if (c == 0) return "";
        // Bit-fields share their storage unit's bytes: a column at or before the previous
        // one's offset begins no line.
        const bool begins = first % cache_line == 0 && first > columns[c - 1].offset;
        return begins || first / cache_line != last / cache_line ? "|" : " ";
    };
    std::vector<std::size_t> valued;
    for (std::size_t i = 0; i < members && values; ++i)
        if (printed[i]) valued.push_back(i);

    plan.header = fmt::format(
        "{}\n", fmt::styled(fmt::format("one line per object: each member's bytes in hex ({}; '__': padding inside a member; "
                                        "'|': a {}-byte cache line begins){}",
                                        show_padding ? "padding gaps shown because asked: indeterminate"
                                                     : "'..': a padding gap, indeterminate, not shown",
                                        cache_line, valued.empty() ? "" : ", then the values"),
                            style(fmt::terminal_color::bright_black)));
    std::string names = fmt::format("{:>{}}  ", "object", index_width);
    std::string offsets = fmt::format("{:>{}}  ", "offset", index_width);
    for (std::size_t c = 0; c < columns.size(); ++c) {
        names += separator(c);
        offsets += separator(c);
        const bool gap = columns[c].member == members;
        names += fmt::format("{:<{}}", fmt::styled(columns[c].label, style(gap ? fmt::terminal_color::bright_black
                                                                               : fmt::terminal_color::cyan)),
                             columns[c].width);
        offsets += fmt::format("{:<{}}", columns[c].offset, columns[c].width);
    }
    plan.value_width.assign(members, 0);
    plan.masked.assign(members, 0);
    for (std::size_t i = 0; i < members; ++i)
        for (std::size_t k = 0; k < shown_size(L.fields[i]); ++k) plan.masked[i] |= mask[L.fields[i].offset + k] == 0 ? 1 : 0;
    for (std::size_t v = 0; v < valued.size(); ++v) {
        const bool last = v + 1 == valued.size();
        plan.value_width[valued[v]] = last ? 0 : std::max(labels[valued[v]].size(), widths[valued[v]]);
        names += "  ";
        names += fmt::format("{:<{}}", fmt::styled(labels[valued[v]], style(fmt::terminal_color::cyan)), plan.value_width[valued[v]]);
    }
    while (!names.empty() && names.back() == ' ') names.pop_back();
    while (!offsets.empty() && offsets.back() == ' ') offsets.pop_back();
    plan.header += names + "\n" + offsets + "\n";

    // The pieces, in the order the writer goes: lead[i] (when a gap precedes member i), the
    // gap's content, mid[i], member i's bytes; then lead/mid of the tail, and the values.
    plan.lead.assign(members + 1, {});
    plan.mid.assign(members + 1, {});
    std::string pending = "  ";  // after the index
    plan.line_chars = index_width + 8;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const column& col = columns[c];
        const bool gap = col.member == members;
        pending += separator(c);
        const bool last_column = c + 1 == columns.size();
        const std::string blanks(last_column && valued.empty() ? 0 : col.width - col.content, ' ');
        if (gap) {
            // the member this gap precedes, or the tail
            const std::size_t next = c + 1 < columns.size() ? columns[c + 1].member : members;
            plan.lead[next] = plan.add(pending);
            pending = show_padding ? "" : "..";
            pending += blanks;
        } else {
            plan.mid[col.member] = plan.add(pending);
            pending = blanks;
        }
        plan.line_chars += 1 + col.width;
    }
    if (!valued.empty()) pending += "  ";
    plan.mid[members] = plan.add(pending);
    for (const std::size_t i : valued) plan.line_chars += 2 + std::max(plan.value_width[i], most[i]);
    plan.line_chars += plan.text.size() + 1;
    plan.text.insert(plan.text.end(), 32, ' ');
    return plan;
}

// Copies a piece of static text: 32 bytes at once when it fits (the plan's text and the
// output buffer both have the room), so short pieces cost no call.
inline char* copy_piece(char* out, const table_plan& plan, table_plan::piece p) noexcept {
    if (p.count <= 32) std::memcpy(out, plan.text.data() + p.first, 32);
    else std::memcpy(out, plan.text.data() + p.first, p.count);
    return out + p.count;
}

// One line of a table of T: the index is written; this writes the rest, unrolled over the
// members, whose offsets and sizes are constants here.
template <class Bound>
struct bound_size;
template <class... M>
struct bound_size<bound_members<M...>> : std::integral_constant<std::size_t, sizeof...(M)> {};

template <class T, class Bound = members_of<T>,
          class Index = std::make_index_sequence<bound_size<Bound>::value>>
struct table_line;

template <class T, class... M, std::size_t... I>
struct table_line<T, bound_members<M...>, std::index_sequence<I...>> {
    static constexpr layout shape = layout_of<T>();
    static constexpr std::size_t members = sizeof...(M);
    static constexpr std::size_t first_valued = [] {
        constexpr std::array<bool, members + 1> printed{has_printed_member<std::remove_cv_t<M>>(shape.fields[I])..., true};
        std::size_t k = 0;
        while (!printed[k]) ++k;
        return k;
    }();
    static constexpr std::size_t gap_first(std::size_t i) noexcept {
        return end_before(shape, i);
    }
    static constexpr std::size_t gap_size(std::size_t i) noexcept {
        const std::size_t until = i == members ? shape.size : shape.fields[i].offset;
        return until > gap_first(i) ? until - gap_first(i) : 0;
    }

    template <std::size_t G>
    static char* gap(char* out, const table_plan& plan, const unsigned char* bytes) noexcept {
        if constexpr (gap_size(G) != 0) {
            out = copy_piece(out, plan, plan.lead[G]);
            if (plan.key->show_padding) return write_hex_fixed<gap_first(G), gap_size(G)>(out, bytes, nullptr);
        }
        return out;
    }

    template <std::size_t K, class U>
    static char* value(char* out, const table_plan& plan, const unsigned char* bytes, const region_map* regions) {
        if constexpr (has_printed_member<U>(shape.fields[K])) {
            if constexpr (K != first_valued) {
                out[0] = ' ';
                out[1] = ' ';
                out += 2;
            }
            const std::size_t width = plan.value_width[K];
            char* const start = out;
            if (width != 0 && width <= 32) std::memset(out, ' ', 32);
            out = member_writer<U, &shape, K>()(out, bytes + shape.fields[K].offset, regions);
            if (width != 0 && static_cast<std::size_t>(out - start) < width) {
                if (width > 32) std::memset(out, ' ', width - static_cast<std::size_t>(out - start));
                out = start + width;
            }
        }
        return out;
    }

    static char* write(char* out, const table_plan& plan, const unsigned char* bytes, const unsigned char* mask,
                       const region_map* regions) {
        ((out = gap<I>(out, plan, bytes), out = copy_piece(out, plan, plan.mid[I]),
          out = write_hex_fixed<shape.fields[I].offset, shown_size(shape.fields[I])>(out, bytes, plan.masked[I] ? mask : nullptr)),
         ...);
        out = gap<members>(out, plan, bytes);
        out = copy_piece(out, plan, plan.mid[members]);
        if (plan.key->values) ((out = value<I, std::remove_cv_t<M>>(out, plan, bytes, regions)), ...);
        *out++ = '\n';
        return out;
    }
};

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_TABLE_PLAN_HPP
