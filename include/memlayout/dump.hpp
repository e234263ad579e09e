// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DUMP_HPP
#define MEMLAYOUT_DUMP_HPP

// Printing layouts: the pahole-style report (a fmt::formatter for memlayout::layout) and the
// JSON form. Needs {fmt} (target memlayout::dump); the core headers stay fmt-free.

#include <memlayout/layout.hpp>
#include <memlayout/reflect.hpp>
#include <memlayout/reorder.hpp>

#include <memlayout/region.hpp>
#include <memlayout/detail/std_headers.hpp>

#include <fmt/color.h>
#include <fmt/compile.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <memory>
#include <iterator>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#if defined(__unix__)
#include <unistd.h>
#endif

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
    if (f.kind == member_kind::record && f.record != nullptr) return f.record->tail_padding();
    if (f.kind == member_kind::array && f.count == 0) return f.size;
    return 0;
}

template <class Out>
Out write_members(Out out, const layout& L, const report_options& options, std::size_t base, int depth) {
    const std::string indent(static_cast<std::size_t>(depth), '\t');
    std::size_t line = base / options.cache_line;
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
                out = fmt::format_to(out, "{}/* --- cacheline {} boundary ({} bytes) was {} bytes ago --- */\n", indent,
                                     line, boundary, offset - boundary);
        }
        const bool nested = options.expand && f.record != nullptr && f.kind == member_kind::record;
        if (nested) {
            out = fmt::format_to(out, "{}{} {{\n", indent, f.type_name);
            out = write_members(out, *f.record, options, offset, depth + 1);
            out = fmt::format_to(out, "{}}} {}; /* {:>5} {:>5} */\n", indent, f.name, offset, f.size);
        } else {
            out = fmt::format_to(out, "{}{:<26} {:<21} /* {:>5} {:>5} */\n", indent, f.type_name,
                                 fmt::format("{};", f.name), offset, f.size);
        }
        if (const std::size_t tail = member_tail_padding(f); tail != 0) {
            out = fmt::format_to(out, "\n{}/* XXX last struct has {} byte{} of padding */\n", indent, tail,
                                 tail == 1 ? "" : "s");
        }
        if (next_hole != holes.end() && (*next_hole).after == i) {
            const std::size_t size = (*next_hole).size;
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
    out = fmt::format_to(out, "struct {} {{\n", L.type_name);
    out = detail::write_members(out, L, options, 0, 1);
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
    if (!L.holes().empty())
        out = fmt::format_to(out, "\t/* sum members: {}, holes: {}, sum holes: {} */\n", L.member_bytes(),
                             L.holes().size(), sum_holes);
    if (L.tail_padding() != 0 && !L.fields.empty()) out = fmt::format_to(out, "\t/* padding: {} */\n", L.tail_padding());
    if (paddings != 0) out = fmt::format_to(out, "\t/* paddings: {}, sum paddings: {} */\n", paddings, sum_paddings);
    if (L.size % options.cache_line != 0)
        out = fmt::format_to(out, "\t/* last cacheline: {} bytes */\n", L.size % options.cache_line);
    if (options.reorder) {
        const reorder_advice advice = optimal_order(L, options.cache_line);
        if (advice.saved_bytes != 0)
            out = fmt::format_to(out, "\t/* memlayout: largest alignment first, {} bytes: saves {} bytes, {} cachelines */\n",
                                 advice.size, advice.saved_bytes, advice.cache_lines_before - advice.cache_lines);
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
        case verification::size_and_alignment: return "size_and_alignment";
        case verification::predicted: return "predicted";
        case verification::checked_per_object: return "checked_per_object";
    }
    return "unknown";
}

template <class Out>
Out write_json(Out out, const layout& L) {
    out = fmt::format_to(out, "{{\"schema\":\"memlayout.layout/1\",\"type\":");
    out = write_json_string(out, L.type_name);
    out = fmt::format_to(out, ",\"target\":");
    out = write_json_string(out, L.target);
    out = fmt::format_to(out, ",\"size\":{},\"align\":{},\"packing\":{},\"checked\":\"{}\",\"members\":[", L.size, L.align,
                         L.packing, verification_name(L.checked));
    for (std::size_t i = 0; i < L.fields.size(); ++i) {
        const field& f = L.fields[i];
        out = fmt::format_to(out, "{}{{\"name\":", i == 0 ? "" : ",");
        out = write_json_string(out, f.name);
        out = fmt::format_to(out, ",\"type\":");
        out = write_json_string(out, f.type_name);
        out = fmt::format_to(out, ",\"kind\":\"{}\",\"offset\":{},\"size\":{},\"align\":{}", kind_name(f.kind), f.offset,
                             f.size, f.align);
        if (f.kind == member_kind::enumeration) {
            out = fmt::format_to(out, ",\"underlying\":");
            out = write_json_string(out, f.underlying_type);
        }
        if (f.kind == member_kind::array) {
            out = fmt::format_to(out, ",\"element\":");
            out = write_json_string(out, f.element_type);
            out = fmt::format_to(out, ",\"count\":{}", f.count);
        }
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

/// The layout as JSON, schema "memlayout.layout/1" (see the README): type, target, size,
/// align, packing, checked, members (name, type, kind, offset, size, align; underlying for
/// enums; element and count for arrays; record: the nested layout), holes (offset, size,
/// after: the member the hole follows), tail_padding, padding_bytes.
inline std::string to_json(const layout& L) {
    std::string text;
    detail::write_json(std::back_inserter(text), L);
    return text;
}

/// How `dump` shows an object.
struct dump_options {
    /// Show the bytes of padding too. They are indeterminate: memlayout copies them but never
    /// prints them unless asked, so valgrind sees no use of uninitialised memory.
    bool show_padding = false;
    std::size_t cache_line = 64;  ///< bytes per cache line, for the boundary rows
    /// Say which region the object and each pointer point into. Each lookup reads
    /// /proc/self/maps: turn it off to dump many objects fast.
    bool regions = true;
    enum class colors { automatic, always, never };
    /// automatic: colours when standard output is a terminal and NO_COLOR is not set.
    colors color = colors::automatic;
};

namespace detail {
inline bool stdout_is_a_terminal() noexcept {
#if defined(__unix__)
    return ::isatty(STDOUT_FILENO) != 0;
#else
    return false;
#endif
}
}  // namespace detail

/// A copy of an object's bytes with the layout that explains them; `fmt::print("{}", ...)`
/// prints one row per member (offset, size, name, type, bytes, value) and per padding gap.
template <class T>
struct object_dump {
    layout shape;
    const void* address = nullptr;
    region where = region::unknown;
    std::array<unsigned char, sizeof(T)> bytes{};
    std::array<unsigned char, sizeof(T)> data{};  ///< 1 for each byte that holds data
    dump_options options;
    bool color = false;
    /// For std::vector, std::span, std::string_view and (libstdc++) std::string: what the
    /// object's header decodes to, and whether it agrees with the object's accessors.
    detail::decoded_header decoded{};
};

namespace detail {
inline void mark_data(const layout& L, std::size_t base, unsigned char* mask);
template <class T>
struct dump_members {
    using type = bound<>;  // dump() says why it takes no such T
};
template <class T>
    requires std::is_aggregate_v<T>
struct dump_members<T> {
    using type = bound_of<T>;
};
template <class T>
    requires(std_header<T>::modelled && !std::is_aggregate_v<T>)
struct dump_members<T> {
    using type = typename std_header<T>::members;
};
}  // namespace detail

/// The bytes of `object` with its layout, to print. The bytes are read through std::bit_cast
/// for trivially copyable types, through the object representation otherwise.
///
/// \b Example:
/// \code
/// Sample s{'a', 1.5, 7, nullptr, true};
/// fmt::print("{}", memlayout::dump(s));
/// \endcode
///
/// Besides aggregates, a live std::vector, std::span, std::string_view and (with libstdc++)
/// std::string: their headers are decoded as this standard library lays them out and checked
/// against data(), size() and capacity(); an object that does not decode so is shown as raw
/// bytes, with a note, never explained wrongly.
template <class T>
object_dump<T> dump(const T& object, dump_options options = {}) {
    static_assert(detail::std_header<T>::modelled || std::is_aggregate_v<T>,
                  "memlayout: dump takes an aggregate memlayout reflects, or a std::vector, std::span, "
                  "std::string_view or (with libstdc++) std::string, whose headers memlayout models for the standard "
                  "library at hand; the members of other classes are private and their layout unknown.");
    object_dump<T> result;
    if constexpr (detail::std_header<T>::modelled) {
        result.shape = detail::std_header_layout<T>::value;
        result.data.fill(1);
    } else {
        result.shape = layout_of<T>();
        static const std::array<unsigned char, sizeof(T)> data = [] {
            std::array<unsigned char, sizeof(T)> bytes{};
            detail::mark_data(layout_of<T>(), 0, bytes.data());
            return bytes;
        }();
        result.data = data;
    }
    result.address = static_cast<const void*>(std::addressof(object));
    result.where = options.regions ? region_of(result.address) : region::unknown;
    if constexpr (std::is_trivially_copyable_v<T>)
        result.bytes = std::bit_cast<std::array<unsigned char, sizeof(T)>>(object);
    else  // the object representation, read as unsigned char (which may alias any object)
        std::copy_n(reinterpret_cast<const unsigned char*>(std::addressof(object)), sizeof(T), result.bytes.begin());
    if constexpr (detail::std_header<T>::modelled)
        result.decoded = detail::std_header<T>::decode(object, result.bytes.data(), result.data.data());
    result.options = options;
    result.color = options.color == dump_options::colors::always ||
                   (options.color == dump_options::colors::automatic && detail::stdout_is_a_terminal() &&
                    std::getenv("NO_COLOR") == nullptr);
    return result;
}

namespace detail {

// Two hex digits per byte from a table: one fmt call per byte is about 25 times slower.
inline constexpr std::array<char, 512> hex_pairs = [] {
    std::array<char, 512> table{};
    constexpr char digits[] = "0123456789abcdef";
    for (std::size_t i = 0; i < 256; ++i) {
        table[2 * i] = digits[i >> 4];
        table[2 * i + 1] = digits[i & 15];
    }
    return table;
}();

// Which bytes of a member hold data: a record's holes and tail padding do not, nor the six
// bytes after an x87 long double's ten.
inline void mark_data(const layout& L, std::size_t base, unsigned char* mask) {
    for (const field& f : L.fields) {
        if (f.kind == member_kind::record && f.record != nullptr) {
            mark_data(*f.record, base + f.offset, mask);
        } else if (f.kind == member_kind::array && f.record != nullptr && f.count != 0) {
            for (std::size_t e = 0; e < f.count; ++e) mark_data(*f.record, base + f.offset + e * (f.size / f.count), mask);
        } else if (f.kind == member_kind::array && f.count == 0) {
            // an empty std::array's byte is padding
        } else {
            std::size_t data = f.size;
            const bool x87 = std::numeric_limits<long double>::digits == 64 && sizeof(long double) > 10;
            if (x87 && f.kind == member_kind::fundamental && f.size == sizeof(long double) &&
                f.type_name.find("long double") != std::string_view::npos)
                data = 10;
            for (std::size_t k = 0; k < data; ++k) mask[base + f.offset + k] = 1;
        }
    }
}

// Writes a member's value from its bytes; nothing for members without a printable value.
template <class U, class Out>
Out write_value(Out out, const unsigned char* bytes, bool regions) {
    if constexpr (std::is_same_v<U, bool>) {
        if (bytes[0] > 1) return fmt::format_to(out, "invalid bool {}", bytes[0]);
        const std::string_view word = bytes[0] == 1 ? "true" : "false";
        return std::copy(word.begin(), word.end(), out);
    } else if constexpr (std::is_same_v<U, char> || std::is_same_v<U, signed char> || std::is_same_v<U, unsigned char>) {
        const int code = static_cast<int>(static_cast<U>(bytes[0]));
        return code >= 0x20 && code < 0x7f ? fmt::format_to(out, FMT_COMPILE("'{}' ({})"), static_cast<char>(code), code)
                                           : fmt::format_to(out, FMT_COMPILE("{}"), code);
    } else if constexpr (std::is_enum_v<U>) {
        std::underlying_type_t<U> value{};
        std::memcpy(&value, bytes, sizeof value);
        return fmt::format_to(out, FMT_COMPILE("{}"), +value);
    } else if constexpr (std::is_pointer_v<U> || std::is_null_pointer_v<U>) {
        std::uintptr_t value = 0;
        std::memcpy(&value, bytes, sizeof(U) < sizeof value ? sizeof(U) : sizeof value);
        if (value == 0) return fmt::format_to(out, "nullptr");
        if (!regions) return fmt::format_to(out, "{:#x}", value);
        return fmt::format_to(out, "{:#x} ({})", value, to_string(region_of(reinterpret_cast<const void*>(value))));
    } else if constexpr (std::is_same_v<U, wchar_t> || std::is_same_v<U, char8_t> || std::is_same_v<U, char16_t> ||
                         std::is_same_v<U, char32_t>) {
        U value{};
        std::memcpy(&value, bytes, sizeof value);
        return fmt::format_to(out, "U+{:04X}", static_cast<std::uint32_t>(value));
    } else if constexpr (std::is_arithmetic_v<U>) {
        U value{};
        std::memcpy(&value, bytes, sizeof value);
        return fmt::format_to(out, FMT_COMPILE("{}"), value);
    } else {
        return out;
    }
}

template <class Out, class Bound>
struct value_writers;

template <class Out, class... M>
struct value_writers<Out, bound<M...>> {
    using writer = Out (*)(Out, const unsigned char*, bool);
    static constexpr std::array<writer, sizeof...(M) + 1> table{&write_value<std::remove_cv_t<M>, Out>..., nullptr};
};


}  // namespace detail

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

/// The same picture of a live object, each data byte's value in its cell.
template <class T>
std::string to_svg(const object_dump<T>& d, const svg_options& options = {}) {
    return detail::svg(d.shape, options, d.bytes.data(), d.data.data(),
                       fmt::format("{} at {} ({})", d.shape.type_name, d.address, to_string(d.where)));
}

/// A snapshot of several layouts, schema "memlayout.snapshot/1": {"schema", "layouts": [...]},
/// one layout per line, to commit and compare later with examples/layout_diff.py.
template <class... T>
std::string json_snapshot() {
    std::string text = "{\"schema\":\"memlayout.snapshot/1\",\"layouts\":[\n";
    bool first = true;
    ((text += (first ? "" : ",\n") + to_json(layout_of<T>()), first = false), ...);
    return text + "\n]}\n";
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

namespace memlayout::detail {

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
    };
    std::string text;
    std::vector<segment> segments;
    bool color = false;
    bool show_padding = false;
    std::size_t cache_line = 0;
    bool built = false;

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

inline dump_plan make_dump_plan(const layout& L, bool color, bool show_padding, std::size_t cache_line) {
    dump_plan plan;
    plan.color = color;
    plan.show_padding = show_padding;
    plan.cache_line = cache_line == 0 ? 64 : cache_line;
    const auto style = [&](fmt::terminal_color c) { return color ? fmt::fg(c) : fmt::text_style{}; };
    plan.add_text(fmt::format("offset  size  {:<16} {:<20} {:<48}  value\n", "member", "type", "bytes"));
    std::size_t line = 0;
    const auto boundary = [&](std::size_t offset) {
        if (offset / plan.cache_line <= line) return;
        line = offset / plan.cache_line;
        plan.add_text(fmt::format("{}\n", fmt::styled(fmt::format("--- cacheline {} ({} bytes) ---", line, line * plan.cache_line),
                                                      style(fmt::terminal_color::bright_black))));
    };
    const auto padding_row = [&](std::size_t offset, std::size_t size) {
        boundary(offset);
        plan.add_text(fmt::format("{:>6} {:>5}  {:<16} {:<20} ", offset, size,
                                  fmt::styled("padding", style(fmt::terminal_color::bright_black)), ""));
        if (!show_padding) {
            plan.add_text(fmt::format("{}\n", fmt::styled("(indeterminate, not shown)", style(fmt::terminal_color::bright_black))));
            return;
        }
        for (std::size_t at = 0; at < size; at += 16) {
            if (at != 0) plan.add_text(fmt::format("{:>6} {:>5}  {:<16} {:<20} ", offset + at, "", "", ""));
            plan.segments.push_back({dump_plan::kind::padding, offset + at, size - at < 16 ? size - at : 16, 0});
            plan.add_text(at == 0 ? "  indeterminate: shown because asked\n" : "\n");
        }
    };
    std::size_t end = 0;
    for (std::size_t i = 0; i < L.fields.size(); ++i) {
        const field& f = L.fields[i];
        if (f.offset > end) padding_row(end, f.offset - end);
        boundary(f.offset);
        if (color)
            plan.add_text(fmt::format("{:>6} {:>5}  {:<16} {:<20} ", f.offset, f.size,
                                      fmt::styled(f.name, style(fmt::terminal_color::cyan)), f.type_name));
        else
            plan.add_text(fmt::format("{:>6} {:>5}  {:<16} {:<20} ", f.offset, f.size, f.name, f.type_name));
        for (std::size_t at = 0; at < f.size || at == 0; at += 16) {
            if (at != 0) plan.add_text(fmt::format("{:>6} {:>5}  {:<16} {:<20} ", f.offset + at, "", "", ""));
            plan.segments.push_back({dump_plan::kind::bytes, f.offset + at, f.size - at < 16 ? f.size - at : 16, 0});
            if (at == 0) {
                plan.add_text("  ");
                if (color) plan.add_text("\x1b[32m");
                plan.segments.push_back({dump_plan::kind::value, 0, 0, i});
                if (color) plan.add_text("\x1b[0m");
            }
            plan.add_text("\n");
            if (f.size == 0) break;
        }
        end = f.end();
    }
    if (L.size > end) padding_row(end, L.size - end);
    plan.built = true;
    return plan;
}

// Writes 16 columns of "xx " (a byte's hex, `__` for padding inside a member, blanks past
// the end) from the table: no fmt call per byte.
inline char* write_hex(char* out, const unsigned char* bytes, const unsigned char* mask, std::size_t count) noexcept {
    std::memset(out, ' ', 3 * 16);
    for (std::size_t k = 0; k < count; ++k) {
        const bool data = mask == nullptr || mask[k] != 0;
        out[3 * k] = data ? hex_pairs[2 * bytes[k]] : '_';
        out[3 * k + 1] = data ? hex_pairs[2 * bytes[k] + 1] : '_';
    }
    return out + 3 * 16;
}

// The most characters a member's value takes (a pointer with its region is about 40).
inline constexpr std::size_t max_value_chars = 128;

}  // namespace memlayout::detail

/// `fmt::print("{}", memlayout::dump(object))`: one row per member and per padding gap.
/// The rows' static text is worked out once per type and options; each object then costs
/// its bytes' hex (from a table), its members' values and one append.
template <class T>
struct fmt::formatter<memlayout::object_dump<T>> {
    constexpr auto parse(fmt::format_parse_context& context) { return context.begin(); }

    template <class FormatContext>
    auto format(const memlayout::object_dump<T>& d, FormatContext& context) const {
        namespace detail = memlayout::detail;
        const auto& mask = d.data;
        if constexpr (detail::std_header<T>::modelled) {
            if (!d.decoded.agrees) return raw(d, context.out());
        }
        thread_local detail::dump_plan plan;
        const std::size_t line = d.options.cache_line == 0 ? 64 : d.options.cache_line;
        if (!plan.built || plan.color != d.color || plan.show_padding != d.options.show_padding || plan.cache_line != line)
            plan = detail::make_dump_plan(d.shape, d.color, d.options.show_padding, line);
        const auto& writers = detail::value_writers<char*, typename detail::dump_members<T>::type>::table;

        // Every part has a known most length: one buffer, written through a pointer.
        std::size_t value_count = 0;
        for (const detail::dump_plan::segment& s : plan.segments) value_count += s.k == detail::dump_plan::kind::value;
        thread_local std::vector<char> text;
        const std::size_t bound = 256 + d.shape.type_name.size() + plan.text.size() + 48 * plan.segments.size() +
                                  detail::max_value_chars * value_count;
        if (text.size() < bound) text.resize(bound);
        char* out = fmt::format_to(text.data(), FMT_COMPILE("{} at {} ({}), {} bytes\n"), d.shape.type_name, d.address,
                                   memlayout::to_string(d.where), d.shape.size);
        for (const detail::dump_plan::segment& s : plan.segments) {
            switch (s.k) {
                case detail::dump_plan::kind::text:
                    std::memcpy(out, plan.text.data() + s.first, s.count);
                    out += s.count;
                    break;
                case detail::dump_plan::kind::bytes:
                    out = detail::write_hex(out, d.bytes.data() + s.first, mask.data() + s.first, s.count);
                    break;
                case detail::dump_plan::kind::padding:
                    out = detail::write_hex(out, d.bytes.data() + s.first, nullptr, s.count);
                    break;
                case detail::dump_plan::kind::value:
                    out = writers[s.member](out, d.bytes.data() + d.shape.fields[s.member].offset, d.options.regions);
                    break;
            }
        }
        auto result = fmt::format_to(context.out(), FMT_COMPILE("{}"), fmt::string_view(text.data(), out - text.data()));
        if constexpr (detail::std_header<T>::modelled) {
            const detail::decoded_header& h = d.decoded;
            if (h.has_capacity)
                result = fmt::format_to(result, "decoded: {} elements, capacity {}{}; agrees with data(), size() and capacity()\n",
                                        h.size, h.capacity, h.local ? ", characters in the object" : "");
            else
                result = fmt::format_to(result, "decoded: {} elements{}; agrees with data() and size()\n", h.size,
                                        h.local ? ", characters in the object (short string)" : "");
        }
        return result;
    }

private:
    // An object whose bytes do not decode as memlayout models its class here: no rows.
    template <class Out>
    static Out raw(const memlayout::object_dump<T>& d, Out out) {
        out = fmt::format_to(out, "{} at {} ({}), {} bytes\n", d.shape.type_name, d.address, memlayout::to_string(d.where),
                             d.shape.size);
        out = fmt::format_to(out, "memlayout: these bytes do not decode as this standard library's {} is modelled "
                                  "(they disagree with data(), size() or capacity()); not explained:\n", d.shape.type_name);
        for (std::size_t at = 0; at < sizeof(T); at += 16) {
            char row[48];
            memlayout::detail::write_hex(row, d.bytes.data() + at, nullptr, sizeof(T) - at < 16 ? sizeof(T) - at : 16);
            out = fmt::format_to(out, "{:>6}  {}\n", at, fmt::string_view(row, 48));
        }
        return out;
    }
};

#endif  // MEMLAYOUT_DUMP_HPP
