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
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <iterator>
#include <memory>
#include <optional>
#include <ranges>
#include <span>
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
    /// Print each member's value (numbers, characters, booleans, enums, pointers, arrays of
    /// those) after its bytes; off: the bytes alone, with their boundaries and padding.
    bool values = true;
    /// Say which region the object is in and each pointer points into: one read of
    /// /proc/self/maps per dump (per table for `dump_table`).
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

inline bool use_color(const dump_options& options) noexcept {
    return options.color == dump_options::colors::always ||
           (options.color == dump_options::colors::automatic && stdout_is_a_terminal() && std::getenv("NO_COLOR") == nullptr);
}
}  // namespace detail

/// A copy of an object's bytes with the layout that explains them; `fmt::print("{}", ...)`
/// prints one row per member (offset, size, name, type, bytes, value) and per padding gap.
template <class T>
struct object_dump {
    layout shape;
    const void* address = nullptr;
    region where = region::unknown;
    /// The mappings when the object was dumped, to tell its pointers' regions (when asked).
    std::shared_ptr<const region_map> regions;
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

// 1 for each byte of a T that holds data, worked out once per type. Not a constant: GCC 12
// with -fsanitize=undefined cannot compare a static layout's address with nullptr in one.
template <class T>
const std::array<unsigned char, sizeof(T)>& data_mask() {
    static const std::array<unsigned char, sizeof(T)> mask = [] {
        std::array<unsigned char, sizeof(T)> bytes{};
        mark_data(layout_of<T>(), 0, bytes.data());
        return bytes;
    }();
    return mask;
}

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

namespace detail {
template <class U>
constexpr bool is_pointer_value() noexcept {
    if constexpr (std_array_traits<U>::value) return is_pointer_value<std::remove_cv_t<typename std_array_traits<U>::element>>();
    else return std::is_pointer_v<U>;
}
// Whether a member's value is a pointer whose region the dump tells.
template <class... M>
constexpr bool prints_pointers(bound<M...>*) noexcept {
    return (is_pointer_value<std::remove_cv_t<M>>() || ...);
}

// Through std::bit_cast for trivially copyable types; otherwise the object representation,
// read as unsigned char (which may alias any object).
template <class T>
std::array<unsigned char, sizeof(T)> object_bytes(const T& object) noexcept {
    if constexpr (std::is_trivially_copyable_v<T>) {
        return std::bit_cast<std::array<unsigned char, sizeof(T)>>(object);
    } else {
        std::array<unsigned char, sizeof(T)> bytes;
        std::copy_n(reinterpret_cast<const unsigned char*>(std::addressof(object)), sizeof(T), bytes.begin());
        return bytes;
    }
}
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
        result.data = detail::data_mask<T>();
    }
    result.address = static_cast<const void*>(std::addressof(object));
    if (options.regions) {
        if constexpr (detail::prints_pointers(static_cast<typename detail::dump_members<T>::type*>(nullptr))) {
            result.regions = std::make_shared<const region_map>(region_map::read());
            result.where = result.regions->of(result.address);
        } else {
            result.where = region_of(result.address);  // no pointer to look up: stop at its line
        }
    }
    result.bytes = detail::object_bytes(object);
    if constexpr (detail::std_header<T>::modelled)
        result.decoded = detail::std_header<T>::decode(object, result.bytes.data(), result.data.data());
    result.options = options;
    result.color = detail::use_color(options);
    return result;
}

/// Many objects of one type, to print one line per object; see `dump_table`.
template <class T>
struct table_dump {
    std::span<const T> objects;
    dump_options options;
    bool color = false;
};

/// The objects of a contiguous range (a std::vector, std::array, C array or std::span of
/// aggregates), to print as a table: a header with each member's name and offset, then one
/// line per object with each member's bytes in hex and its value. The format for many
/// objects; `dump` explains one object at length. The table reads the objects when printed.
///
/// \b Example:
/// \code
/// std::vector<Sample> samples(1000);
/// fmt::print("{}", memlayout::dump_table(samples, {.regions = false}));
/// \endcode
template <std::ranges::contiguous_range R>
auto dump_table(const R& objects, dump_options options = {}) {
    using T = std::remove_cv_t<std::ranges::range_value_t<R>>;
    static_assert(std::is_aggregate_v<T> && !detail::std_array_traits<T>::value,
                  "memlayout: dump_table takes a contiguous range of aggregates memlayout reflects; dump one "
                  "std::vector, std::span, std::string_view or (with libstdc++) std::string at a time with memlayout::dump.");
    table_dump<T> result{std::span<const T>(std::ranges::data(objects), std::ranges::size(objects)), options, false};
    result.color = detail::use_color(options);
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

// Characters print as 'c' (code) when narrow, as U+XXXX when wide.
template <class U>
inline constexpr bool is_narrow_character = std::is_same_v<U, char> || std::is_same_v<U, signed char> ||
                                            std::is_same_v<U, unsigned char>;
template <class U>
inline constexpr bool is_wide_character = std::is_same_v<U, wchar_t> || std::is_same_v<U, char8_t> ||
                                          std::is_same_v<U, char16_t> || std::is_same_v<U, char32_t>;

// A member type whose value the dumper prints: numbers, characters, booleans, enums,
// pointers, and std::arrays of those but characters (text or raw bytes, which the hex
// shows best; a std::string's buffer holds bytes never written).
template <class U>
constexpr bool has_printed_value() noexcept {
    if constexpr (std_array_traits<U>::value) {
        using E = std::remove_cv_t<typename std_array_traits<U>::element>;
        return std_array_traits<U>::count != 0 && !std_array_traits<E>::value && !is_narrow_character<E> && !is_wide_character<E> &&
               has_printed_value<E>();
    } else {
        return std::is_arithmetic_v<U> || std::is_enum_v<U> || std::is_pointer_v<U> || std::is_null_pointer_v<U>;
    }
}

// The most characters write_value writes for a U: what the output buffer reserves.
template <class U>
constexpr std::size_t max_value_chars() noexcept {
    if constexpr (std_array_traits<U>::value) {
        if constexpr (has_printed_value<U>())
            return 2 + std_array_traits<U>::count * (max_value_chars<std::remove_cv_t<typename std_array_traits<U>::element>>() + 2);
        else
            return 0;
    } else if constexpr (std::is_same_v<U, bool>) {
        return 16;  // "invalid bool 255"
    } else if constexpr (std::is_floating_point_v<U>) {
        return 48;  // shortest round trip: sign, 36 digits, point, exponent
    } else if constexpr (std::is_pointer_v<U> || std::is_null_pointer_v<U>) {
        return 2 + 2 * sizeof(void*) + 12;  // "0x" digits " (static_ro)"
    } else if constexpr (std::is_arithmetic_v<U> || std::is_enum_v<U>) {
        return 12 + 3 * sizeof(U);  // digits and sign; "'c' (99)"; "U+0000FFFF"
    } else {
        return 0;
    }
}

// The widest value of a U as the table prints it, for its column: a value wider than this
// (an invalid bool) only shifts the rest of its line.
template <class U>
constexpr std::size_t column_chars(bool regions) noexcept {
    if constexpr (std_array_traits<U>::value) {
        if constexpr (has_printed_value<U>()) {
            constexpr std::size_t n = std_array_traits<U>::count;
            return 2 + n * column_chars<std::remove_cv_t<typename std_array_traits<U>::element>>(regions) + 2 * (n - 1);
        } else {
            return 0;
        }
    } else if constexpr (std::is_same_v<U, bool>) {
        return 5;
    } else if constexpr (is_narrow_character<U>) {
        return 9;  // "'~' (126)"
    } else if constexpr (is_wide_character<U>) {
        return 2 + 2 * sizeof(U);  // "U+0000FFFF"
    } else if constexpr (std::is_floating_point_v<U>) {
        // fmt's shortest form: "-d.ddde-XXX", or fixed below an exponent of 16 ("-0.000ddd", 16 digits)
        using limits = std::numeric_limits<U>;
        constexpr std::size_t exponent_digits = limits::max_exponent10 >= 1000 ? 4 : limits::max_exponent10 >= 100 ? 3 : 2;
        constexpr std::size_t scientific = 1 + limits::max_digits10 + 1 + 2 + exponent_digits;
        constexpr std::size_t fixed = 1 + std::max<std::size_t>(limits::max_digits10 + 5, 17);
        return std::max(scientific, fixed);
    } else if constexpr (std::is_pointer_v<U> || std::is_null_pointer_v<U>) {
        return 2 + 2 * sizeof(void*) + (regions ? 12 : 0);  // "0x" digits " (static_ro)"
    } else if constexpr (std::is_enum_v<U>) {
        return column_chars<std::underlying_type_t<U>>(regions);
    } else if constexpr (std::is_integral_v<U>) {
        return static_cast<std::size_t>(std::numeric_limits<U>::digits10) + 1 + (std::is_signed_v<U> ? 1 : 0);
    } else {
        return 0;
    }
}

// "00" to "99": integers are written two digits at a time.
inline constexpr std::array<char, 200> digit_pairs = [] {
    std::array<char, 200> table{};
    for (std::size_t i = 0; i < 100; ++i) {
        table[2 * i] = static_cast<char>('0' + i / 10);
        table[2 * i + 1] = static_cast<char>('0' + i % 10);
    }
    return table;
}();

// The decimal digits of n, from its bit width: bits * log10(2) (1233 / 4096) is the count
// or one less, and one comparison with a power of ten tells which.
template <class U>
inline constexpr auto powers_of_ten = [] {
    std::array<U, std::numeric_limits<U>::digits10 + 1> p{};  // p[0] = 0, p[i] = 10^i
    U v = 1;
    for (std::size_t i = 1; i < p.size(); ++i) p[i] = v *= 10;
    return p;
}();

template <class U>
std::size_t decimal_digits_of(U n) noexcept {
    constexpr const auto& powers = powers_of_ten<U>;
    const auto t = static_cast<std::size_t>(static_cast<std::size_t>(std::bit_width(static_cast<U>(n | 1))) * 1233 >> 12);
    return t + 1 - (n < powers[t] ? 1 : 0);
}

inline char* write_unsigned(char* out, std::uint32_t n) noexcept {
    const std::size_t digits = decimal_digits_of(n);
    char* p = out + digits;
    while (n >= 100) {
        p -= 2;
        std::memcpy(p, &digit_pairs[2 * (n % 100)], 2);
        n /= 100;
    }
    if (n >= 10) std::memcpy(p - 2, &digit_pairs[2 * n], 2);
    else p[-1] = static_cast<char>('0' + n);
    return out + digits;
}

// Exactly eight digits, leading zeros included: four independent pairs.
inline char* write_eight_digits(char* out, std::uint32_t n) noexcept {
    const std::uint32_t high = n / 10000;
    const std::uint32_t low = n % 10000;
    std::memcpy(out, &digit_pairs[2 * (high / 100)], 2);
    std::memcpy(out + 2, &digit_pairs[2 * (high % 100)], 2);
    std::memcpy(out + 4, &digit_pairs[2 * (low / 100)], 2);
    std::memcpy(out + 6, &digit_pairs[2 * (low % 100)], 2);
    return out + 8;
}

// 64-bit values in 32-bit pieces of eight digits: 32-bit divisions are the cheap ones.
inline char* write_unsigned(char* out, std::uint64_t n) noexcept {
    constexpr std::uint64_t hundred_million = 100000000;
    if (n <= 0xffffffffu) return write_unsigned(out, static_cast<std::uint32_t>(n));
    const std::uint64_t high = n / hundred_million;
    const auto low = static_cast<std::uint32_t>(n % hundred_million);
    if (high <= 0xffffffffu) {
        out = write_unsigned(out, static_cast<std::uint32_t>(high));
    } else {
        out = write_unsigned(out, static_cast<std::uint32_t>(high / hundred_million));
        out = write_eight_digits(out, static_cast<std::uint32_t>(high % hundred_million));
    }
    return write_eight_digits(out, low);
}

template <class I>
char* write_integer(char* out, I value) noexcept {
    if constexpr (sizeof(I) > sizeof(std::uint64_t)) {
        return std::to_chars(out, out + 48, value).ptr;  // never fails: 48 characters hold 128 bits
    } else {
        using U = std::conditional_t<(sizeof(I) <= sizeof(std::uint32_t)), std::uint32_t, std::uint64_t>;
        if constexpr (std::is_signed_v<I>) {
            if (value < 0) {
                *out++ = '-';
                return write_unsigned(out, static_cast<U>(U{0} - static_cast<U>(value)));
            }
        }
        return write_unsigned(out, static_cast<U>(value));
    }
}

// A float or double in {fmt}'s "{}" form, the shortest that reads back the same: the digits
// and exponent from {fmt}'s Dragonbox, laid out as {fmt} does (fixed notation for a decimal
// exponent in [-4, 16), "d.ddde+XX" otherwise). The test suite compares it with fmt::format
// on millions of values. Other {fmt} versions, and long double, go through fmt::format_to.
template <class F>
char* write_floating(char* out, F value) {
#if FMT_VERSION >= 90000 && FMT_VERSION < 120000
    if constexpr (std::is_same_v<F, float> || std::is_same_v<F, double>) {
        using bits_type = std::conditional_t<sizeof(F) == 4, std::uint32_t, std::uint64_t>;
        const auto bits = std::bit_cast<bits_type>(value);
        constexpr int mantissa_bits = std::numeric_limits<F>::digits - 1;
        constexpr bits_type exponent_mask = static_cast<bits_type>(((bits_type{1} << (sizeof(F) * 8 - 1)) - 1) &
                                                                   ~((bits_type{1} << mantissa_bits) - 1));
        if ((bits & exponent_mask) == exponent_mask) return fmt::format_to(out, FMT_COMPILE("{}"), value);  // inf, nan
        if ((bits >> (sizeof(F) * 8 - 1)) != 0) *out++ = '-';
        if ((bits & ~(bits_type{1} << (sizeof(F) * 8 - 1))) == 0) {
            *out++ = '0';
            return out;
        }
        const auto decimal = fmt::detail::dragonbox::to_decimal(value < 0 ? -value : value);
        char digits[24];
        const int count = static_cast<int>(write_unsigned(digits, static_cast<std::uint64_t>(decimal.significand)) - digits);
        const int exponent = decimal.exponent;
        const int output_exponent = exponent + count - 1;
        if (output_exponent < -4 || output_exponent >= 16) {
            *out++ = digits[0];
            if (count > 1) {
                *out++ = '.';
                std::memcpy(out, digits + 1, static_cast<std::size_t>(count - 1));
                out += count - 1;
            }
            *out++ = 'e';
            *out++ = output_exponent < 0 ? '-' : '+';
            const int e = output_exponent < 0 ? -output_exponent : output_exponent;
            if (e >= 100) return write_unsigned(out, static_cast<std::uint32_t>(e));
            std::memcpy(out, &digit_pairs[2 * static_cast<std::size_t>(e)], 2);
            return out + 2;
        }
        if (exponent >= 0) {  // 1234e2: 123400
            std::memcpy(out, digits, static_cast<std::size_t>(count));
            std::memset(out + count, '0', static_cast<std::size_t>(exponent));
            return out + count + exponent;
        }
        if (count + exponent > 0) {  // 1234e-2: 12.34
            const int whole = count + exponent;
            std::memcpy(out, digits, static_cast<std::size_t>(whole));
            out[whole] = '.';
            std::memcpy(out + whole + 1, digits + whole, static_cast<std::size_t>(count - whole));
            return out + count + 1;
        }
        out[0] = '0';  // 1234e-6: 0.001234
        out[1] = '.';
        std::memset(out + 2, '0', static_cast<std::size_t>(-(count + exponent)));
        out += 2 - (count + exponent);
        std::memcpy(out, digits, static_cast<std::size_t>(count));
        return out + count;
    } else
#endif
    {
        return fmt::format_to(out, FMT_COMPILE("{}"), value);
    }
}

// Writes a member's value from its bytes; nothing for members without a printable value.
// Pointers say where they point when `regions` is given.
template <class U>
char* write_value(char* out, const unsigned char* bytes, const region_map* regions) {
    if constexpr (std_array_traits<U>::value) {
        if constexpr (has_printed_value<U>()) {
            using E = std::remove_cv_t<typename std_array_traits<U>::element>;
            *out++ = '{';
            for (std::size_t i = 0; i < std_array_traits<U>::count; ++i) {
                if (i != 0) {
                    out[0] = ',';
                    out[1] = ' ';
                    out += 2;
                }
                out = write_value<E>(out, bytes + i * sizeof(E), regions);
            }
            *out++ = '}';
        }
        return out;
    } else if constexpr (std::is_same_v<U, bool>) {
        if (bytes[0] > 1) return write_integer(std::copy_n("invalid bool ", 13, out), static_cast<unsigned>(bytes[0]));
        return bytes[0] == 1 ? std::copy_n("true", 4, out) : std::copy_n("false", 5, out);
    } else if constexpr (is_narrow_character<U>) {
        const int code = static_cast<int>(static_cast<U>(bytes[0]));
        if (code < 0x20 || code >= 0x7f) return write_integer(out, code);
        out[0] = '\'';
        out[1] = static_cast<char>(code);
        out[2] = '\'';
        out[3] = ' ';
        out[4] = '(';
        out = write_integer(out + 5, code);
        *out++ = ')';
        return out;
    } else if constexpr (is_wide_character<U>) {
        U value{};
        std::memcpy(&value, bytes, sizeof value);
        return fmt::format_to(out, FMT_COMPILE("U+{:04X}"), static_cast<std::uint32_t>(value));
    } else if constexpr (std::is_enum_v<U>) {
        std::underlying_type_t<U> value{};
        std::memcpy(&value, bytes, sizeof value);
        return write_integer(out, +value);
    } else if constexpr (std::is_pointer_v<U> || std::is_null_pointer_v<U>) {
        std::uintptr_t value = 0;
        std::memcpy(&value, bytes, sizeof(U) < sizeof value ? sizeof(U) : sizeof value);
        if (value == 0) return std::copy_n("nullptr", 7, out);
        out[0] = '0';
        out[1] = 'x';
        out = std::to_chars(out + 2, out + 2 + 2 * sizeof value, value, 16).ptr;
        if (regions == nullptr) return out;
        const std::string_view where = to_string(regions->of(reinterpret_cast<const void*>(value)));
        out[0] = ' ';
        out[1] = '(';
        out = std::copy(where.begin(), where.end(), out + 2);
        *out++ = ')';
        return out;
    } else if constexpr (std::is_integral_v<U>) {
        U value{};
        std::memcpy(&value, bytes, sizeof value);
        return write_integer(out, value);
    } else if constexpr (std::is_floating_point_v<U>) {
        U value{};
        std::memcpy(&value, bytes, sizeof value);
        return write_floating(out, value);
    } else {
        return out;
    }
}

template <class Bound>
struct value_writers;

template <class... M>
struct value_writers<bound<M...>> {
    using writer = char* (*)(char*, const unsigned char*, const region_map*);
    static constexpr std::array<writer, sizeof...(M) + 1> table{&write_value<std::remove_cv_t<M>>..., nullptr};
    static constexpr std::array<std::size_t, sizeof...(M) + 1> most_chars{max_value_chars<std::remove_cv_t<M>>()..., 0};
    static constexpr std::array<bool, sizeof...(M) + 1> printed{has_printed_value<std::remove_cv_t<M>>()..., false};
    static constexpr std::size_t total_chars = (max_value_chars<std::remove_cv_t<M>>() + ... + 0);
    static constexpr std::array<std::size_t, sizeof...(M) + 1> columns[2] = {
        {column_chars<std::remove_cv_t<M>>(false)..., 0}, {column_chars<std::remove_cv_t<M>>(true)..., 0}};
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

inline plan_key key_of(const dump_options& o, bool color, bool table, std::size_t index_width = 0) noexcept {
    return {color, o.show_padding, o.values, table && o.regions, o.cache_line == 0 ? 64 : o.cache_line,
            table ? index_width : 0};
}

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
        name_width = std::max(name_width, f.name.size());
        type_width = std::max(type_width, f.type_name.size());
    }
    // As many byte columns as the widest member (or shown padding gap) needs, 2 to 16.
    std::size_t widest = 2;
    std::size_t gap_end = 0;
    for (const field& f : L.fields) {
        widest = std::max(widest, f.size);
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
                                      fmt::styled(f.name, style(fmt::terminal_color::cyan)), name_width, f.type_name,
                                      type_width));
        else
            plan.add_text(fmt::format("{:>6} {:>5}  {:<{}} {:<{}} ", f.offset, f.size, f.name, name_width, f.type_name,
                                      type_width));
        for (std::size_t at = 0; at < f.size || at == 0; at += columns) {
            if (at != 0) plan.add_text(fmt::format("{:>6} {:>5}  {:<{}} {:<{}} ", f.offset + at, "", "", name_width, "", type_width));
            const bool value = at == 0 && values && printed[i];
            plan.segments.push_back({dump_plan::kind::bytes, f.offset + at, std::min(f.size - at, columns), 0, value});
            if (value) {
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
    return plan;
}

// Writes "xx " per byte (a byte's hex, `__` for padding inside a member) from the table, no
// fmt call per byte; padded: blanks to `columns` columns, else no blank after the last.
inline char* write_hex(char* out, const unsigned char* bytes, const unsigned char* mask, std::size_t count,
                       std::size_t columns, bool padded) noexcept {
    std::memset(out, ' ', 3 * columns);
    for (std::size_t k = 0; k < count; ++k) {
        const bool data = mask == nullptr || mask[k] != 0;
        out[3 * k] = data ? hex_pairs[2 * bytes[k]] : '_';
        out[3 * k + 1] = data ? hex_pairs[2 * bytes[k] + 1] : '_';
    }
    return out + (padded ? 3 * columns : count == 0 ? 0 : 3 * count - 1);
}

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
        using writers = detail::value_writers<typename detail::dump_members<T>::type>;
        if (const detail::plan_key key = detail::key_of(d.options, d.color, false); plan.key != key)
            plan = detail::make_dump_plan(d.shape, writers::printed.data(), key);
        const memlayout::region_map* regions = d.options.regions ? d.regions.get() : nullptr;

        // Every part has a known most length: one buffer, written through a pointer.
        thread_local std::vector<char> text;
        const std::size_t bound =
            256 + d.shape.type_name.size() + plan.text.size() + 48 * plan.segments.size() + writers::total_chars;
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
                    out = detail::write_hex(out, d.bytes.data() + s.first, mask.data() + s.first, s.count, plan.columns, s.padded);
                    break;
                case detail::dump_plan::kind::padding:
                    out = detail::write_hex(out, d.bytes.data() + s.first, nullptr, s.count, plan.columns, s.padded);
                    break;
                case detail::dump_plan::kind::value:
                    out = writers::table[s.member](out, d.bytes.data() + d.shape.fields[s.member].offset, regions);
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
            const char* end =
                memlayout::detail::write_hex(row, d.bytes.data() + at, nullptr, sizeof(T) - at < 16 ? sizeof(T) - at : 16, 16, false);
            out = fmt::format_to(out, "{:>6}  {}\n", at, fmt::string_view(row, static_cast<std::size_t>(end - row)));
        }
        return out;
    }
};

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
    const auto add = [&](std::string_view label, std::size_t offset, std::size_t size, std::size_t member) {
        const std::size_t content = member == members && !show_padding ? 2 : 2 * size;
        columns.push_back({label, offset, size, member, content, std::max({label.size(), decimal_digits_of(offset), content})});
    };
    std::size_t end = 0;
    for (std::size_t i = 0; i < members; ++i) {
        const field& f = L.fields[i];
        if (f.offset > end) add("..", end, f.offset - end, members);
        add(f.name, f.offset, f.size, i);
        end = std::max(end, f.end());
    }
    if (L.size > end) add("..", end, L.size - end, members);
    // '|' before the column in which a cache line begins, ' ' before the others.
    const auto separator = [&](std::size_t c) -> std::string_view {
        const std::size_t first = columns[c].offset;
        const std::size_t last = first + std::max<std::size_t>(columns[c].size, 1) - 1;
        if (c == 0) return "";
        return first % cache_line == 0 || first / cache_line != last / cache_line ? "|" : " ";
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
        for (std::size_t k = 0; k < L.fields[i].size; ++k) plan.masked[i] |= mask[L.fields[i].offset + k] == 0 ? 1 : 0;
    for (std::size_t v = 0; v < valued.size(); ++v) {
        const field& f = L.fields[valued[v]];
        const bool last = v + 1 == valued.size();
        plan.value_width[valued[v]] = last ? 0 : std::max(f.name.size(), widths[valued[v]]);
        names += "  ";
        names += fmt::format("{:<{}}", fmt::styled(f.name, style(fmt::terminal_color::cyan)), plan.value_width[valued[v]]);
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

// N bytes as hex, two characters each from the table; with a mask, `__` where it says
// padding (members whose bytes are all data go without).
// The count is a constant: the optimiser unrolls short members and keeps long ones a loop.
template <std::size_t First, std::size_t N>
char* write_hex_fixed(char* out, const unsigned char* bytes, const unsigned char* mask) noexcept {
    if (mask == nullptr) {
        for (std::size_t k = 0; k < N; ++k) std::memcpy(out + 2 * k, &hex_pairs[2 * bytes[First + k]], 2);
    } else {
        for (std::size_t k = 0; k < N; ++k)
            std::memcpy(out + 2 * k, mask[First + k] != 0 ? &hex_pairs[2 * bytes[First + k]] : "__", 2);
    }
    return out + 2 * N;
}

// One line of a table of T: the index is written; this writes the rest, unrolled over the
// members, whose offsets and sizes are constants here.
template <class Bound>
struct bound_size;
template <class... M>
struct bound_size<bound<M...>> : std::integral_constant<std::size_t, sizeof...(M)> {};

template <class T, class Bound = typename dump_members<T>::type,
          class Index = std::make_index_sequence<bound_size<Bound>::value>>
struct table_line;

template <class T, class... M, std::size_t... I>
struct table_line<T, bound<M...>, std::index_sequence<I...>> {
    static constexpr layout shape = layout_of<T>();
    static constexpr std::size_t members = sizeof...(M);
    static constexpr std::size_t first_valued = [] {
        constexpr std::array<bool, members + 1> printed{has_printed_value<std::remove_cv_t<M>>()..., true};
        std::size_t k = 0;
        while (!printed[k]) ++k;
        return k;
    }();
    static constexpr std::size_t gap_first(std::size_t i) noexcept {
        return i == 0 ? 0 : shape.fields[i - 1].end();
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
        if constexpr (has_printed_value<U>()) {
            if constexpr (K != first_valued) {
                out[0] = ' ';
                out[1] = ' ';
                out += 2;
            }
            const std::size_t width = plan.value_width[K];
            char* const start = out;
            if (width != 0 && width <= 32) std::memset(out, ' ', 32);
            out = write_value<U>(out, bytes + shape.fields[K].offset, regions);
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
          out = write_hex_fixed<shape.fields[I].offset, shape.fields[I].size>(out, bytes, plan.masked[I] ? mask : nullptr)),
         ...);
        out = gap<members>(out, plan, bytes);
        out = copy_piece(out, plan, plan.mid[members]);
        if (plan.key->values) ((out = value<I, std::remove_cv_t<M>>(out, plan, bytes, regions)), ...);
        *out++ = '\n';
        return out;
    }
};

}  // namespace memlayout::detail

/// `fmt::print("{}", memlayout::dump_table(objects))`: a header, then one line per object.
/// The header and each line's static text are worked out once per type and options; each
/// object costs the hex of its bytes, its members' values and its index.
template <class T>
struct fmt::formatter<memlayout::table_dump<T>> {
    constexpr auto parse(fmt::format_parse_context& context) { return context.begin(); }

    template <class FormatContext>
    auto format(const memlayout::table_dump<T>& t, FormatContext& context) const {
        namespace detail = memlayout::detail;
        using writers = detail::value_writers<typename detail::dump_members<T>::type>;
        using line_writer = detail::table_line<T>;
        constexpr const memlayout::layout& L = line_writer::shape;
        const std::size_t count = t.objects.size();
        std::optional<memlayout::region_map> maps;
        if (t.options.regions) maps = memlayout::region_map::read();
        const memlayout::region_map* regions = maps ? &*maps : nullptr;
        const std::size_t index_width = std::max<std::size_t>(6, detail::decimal_digits_of(count == 0 ? 0 : count - 1));

        thread_local detail::table_plan plan;
        if (const detail::plan_key key = detail::key_of(t.options, t.color, true, index_width); plan.key != key)
            plan = detail::make_table_plan(L, detail::data_mask<T>().data(), writers::printed.data(),
                                           writers::columns[t.options.regions].data(), writers::most_chars.data(), key);

        auto out = fmt::format_to(context.out(), "{}: {} object{} of {} bytes at {} ({})\n", L.type_name, count,
                                  count == 1 ? "" : "s", L.size, static_cast<const void*>(t.objects.data()),
                                  memlayout::to_string(regions ? regions->of(t.objects.data()) : memlayout::region::unknown));
        out = fmt::format_to(out, FMT_COMPILE("{}"), fmt::string_view(plan.header));

        // Lines go to one buffer through a pointer, handed on whenever it may not hold the
        // next one; 64 bytes of room past a line for the 32-byte copies.
        thread_local std::vector<char> chunk;
        chunk.resize(std::max<std::size_t>(std::size_t{1} << 16, 2 * plan.line_chars + 64));
        char* const begin = chunk.data();
        char* const limit = begin + chunk.size() - plan.line_chars - 64;
        char* p = begin;
        const unsigned char* const mask = detail::data_mask<T>().data();
        // The index as right-aligned text, counted up in place: no conversion per line.
        std::string index(index_width, ' ');
        index.back() = '0';
        for (std::size_t i = 0; i < count; ++i) {
            if (p > limit) {
                out = fmt::format_to(out, FMT_COMPILE("{}"), fmt::string_view(begin, static_cast<std::size_t>(p - begin)));
                p = begin;
            }
            const std::array<unsigned char, sizeof(T)> bytes = detail::object_bytes(t.objects[i]);
            std::memcpy(p, index.data(), index_width);
            p = line_writer::write(p + index_width, plan, bytes.data(), mask, regions);
            for (std::size_t d = index_width; d-- > 0;) {
                if (index[d] == '9') {
                    index[d] = '0';
                } else {
                    index[d] = index[d] == ' ' ? '1' : static_cast<char>(index[d] + 1);
                    break;
                }
            }
        }
        return fmt::format_to(out, FMT_COMPILE("{}"), fmt::string_view(begin, static_cast<std::size_t>(p - begin)));
    }
};

#endif  // MEMLAYOUT_DUMP_HPP
