// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DUMP_HPP
#define MEMLAYOUT_DUMP_HPP

// Live objects, byte by byte: `fmt::print("{}", memlayout::dump(object))` explains one object
// (a row per member and per padding gap), `memlayout::dump_table(objects)` prints many, one
// line each. Needs {fmt} (target memlayout::dump). Includes the report, JSON and SVG headers,
// so that one include gives every printer.

#include <memlayout/json.hpp>
#include <memlayout/layout.hpp>
#include <memlayout/reflect.hpp>
#include <memlayout/region.hpp>
#include <memlayout/report.hpp>
#include <memlayout/svg.hpp>

#include <memlayout/detail/dump_plan.hpp>
#include <memlayout/detail/hex.hpp>
#include <memlayout/detail/std_models.hpp>
#include <memlayout/detail/table_plan.hpp>
#include <memlayout/detail/value_writer.hpp>

#include <fmt/compile.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <limits>
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
// 1 for each byte of a T that holds data, from the compile-time byte map of its members.
template <class T>
inline constexpr std::array<unsigned char, sizeof(T)> data_mask = [] {
    std::array<unsigned char, sizeof(T)> bytes{};
    for (std::size_t i = 0; i < sizeof(T); ++i) bytes[i] = reflection<T>::data_bytes.data[i] ? 1 : 0;
    return bytes;
}();

template <class T>
struct dump_members {
    using type = bound_members<>;  // dump() says why it takes no such T
};
template <class T>
    requires std::is_aggregate_v<T>
struct dump_members<T> {
    using type = bound_of<T>;
};
template <class T>
    requires(std_model<T>::modelled && !std::is_aggregate_v<T>)
struct dump_members<T> {
    using type = typename std_model<T>::members;
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
constexpr bool prints_pointers(bound_members<M...>*) noexcept {
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
    static_assert(detail::std_model<T>::modelled || std::is_aggregate_v<T>,
                  "memlayout: dump takes an aggregate memlayout reflects, or a std::vector, std::span, "
                  "std::string_view or (with libstdc++) std::string, whose headers memlayout models for the standard "
                  "library at hand; the members of other classes are private and their layout unknown.");
    object_dump<T> result;
    if constexpr (detail::std_model<T>::modelled) {
        result.shape = detail::std_model_layout<T>::value;
        result.data.fill(1);
    } else {
        result.shape = layout_of<T>();
        result.data = detail::data_mask<T>;
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
    if constexpr (detail::std_model<T>::modelled)
        result.decoded = detail::std_model<T>::decode(object, result.bytes.data(), result.data.data());
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

inline plan_key key_of(const dump_options& o, bool color, bool table, std::size_t index_width = 0) noexcept {
    return {color, o.show_padding, o.values, table && o.regions, o.cache_line == 0 ? 64 : o.cache_line,
            table ? index_width : 0};
}

}  // namespace detail

/// The same picture of a live object, each data byte's value in its cell.
template <class T>
std::string to_svg(const object_dump<T>& d, const svg_options& options = {}) {
    return detail::svg(d.shape, options, d.bytes.data(), d.data.data(),
                       fmt::format("{} at {} ({})", d.shape.type_name, d.address, to_string(d.where)));
}

}  // namespace memlayout

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
        if constexpr (detail::std_model<T>::modelled) {
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
        if constexpr (detail::std_model<T>::modelled) {
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
            plan = detail::make_table_plan(L, detail::data_mask<T>.data(), writers::printed.data(),
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
        const unsigned char* const mask = detail::data_mask<T>.data();
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
