// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_SVG_HPP
#define MEMLAYOUT_SVG_HPP

#include <memlayout/detail/standard_check.hpp>  // first: says when the standard is too old
#include <memlayout/detail/fmt.hpp>             // then: says when {fmt} is missing

// Byte-grid pictures of layouts as SVG. Needs {fmt} (target memlayout::dump); the picture
// of a live object, `to_svg(memlayout::dump(object))`, is in <memlayout/dump.hpp>.

#include <memlayout/detail/hex.hpp>
#include <memlayout/layout.hpp>

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
    std::size_t cell = 30;        ///< pixels per byte cell
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

// Colours that stay apart from each other and from the hatched padding.
inline constexpr std::array<std::string_view, 10> svg_palette{"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2",
                                                              "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#86bcb6"};

// The byte grid; `bytes`, when given, puts each data byte's hex in its cell.
inline std::string svg(const layout& L, const svg_options& o, const unsigned char* bytes, const unsigned char* mask,
                       std::string_view title) {
    const std::size_t per_row = o.bytes_per_row == 0 ? 16 : o.bytes_per_row;
    const std::size_t rows = (L.size + per_row - 1) / per_row;
    const std::size_t left = 64;
    const std::size_t top = 56;
    const std::size_t grid_height = rows * o.cell;
    const std::size_t legend_top = top + grid_height + 28;
    const std::size_t width = left + per_row * o.cell + 96;  // room for the cache-line labels
    const std::size_t height = legend_top + (L.fields.size() + 1) * 22 + 16;
    std::string out = fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
        "font-family=\"DejaVu Sans Mono, monospace\" font-size=\"11\">\n"
        "<defs><pattern id=\"padding\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
        "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#f4f4f4\"/>"
        "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#b0b0b0\" stroke-width=\"2\"/></pattern></defs>\n"
        "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        "<text x=\"{2}\" y=\"24\" font-size=\"15\" font-weight=\"bold\">{3}</text>\n"
        "<text x=\"{2}\" y=\"42\" fill=\"#555\">{4} bytes, align {5}, {6} bytes of padding ({7})</text>\n",
        width, height, left, xml_escaped(title), L.size, L.align, L.padding_bytes(), L.target);
    std::vector<std::size_t> owner(L.size, L.fields.size());  // the member each byte belongs to
    for (std::size_t i = 0; i < L.fields.size(); ++i)
        for (std::size_t k = 0; k < L.fields[i].size && L.fields[i].offset + k < L.size; ++k) owner[L.fields[i].offset + k] = i;
    for (std::size_t b = 0; b < L.size; ++b) {
        const std::size_t x = left + (b % per_row) * o.cell;
        const std::size_t y = top + (b / per_row) * o.cell;
        const bool padding = owner[b] == L.fields.size() || (mask != nullptr && mask[b] == 0);
        const std::string_view fill = owner[b] == L.fields.size() ? "url(#padding)"
                                                                   : svg_palette[owner[b] % svg_palette.size()];
        out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\" fill-opacity=\"{}\" "
                           "stroke=\"white\"><title>byte {}{}</title></rect>\n",
                           x, y, o.cell, o.cell, fill, padding && owner[b] != L.fields.size() ? "0.35" : "0.9", b,
                           owner[b] == L.fields.size() ? ": padding" : ": " + xml_escaped(L.fields[owner[b]].name));
        if (bytes != nullptr && !padding)
            out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"white\">{}{}</text>\n",
                               x + o.cell / 2, y + o.cell / 2 + 4, hex_pairs[2 * bytes[b]], hex_pairs[2 * bytes[b] + 1]);
    }
    // Each member's name where it begins, when no byte values fill the cells.
    for (std::size_t i = 0; i < L.fields.size() && bytes == nullptr; ++i) {
        const field& f = L.fields[i];
        if (f.size == 0) continue;
        const std::size_t on_row = per_row - f.offset % per_row;
        const std::size_t span = f.size < on_row ? f.size : on_row;
        const std::size_t chars = span * o.cell / 7;
        std::string name(f.name.substr(0, chars == 0 ? 1 : chars));
        out += fmt::format("<text x=\"{}\" y=\"{}\" fill=\"white\" font-weight=\"bold\">{}</text>\n",
                           left + (f.offset % per_row) * o.cell + 3, top + (f.offset / per_row) * o.cell + o.cell / 2 + 4,
                           xml_escaped(name));
    }
    for (std::size_t r = 0; r < rows; ++r)
        out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"#555\">{}</text>\n", left - 8,
                           top + r * o.cell + o.cell / 2 + 4, r * per_row);
    for (std::size_t line = o.cache_line; line < L.size && o.cache_line % per_row == 0; line += o.cache_line) {
        const std::size_t y = top + line / per_row * o.cell;
        out += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#c00\" stroke-width=\"2\"/>\n"
                           "<text x=\"{}\" y=\"{}\" fill=\"#c00\">cacheline {}</text>\n",
                           left - 4, y, left + per_row * o.cell + 4, y, left + per_row * o.cell + 8, y + 4, line / o.cache_line);
    }
    for (std::size_t i = 0; i <= L.fields.size(); ++i) {
        const std::size_t y = legend_top + i * 22;
        if (i == L.fields.size()) {
            out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"14\" height=\"14\" fill=\"url(#padding)\" stroke=\"#999\"/>"
                               "<text x=\"{}\" y=\"{}\">padding: {} bytes in {} holes, {} at the tail</text>\n",
                               left, y, left + 22, y + 11, L.padding_bytes(), L.holes().size(), L.tail_padding());
            break;
        }
        const field& f = L.fields[i];
        out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"14\" height=\"14\" fill=\"{}\"/>"
                           "<text x=\"{}\" y=\"{}\">{} {} - offset {}, size {}, align {}</text>\n",
                           left, y, svg_palette[i % svg_palette.size()], left + 22, y + 11, xml_escaped(f.type_name),
                           xml_escaped(f.name), f.offset, f.size, f.align);
    }
    return out + "</svg>\n";
}

}  // namespace detail

/// A byte-grid picture of the layout as SVG: one cell per byte, members coloured and
/// labelled, padding hatched, cache-line boundaries drawn, a legend of the members.
inline std::string to_svg(const layout& L, const svg_options& options = {}) {
    return detail::svg(L, options, nullptr, nullptr, "struct " + std::string(L.type_name));
}

}  // namespace memlayout

#endif  // MEMLAYOUT_SVG_HPP
