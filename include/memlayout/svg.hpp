// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_SVG_HPP
#define MEMLAYOUT_SVG_HPP

#include <memlayout/detail/standard_check.hpp>  // first: says when the standard is too old
#include <memlayout/detail/fmt.hpp>             // then: says when {fmt} is missing

// Byte-grid pictures of layouts as SVG. Needs {fmt} (target memlayout::dump); the picture
// of a live object, `to_svg(memlayout::dump(object))`, is in <memlayout/dump.hpp>.

#include <memlayout/detail/hex.hpp>
#include <memlayout/layout.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace memlayout {

/// How `to_svg` draws a layout.
struct svg_options {
    std::size_t bytes_per_row = 16;
    std::size_t cache_line = 64;  ///< a heavier line and a label at each boundary
    std::size_t cell = 30;        ///< pixels per byte cell (its width; rows are taller for live bytes)
};

namespace detail {

inline std::string xml_escaped(std::string_view text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

// Twelve colours that stay apart from each other and from the grey of padding, each with the
// text colour that reads on it (WCAG contrast 4.5:1 or better).
struct svg_colour {
    std::string_view fill;
    std::string_view text;
};
inline constexpr std::array<svg_colour, 12> svg_palette{{
    {"#4e79a7", "#ffffff"}, {"#f28e2b", "#1a1a1a"}, {"#59a14f", "#1a1a1a"}, {"#e15759", "#1a1a1a"},
    {"#76b7b2", "#1a1a1a"}, {"#edc948", "#1a1a1a"}, {"#b07aa1", "#1a1a1a"}, {"#ff9da7", "#1a1a1a"},
    {"#9c755f", "#ffffff"}, {"#bab0ac", "#1a1a1a"}, {"#2f4b7c", "#ffffff"}, {"#a05195", "#ffffff"},
}};

// The member each byte belongs to (L.fields.size() for padding), and whether it holds data:
// a nested record's holes and tail padding do not.
// Bytes that hold bit-fields are drawn bit by bit: `bits` has the member of each bit of the
// object (padding: L.fields.size()) and `split` marks those bytes.
struct byte_owner {
    std::vector<std::size_t> member;
    std::vector<unsigned char> data;
    std::vector<std::size_t> bits;
    std::vector<unsigned char> split;
};

inline void mark_record_data(const layout& L, std::size_t base, std::vector<unsigned char>& data) {
    for (const field& f : L.fields) {
        if (f.is_bit_field()) {
            for (std::size_t b = f.bit_offset; b < f.bit_offset + f.bit_width; ++b)
                if (base + b / 8 < data.size()) data[base + b / 8] = 1;
        } else if (f.kind == member_kind::record && f.record != nullptr) {
            mark_record_data(*f.record, base + f.offset, data);
        } else if (f.kind == member_kind::array && f.record != nullptr && f.count != 0) {
            for (std::size_t e = 0; e < f.count; ++e) mark_record_data(*f.record, base + f.offset + e * (f.size / f.count), data);
        } else {
            for (std::size_t k = 0; k < f.size && base + f.offset + k < data.size(); ++k) data[base + f.offset + k] = 1;
        }
    }
}

inline byte_owner owners_of(const layout& L, const unsigned char* mask) {
    const std::size_t n = L.fields.size();
    byte_owner o{std::vector<std::size_t>(L.size, n), std::vector<unsigned char>(L.size, 0),
                 std::vector<std::size_t>(L.size * 8, n), std::vector<unsigned char>(L.size, 0)};
    for (std::size_t i = 0; i < n; ++i) {
        const field& f = L.fields[i];
        if (f.is_bit_field()) {
            for (std::size_t b = f.bit_offset; b < f.bit_offset + f.bit_width && b < L.size * 8; ++b) {
                o.bits[b] = i;
                o.split[b / 8] = 1;
                o.member[b / 8] = i;  // the byte's last bit-field, for colouring and hex
            }
            continue;
        }
        for (std::size_t k = 0; k < f.size && f.offset + k < L.size; ++k) o.member[f.offset + k] = i;
    }
    if (mask != nullptr) o.data.assign(mask, mask + L.size);
    else mark_record_data(L, 0, o.data);
    for (std::size_t b = 0; b < L.size; ++b)
        if (o.split[b] != 0) {
            o.data[b] = 0;  // a byte of bit-fields holds data where one of its bits does
            for (std::size_t k = 0; k < 8; ++k) o.data[b] = o.data[b] || o.bits[b * 8 + k] != n;
        }
    return o;
}

// A colour per member such that no two members whose bytes touch in the grid (side by side,
// or one above the other) share one: greedy colouring in declaration order.
inline std::vector<std::size_t> member_colours(const layout& L, const byte_owner& o, std::size_t per_row) {
    const std::size_t n = L.fields.size();
    std::vector<std::vector<bool>> touches(n, std::vector<bool>(n, false));
    for (std::size_t b = 0; b < L.size; ++b) {
        const std::size_t m = o.member[b];
        if (m == n) continue;
        const std::size_t neighbours[2] = {b % per_row + 1 < per_row ? b + 1 : L.size, b + per_row};
        for (const std::size_t nb : neighbours)
            if (nb < L.size && o.member[nb] != n && o.member[nb] != m) touches[m][o.member[nb]] = touches[o.member[nb]][m] = true;
    }
    for (std::size_t b = 0; b + 1 < o.bits.size(); ++b)
        if (o.bits[b] != n && o.bits[b + 1] != n && o.bits[b] != o.bits[b + 1])
            touches[o.bits[b]][o.bits[b + 1]] = touches[o.bits[b + 1]][o.bits[b]] = true;
    std::vector<std::size_t> colour(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        std::vector<bool> taken(svg_palette.size(), false);
        for (std::size_t j = 0; j < i; ++j)
            if (touches[i][j]) taken[colour[j]] = true;
        // Start from the member's index so that colours vary along the struct.
        std::size_t c = i % svg_palette.size();
        for (std::size_t step = 0; step < svg_palette.size() && taken[c]; ++step) c = (c + 1) % svg_palette.size();
        colour[i] = c;
    }
    return colour;
}

inline std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

// The picture: one row of cells per `bytes_per_row` bytes; each member a block per row it
// spans, in its colour, named where the name fits (its number in the legend otherwise);
// padding hatched grey, and padding inside a member hatched over its colour; the cache-line
// boundaries; a legend of the members. `bytes`, when given, writes each data byte's hex.
inline std::string svg(const layout& L, const svg_options& o, const unsigned char* bytes, const unsigned char* mask,
                       std::string_view title) {
    const std::size_t per_row = o.bytes_per_row == 0 ? 16 : o.bytes_per_row;
    const std::size_t cell = o.cell < 16 ? 16 : o.cell;
    const std::size_t row_height = bytes != nullptr ? cell + 12 : cell;  // room for the hex under a name
    const std::size_t rows = (L.size + per_row - 1) / per_row;
    const std::size_t n = L.fields.size();
    const byte_owner owner = owners_of(L, mask);
    const std::vector<std::size_t> colour = member_colours(L, owner, per_row);
    const std::size_t left = 64;
    const std::size_t top = 60;
    const std::size_t grid_width = per_row * cell;
    const std::size_t holes = L.holes().size();
    const std::string subtitle = fmt::format("{}, align {}, {} of padding ({}, {} at the tail){}", plural(L.size, "byte", "bytes"),
                                             L.align, plural(L.padding_bytes(), "byte", "bytes"), plural(holes, "hole", "holes"),
                                             L.tail_padding(), L.target.empty() ? "" : fmt::format(", {}", L.target));
    // The legend: a line per member, in two columns beyond 16 members.
    std::vector<std::string> legend;
    std::size_t legend_chars = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const field& f = L.fields[i];
        if (f.is_bit_field())
            legend.push_back(fmt::format("{}. {} {}:{}: bits {}-{} (byte {}, bit {}), in a unit of {} at {}", i + 1, f.type_name,
                                         f.name.empty() ? std::string_view("?") : f.name, f.bit_width, f.bit_offset, f.bit_offset + f.bit_width - 1, f.bit_offset / 8,
                                         f.bit_offset % 8, plural(f.size, "byte", "bytes"), f.offset));
        else
            legend.push_back(fmt::format("{}. {} {}: offset {}, size {}, align {}", i + 1, f.type_name,
                                         f.base ? std::string_view("<ancestor>") : f.name, f.offset, f.size, f.align));
        legend_chars = std::max(legend_chars, legend.back().size());
    }
    legend.push_back(fmt::format("padding: {} in {}, {} at the tail", plural(L.padding_bytes(), "byte", "bytes"),
                                 plural(holes, "hole", "holes"), L.tail_padding()));
    legend_chars = std::max(legend_chars, legend.back().size());
    const std::size_t columns = legend.size() > 17 ? 2 : 1;
    const std::size_t per_column = (legend.size() + columns - 1) / columns;
    const std::size_t column_width = 24 + legend_chars * 15 / 2 + 24;  // 12px monospace: about 7.5px a character
    const std::size_t legend_top = top + rows * row_height + 32;
    // Wide enough for the grid and its cache-line labels, the title, the subtitle and the legend.
    const std::size_t width = std::max({left + grid_width + 110, left + title.size() * 10 + 24, left + subtitle.size() * 15 / 2 + 24,
                                        left + columns * column_width});
    const std::size_t height = legend_top + per_column * 22 + 16;
    std::string out = fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
        "font-family=\"DejaVu Sans Mono, Menlo, Consolas, monospace\" font-size=\"12\">\n"
        "<defs><pattern id=\"padding\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
        "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#eeeeee\"/>"
        "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#b0b0b0\" stroke-width=\"2\"/></pattern>"
        "<pattern id=\"inner\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
        "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#ffffff\" stroke-width=\"2.5\" stroke-opacity=\"0.8\"/></pattern></defs>\n"
        "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        "<text x=\"{2}\" y=\"26\" font-size=\"16\" font-weight=\"bold\">{3}</text>\n"
        "<text x=\"{2}\" y=\"46\" fill=\"#444\">{4}</text>\n",
        width, height, left, xml_escaped(title), xml_escaped(subtitle));

    // Cells: one per byte, with a title for hovering; padding hatched.
    for (std::size_t b = 0; b < L.size; ++b) {
        const std::size_t x = left + (b % per_row) * cell;
        const std::size_t y = top + (b / per_row) * row_height;
        const std::size_t m = owner.member[b];
        if (owner.split[b] != 0) {
            // A byte of bit-fields: a slice an eighth of the cell wide per bit, bit 0 leftmost.
            for (std::size_t k = 0; k < 8;) {
                const std::size_t bm = owner.bits[b * 8 + k];
                std::size_t until = k + 1;
                while (until < 8 && owner.bits[b * 8 + until] == bm) ++until;
                out += fmt::format("<rect x=\"{:.2f}\" y=\"{}\" width=\"{:.2f}\" height=\"{}\" fill=\"{}\"><title>byte {}, bits {}-{}: {}</title></rect>\n",
                                   static_cast<double>(x) + static_cast<double>(k * cell) / 8, y,
                                   static_cast<double>((until - k) * cell) / 8, row_height,
                                   bm == n ? std::string_view("url(#padding)") : svg_palette[colour[bm]].fill, b, k, until - 1,
                                   bm == n ? std::string("padding") : xml_escaped(L.fields[bm].name));
                k = until;
            }
            continue;
        }
        const std::string_view fill = m == n ? std::string_view("url(#padding)") : svg_palette[colour[m]].fill;
        out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"><title>byte {}: {}</title></rect>\n",
                           x, y, cell, row_height, fill, b,
                           m == n ? std::string("padding")
                                  : xml_escaped(L.fields[m].name) + (owner.data[b] != 0 ? "" : " (padding inside it)"));
        if (m != n && owner.data[b] == 0)
            out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"url(#inner)\"/>\n", x, y, cell, row_height);
    }
    // Member blocks: an outline per row a member spans, a faint tick between its bytes, its
    // name (or its number) in the first row where it fits, the hex of live bytes.
    for (std::size_t i = 0; i < n; ++i) {
        const field& f = L.fields[i];
        if (f.size == 0) continue;
        const std::string_view ink = svg_palette[colour[i]].text;
        if (f.is_bit_field()) {
            // Outlined over its bits, one piece per byte; named in its first piece where the name
            // fits, numbered otherwise.
            bool named_bits = false;
            for (std::size_t bit = f.bit_offset; bit < f.bit_offset + f.bit_width && bit / 8 < L.size;) {
                const std::size_t byte = bit / 8;
                const std::size_t until = std::min<std::size_t>(f.bit_offset + f.bit_width, (byte + 1) * 8);
                const double x = static_cast<double>(left + (byte % per_row) * cell) + static_cast<double>((bit % 8) * cell) / 8;
                const double w = static_cast<double>((until - bit) * cell) / 8;
                const std::size_t y = top + byte / per_row * row_height;
                out += fmt::format("<rect x=\"{:.2f}\" y=\"{}\" width=\"{:.2f}\" height=\"{}\" fill=\"none\" stroke=\"white\" stroke-width=\"1\"/>\n",
                                   x, y, w, row_height);
                if (!named_bits) {
                    const std::size_t room = w > 4 ? static_cast<std::size_t>((w - 4) / 7) : 0;
                    const std::string label = !f.name.empty() && f.name.size() <= room ? std::string(f.name) : std::to_string(i + 1);
                    out += fmt::format("<text x=\"{:.2f}\" y=\"{}\" text-anchor=\"middle\" fill=\"{}\" font-size=\"{}\">{}</text>\n",
                                       x + w / 2, y + (bytes != nullptr ? 15 : row_height / 2 + 4), ink,
                                       label.size() > room ? 9 : 12, xml_escaped(label));
                    named_bits = true;
                }
                bit = until;
            }
            continue;
        }
        bool named = false;
        for (std::size_t at = f.offset; at < f.end() && at < L.size;) {
            const std::size_t row = at / per_row;
            const std::size_t until = std::min<std::size_t>(f.end(), (row + 1) * per_row);
            const std::size_t x = left + (at % per_row) * cell;
            const std::size_t y = top + row * row_height;
            const std::size_t w = (until - at) * cell;
            for (std::size_t k = at + 1; k < until; ++k)
                out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"{3}\" stroke-opacity=\"0.25\"/>\n",
                                   left + (k % per_row) * cell, y + row_height - 6, y + row_height, ink);
            out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"white\" stroke-width=\"2\"/>\n",
                               x, y, w, row_height);
            const std::size_t room = w > 8 ? (w - 8) / 7 : 0;  // characters of 12px monospace that fit
            if (!named) {
                const std::string label = f.name.size() <= room ? std::string(f.name) : std::to_string(i + 1);
                // Outlined in the member's colour, so that hatching under it does not cross it.
                out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"{}\" font-weight=\"bold\" "
                                   "stroke=\"{}\" stroke-width=\"4\" paint-order=\"stroke\"{}>{}</text>\n",
                                   x + w / 2, y + (bytes != nullptr ? 15 : row_height / 2 + 4), ink, svg_palette[colour[i]].fill,
                                   label.size() > room ? " font-size=\"10\"" : "", xml_escaped(label));
                named = true;
            }
            if (bytes != nullptr)
                for (std::size_t k = at; k < until; ++k)
                    if (owner.data[k] != 0)
                        out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"{}\" font-size=\"11\">{}{}</text>\n",
                                           left + (k % per_row) * cell + cell / 2, y + row_height - 8, ink,
                                           hex_pairs[2 * bytes[k]], hex_pairs[2 * bytes[k] + 1]);
            at = until;
        }
    }
    // The hex of live bytes that hold bit-fields, over their slices.
    if (bytes != nullptr)
        for (std::size_t b = 0; b < L.size; ++b)
            if (owner.split[b] != 0 && owner.data[b] != 0)
                out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#1a1a1a\" stroke=\"#ffffff\" "
                                   "stroke-width=\"3\" paint-order=\"stroke\" font-size=\"11\">{}{}</text>\n",
                                   left + (b % per_row) * cell + cell / 2, top + b / per_row * row_height + row_height - 8,
                                   hex_pairs[2 * bytes[b]], hex_pairs[2 * bytes[b] + 1]);
    // Row offsets, and a heavier line with a label at each cache-line boundary.
    for (std::size_t r = 0; r < rows; ++r)
        out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"#555\">{}</text>\n", left - 8,
                           top + r * row_height + row_height / 2 + 4, r * per_row);
    for (std::size_t line = o.cache_line; o.cache_line != 0 && line < L.size; line += o.cache_line) {
        const std::size_t y = top + line / per_row * row_height;
        const std::size_t x = left + line % per_row * cell;
        out += fmt::format("<polyline points=\"{},{} {},{} {},{} {},{}\" fill=\"none\" stroke=\"#c00\" stroke-width=\"2.5\"/>\n"
                           "<text x=\"{}\" y=\"{}\" fill=\"#c00\">cache line {}</text>\n",
                           left - 4, y + (x == left ? 0 : row_height), x, y + (x == left ? 0 : row_height), x, y,
                           left + grid_width + 4, y, left + grid_width + 8, y + 4, line / o.cache_line);
    }
    // The legend: every member, numbered as in the grid, and the padding.
    for (std::size_t i = 0; i < legend.size(); ++i) {
        const std::size_t x = left + (i / per_column) * column_width;
        const std::size_t y = legend_top + (i % per_column) * 22;
        const std::string_view fill = i == n ? std::string_view("url(#padding)") : svg_palette[colour[i]].fill;
        out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"16\" height=\"16\" fill=\"{}\"{}/><text x=\"{}\" y=\"{}\">{}</text>\n", x, y,
                           fill, i == n ? " stroke=\"#999\"" : "", x + 24, y + 12, xml_escaped(legend[i]));
    }
    return out + "</svg>\n";
}

}  // namespace detail

/// A byte-grid picture of the layout as SVG: one cell per byte, members coloured (no two
/// touching members alike) and named, padding hatched (also inside nested records),
/// cache-line boundaries drawn, a legend of the members.
inline std::string to_svg(const layout& L, const svg_options& options = {}) {
    return detail::svg(L, options, nullptr, nullptr, "struct " + std::string(L.type_name));
}

}  // namespace memlayout

#endif  // MEMLAYOUT_SVG_HPP
