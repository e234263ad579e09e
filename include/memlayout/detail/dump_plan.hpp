// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_DUMP_PLAN_HPP
#define MEMLAYOUT_DETAIL_DUMP_PLAN_HPP

#include <memlayout/detail/declarator.hpp>
#include <memlayout/layout.hpp>

#include <memlayout/detail/fmt.hpp>  // first of {fmt}: says when it is missing
#include <fmt/color.h>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace memlayout::detail {

// What a dump's or a table's static text depends on besides the type: a plan is rebuilt
// when the key changes.
struct plan_key {
    bool color = false;
    bool show_padding = false;
    bool values = true;
    bool regions = false;           // tables only: a pointer's value column is wider with its region
    std::size_t cache_line = 64;
    std::size_t index_width = 0;    // tables only
    bool operator==(const plan_key&) const = default;
};

// A dump's text, worked out once per type and set of options: the static text (row
// prefixes with offset, size, name and type; padding rows; cache-line markers) and where the
// per-object parts go (a member's bytes, its value, padding bytes when asked for).
struct dump_plan {
    enum class kind : unsigned char { text, bytes, padding, value };
    struct segment {
        kind k = kind::text;
        std::size_t first = 0;   // text: offset into `text`; bytes, padding: first byte
        std::size_t count = 0;   // text: length; bytes, padding: how many bytes (at most 16)
        std::size_t member = 0;  // value: the member's index
        bool padded = false;     // bytes, padding: blanks to the full width, for text that follows
    };
    std::string text;
    std::vector<segment> segments;
    std::optional<plan_key> key;  // what it was built for; none yet
    std::size_t columns = 16;     // bytes per row

    void add_text(std::string_view t) {
        if (!segments.empty() && segments.back().k == kind::text &&
            segments.back().first + segments.back().count == text.size()) {
            segments.back().count += t.size();
        } else {
            segments.push_back({kind::text, text.size(), t.size(), 0});
        }
        text.append(t);
    }
};

// `printed`: per member, whether it has a value to print.
inline dump_plan make_dump_plan(const layout& L, const bool* printed, const plan_key& key) {
    dump_plan plan;
    plan.key = key;
    const bool color = key.color;
    const bool show_padding = key.show_padding;
    const bool values = key.values;
    const std::size_t cache_line = key.cache_line;
    const auto style = [&](fmt::terminal_color c) { return color ? fmt::fg(c) : fmt::text_style{}; };
    // The name and type columns are as wide as the longest name and type, at least 16 and 20.
    std::size_t name_width = 16;
    std::size_t type_width = 20;
    for (const field& f : L.fields) {
        name_width = std::max(name_width, label(f).size());
        type_width = std::max(type_width, f.type_name.size());
    }
    // As many byte columns as the widest member (or shown padding gap) needs, 2 to 16.
    std::size_t widest = 2;
    std::size_t gap_end = 0;
    for (const field& f : L.fields) {
        widest = std::max(widest, shown_size(f));
        if (show_padding) widest = std::max(widest, f.offset - std::min(f.offset, gap_end));
        gap_end = std::max(gap_end, f.end());
    }
    if (show_padding && L.size > gap_end) widest = std::max(widest, L.size - gap_end);
    plan.columns = std::min<std::size_t>(widest, 16);
    const std::size_t columns = plan.columns;
    plan.add_text(fmt::format("offset  size  {:<{}} {:<{}} {:<{}}{}\n", "member", name_width, "type", type_width, "bytes",
                              values ? 3 * columns : 0, values ? "  value" : ""));
    std::size_t line = 0;
    const auto boundary = [&](std::size_t offset) {
        if (offset / cache_line <= line) return;
        line = offset / cache_line;
        plan.add_text(fmt::format("{}\n", fmt::styled(fmt::format("--- cacheline {} ({} bytes) ---", line, line * cache_line),
                                                      style(fmt::terminal_color::bright_black))));
    };
    const auto padding_row = [&](std::size_t offset, std::size_t size) {
        boundary(offset);
        plan.add_text(fmt::format("{:>6} {:>5}  {:<{}} {:<{}} ", offset, size,
                                  fmt::styled("padding", style(fmt::terminal_color::bright_black)), name_width, "", type_width));
        if (!show_padding) {
            plan.add_text(fmt::format("{}\n", fmt::styled("(indeterminate, not shown)", style(fmt::terminal_color::bright_black))));
            return;
        }
        for (std::size_t at = 0; at < size; at += columns) {
            if (at != 0) plan.add_text(fmt::format("{:>6} {:>5}  {:<{}} {:<{}} ", offset + at, "", "", name_width, "", type_width));
            plan.segments.push_back({dump_plan::kind::padding, offset + at, std::min(size - at, columns), 0, at == 0});
            plan.add_text(at == 0 ? "  indeterminate: shown because asked\n" : "\n");
        }
    };
    std::size_t end = 0;
    for (std::size_t i = 0; i < L.fields.size(); ++i) {
        const field& f = L.fields[i];
        if (f.offset > end) padding_row(end, f.offset - end);
        boundary(f.offset);
        if (color)
            plan.add_text(fmt::format("{:>6} {:>5}  {:<{}} {:<{}} ", f.offset, f.size,
                                      fmt::styled(label(f), style(fmt::terminal_color::cyan)), name_width, f.type_name,
                                      type_width));
        else
            plan.add_text(fmt::format("{:>6} {:>5}  {:<{}} {:<{}} ", f.offset, f.size, label(f), name_width, f.type_name,
                                      type_width));
        const std::size_t shown = shown_size(f);
        for (std::size_t at = 0; at < shown || at == 0; at += columns) {
            if (at != 0) plan.add_text(fmt::format("{:>6} {:>5}  {:<{}} {:<{}} ", f.offset + at, "", "", name_width, "", type_width));
            const bool value = at == 0 && values && printed[i];
            plan.segments.push_back({dump_plan::kind::bytes, f.offset + at, std::min(shown - at, columns), 0, value});
            if (value) {
                plan.add_text("  ");
                if (color) plan.add_text("\x1b[32m");
                plan.segments.push_back({dump_plan::kind::value, 0, 0, i});
                if (color) plan.add_text("\x1b[0m");
            }
            plan.add_text("\n");
            if (shown == 0) break;
        }
        end = std::max(end, f.end());
    }
    if (L.size > end) padding_row(end, L.size - end);
    return plan;
}

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_DUMP_PLAN_HPP
