// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DUMP_HPP
#define MEMLAYOUT_DUMP_HPP

#include <memlayout/detail/standard_check.hpp>  // first: says when the standard is too old
#include <memlayout/detail/fmt.hpp>             // then: says when {fmt} is missing

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

namespace detail {

using value_writer = char* (*)(char*, const unsigned char*, const region_map*);

// What printing an object needs of its type, worked out once per type; the printers
// themselves are not templates, so that each type a program dumps costs it little code.
struct dump_type {
    const layout* shape = nullptr;
    const unsigned char* data_mask = nullptr;  // 1 for each byte that holds data
    const value_writer* writers = nullptr;     // per member
    const bool* printed = nullptr;             // per member: whether it has a value to print
    const std::size_t* most_chars = nullptr;   // per member: the most characters its value takes
    const std::size_t* columns[2] = {};        // per member: its value column, without and with regions
    std::size_t total_chars = 0;               // the most characters all values take
    bool has_pointers = false;                 // some value is a pointer whose region is told
    // std::vector, std::span, std::string_view, std::string: decodes an object's header and
    // checks it against the object's accessors (may mark bytes never written as padding).
    decoded_header (*decode)(const void* object, const unsigned char* bytes, unsigned char* mask) = nullptr;
    dump_plan& (*dump_plan_cache)() = nullptr;  // the type's plan of rows
};

// What a table of a type needs besides: its line writer (unrolled over the members) and its
// plan. Apart from dump_type, so that dumping one object does not compile the table's code.
struct table_type {
    const dump_type* type = nullptr;
    char* (*write_line)(char*, const table_plan&, const unsigned char*, const unsigned char*, const region_map*) = nullptr;
    table_plan& (*plan_cache)() = nullptr;
};

// A plan per type and thread, rebuilt when the options change.
template <class T>
dump_plan& dump_plan_of() {
    thread_local dump_plan plan;
    return plan;
}
template <class T>
table_plan& table_plan_of() {
    thread_local table_plan plan;
    return plan;
}

template <class T>
struct dump_members {
    using type = bound_members<>;  // dump() says why it takes no such T
};
template <class T>
    requires(__is_aggregate(T) && !laid_out_from_description<T>())
struct dump_members<T> {
    using type = members_of<T>;
};
template <class T>
    requires(laid_out_from_description<T>())
struct dump_members<T> {
    using type = described_members_in_order<T>;
};
template <class T>
    requires(std_model<T>::modelled && !__is_aggregate(T))
struct dump_members<T> {
    using type = typename std_model<T>::members;
};

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

// 1 for each byte of a T that holds data: the compile-time byte map of its members; all of
// a modelled std class's bytes (its decoding marks the ones never written).
template <class T>
inline constexpr std::array<unsigned char, sizeof(T)> data_mask = [] {
    std::array<unsigned char, sizeof(T)> bytes{};
    for (std::size_t i = 0; i < sizeof(T); ++i) {
        if constexpr (std_model<T>::modelled) bytes[i] = 1;
        else bytes[i] = record_reflection<T>::data_bytes.data[i] ? 1 : 0;
    }
    return bytes;
}();

template <class T>
constexpr const layout* shape_of() noexcept {
    if constexpr (std_model<T>::modelled) return &std_model_layout<T>::value;
    else return &record_reflection<T>::value;
}

template <class T>
struct dump_type_of {
    using writers = value_writers<typename dump_members<T>::type, shape_of<T>()>;
    static constexpr dump_type value = [] {
        dump_type t;
        t.shape = shape_of<T>();
        t.data_mask = data_mask<T>.data();
        t.writers = writers::table.data();
        t.printed = writers::printed.data();
        t.most_chars = writers::most_chars.data();
        t.columns[0] = writers::columns[0].data();
        t.columns[1] = writers::columns[1].data();
        t.total_chars = writers::total_chars;
        t.has_pointers = prints_pointers(static_cast<typename dump_members<T>::type*>(nullptr));
        if constexpr (std_model<T>::modelled) {
            t.decode = [](const void* object, const unsigned char* bytes, unsigned char* mask) {
                return std_model<T>::decode(*static_cast<const T*>(object), bytes, mask);
            };
        }
        t.dump_plan_cache = &dump_plan_of<T>;
        return t;
    }();
};

template <class T>
struct table_type_of {
    static constexpr table_type value{&dump_type_of<T>::value, &table_line<T, typename dump_members<T>::type>::write, &table_plan_of<T>};
};

inline plan_key key_of(const dump_options& o, bool color, bool table, std::size_t index_width = 0) noexcept {
    return {color, o.show_padding, o.values, table && o.regions, o.cache_line == 0 ? 64 : o.cache_line,
            table ? index_width : 0};
}

// An object's bytes and its data mask, side by side: in the dump itself up to a size, on the
// heap beyond it.
class byte_copy {
public:
    byte_copy() = default;
    byte_copy(const void* object, const unsigned char* mask, std::size_t size) : size_(size) {
        if (2 * size > inline_.size()) heap_.resize(2 * size);
        unsigned char* to = storage();
        std::memcpy(to, object, size);  // the object representation, padding included
        std::memcpy(to + size, mask, size);
    }
    byte_copy(const byte_copy& other) : size_(other.size_), inline_(other.inline_), heap_(other.heap_) {}
    byte_copy& operator=(const byte_copy& other) {
        size_ = other.size_;
        inline_ = other.inline_;
        heap_ = other.heap_;
        return *this;
    }
    [[nodiscard]] std::span<const unsigned char> bytes() const noexcept { return {storage(), size_}; }
    [[nodiscard]] std::span<unsigned char> bytes() noexcept { return {storage(), size_}; }
    [[nodiscard]] std::span<const unsigned char> mask() const noexcept { return {storage() + size_, size_}; }
    [[nodiscard]] std::span<unsigned char> mask() noexcept { return {storage() + size_, size_}; }

private:
    [[nodiscard]] const unsigned char* storage() const noexcept { return heap_.empty() ? inline_.data() : heap_.data(); }
    [[nodiscard]] unsigned char* storage() noexcept { return heap_.empty() ? inline_.data() : heap_.data(); }
    std::size_t size_ = 0;
    std::array<unsigned char, 256> inline_{};
    std::vector<unsigned char> heap_;
};

}  // namespace detail

/// A copy of an object's bytes with the layout that explains them; `fmt::print("{}", ...)`
/// prints one row per member (offset, size, name, type, bytes, value) and per padding gap.
/// Made by `memlayout::dump(object)`; one type for objects of every type.
class object_dump {
public:
    layout shape;                    ///< the object's layout
    const void* address = nullptr;   ///< where the object was
    region where = region::unknown;  ///< the region it was in (when asked)
    /// The mappings when the object was dumped, to tell its pointers' regions (when asked).
    std::shared_ptr<const region_map> regions;
    dump_options options;
    bool color = false;
    /// For std::vector, std::span, std::string_view and (libstdc++) std::string: what the
    /// object's header decodes to, and whether it agrees with the object's accessors.
    detail::decoded_header decoded{};

    /// The object's bytes, padding included (copied, never printed unless asked).
    [[nodiscard]] std::span<const unsigned char> bytes() const noexcept { return copy_.bytes(); }
    /// 1 for each byte that holds data, 0 for padding.
    [[nodiscard]] std::span<const unsigned char> data() const noexcept { return copy_.mask(); }
    /// What the printers need of the object's type.
    [[nodiscard]] const detail::dump_type& type() const noexcept { return *type_; }

    object_dump() = default;
    object_dump(const void* object, const detail::dump_type& type, dump_options o)
        : shape(*type.shape), address(object), options(o), copy_(object, type.data_mask, type.shape->size), type_(&type) {}
    /// The bytes and mask, to change (a test's own bytes; a decoder marking bytes never written).
    [[nodiscard]] std::span<unsigned char> bytes_to_change() noexcept { return copy_.bytes(); }
    [[nodiscard]] std::span<unsigned char> data_to_change() noexcept { return copy_.mask(); }

private:
    detail::byte_copy copy_;
    const detail::dump_type* type_ = nullptr;
};

/// The bytes of `object` with its layout, to print. The bytes are the object representation,
/// read as unsigned char (which may alias any object).
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
object_dump dump(const T& object, dump_options options = {}) {
    constexpr bool takes = detail::std_model<T>::modelled || __is_aggregate(T) || detail::laid_out_from_description<T>();
    static_assert(takes,
                  "memlayout: dump takes an aggregate memlayout reflects, a class described with Boost.Describe, or "
                  "a std::vector, std::span, std::string_view or (with libstdc++) std::string, whose headers "
                  "memlayout models for the standard library at hand; the members of other classes are private "
                  "and their layout unknown.");
    if constexpr (takes) {
        if constexpr (!detail::std_model<T>::modelled) (void)layout_of<T>();  // a refused T fails here, with its reason
        constexpr const detail::dump_type& type = detail::dump_type_of<T>::value;
        object_dump result(std::addressof(object), type, options);
        if (options.regions) {
            if (type.has_pointers) {
                result.regions = std::make_shared<const region_map>(region_map::read());
                result.where = result.regions->of(result.address);
            } else {
                result.where = region_of(result.address);  // no pointer to look up: stop at its line
            }
        }
        if (type.decode != nullptr)
            result.decoded = type.decode(std::addressof(object), result.bytes().data(), result.data_to_change().data());
        result.color = detail::use_color(options);
        return result;
    } else {
        return object_dump{};
    }
}

/// Many objects of one type, to print one line per object; see `dump_table`.
struct table_dump {
    const unsigned char* first = nullptr;  ///< the first object's bytes
    std::size_t count = 0;                 ///< how many objects
    dump_options options;
    bool color = false;
    const detail::table_type* type = nullptr;
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
table_dump dump_table(const R& objects, dump_options options = {}) {
    using T = std::remove_cv_t<std::ranges::range_value_t<R>>;
    constexpr bool takes = (__is_aggregate(T) && !detail::std_array_traits<T>::value) || detail::laid_out_from_description<T>();
    static_assert(takes,
                  "memlayout: dump_table takes a contiguous range of aggregates memlayout reflects, or of classes "
                  "described with Boost.Describe; dump one "
                  "std::vector, std::span, std::string_view or (with libstdc++) std::string at a time with memlayout::dump.");
    if constexpr (takes) {
        (void)layout_of<T>();  // a refused T fails here, with its reason
        return table_dump{reinterpret_cast<const unsigned char*>(std::ranges::data(objects)), std::ranges::size(objects),
                          options, detail::use_color(options), &detail::table_type_of<T>::value};
    } else {
        return table_dump{};
    }
}

/// The same picture of a live object, each data byte's value in its cell.
inline std::string to_svg(const object_dump& d, const svg_options& options = {}) {
    return detail::svg(d.shape, options, d.bytes().data(), d.data().data(),
                       fmt::format("{} at {} ({})", d.shape.type_name, d.address, to_string(d.where)));
}

}  // namespace memlayout

/// `fmt::print("{}", memlayout::dump(object))`: one row per member and per padding gap.
/// The rows' static text is worked out once per type and options; each object then costs
/// its bytes' hex (from a table), its members' values and one append.
template <>
struct fmt::formatter<memlayout::object_dump> {
    constexpr auto parse(fmt::format_parse_context& context) { return context.begin(); }

    template <class FormatContext>
    auto format(const memlayout::object_dump& d, FormatContext& context) const {
        return fmt::format_to(context.out(), FMT_COMPILE("{}"), text(d));
    }

    // The dump's text, in a buffer of the thread's that the next dump reuses.
    static fmt::string_view text(const memlayout::object_dump& d) {
        namespace detail = memlayout::detail;
        const detail::dump_type& type = d.type();
        thread_local std::string text;
        if (type.decode != nullptr && !d.decoded.agrees) {
            text.clear();
            raw(d, std::back_inserter(text));
            return text;
        }
        detail::dump_plan& plan = type.dump_plan_cache();
        if (const detail::plan_key key = detail::key_of(d.options, d.color, false); plan.key != key)
            plan = detail::make_dump_plan(d.shape, type.printed, key);
        const memlayout::region_map* regions = d.options.regions ? d.regions.get() : nullptr;
        const unsigned char* const bytes = d.bytes().data();
        const unsigned char* const mask = d.data().data();

        // Every part has a known most length: one buffer, written through a pointer.
        const std::size_t bound = 512 + d.shape.type_name.size() + plan.text.size() + 48 * plan.segments.size() +
                                  type.total_chars;
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
                    out = detail::write_hex(out, bytes + s.first, mask + s.first, s.count, plan.columns, s.padded);
                    break;
                case detail::dump_plan::kind::padding:
                    out = detail::write_hex(out, bytes + s.first, nullptr, s.count, plan.columns, s.padded);
                    break;
                case detail::dump_plan::kind::value:
                    out = type.writers[s.member](out, bytes + d.shape.fields[s.member].offset, regions);
                    break;
            }
        }
        if (type.decode != nullptr) {
            const detail::decoded_header& h = d.decoded;
            if (h.has_capacity)
                out = fmt::format_to(out, "decoded: {} elements, capacity {}{}; agrees with data(), size() and capacity()\n",
                                     h.size, h.capacity, h.local ? ", characters in the object" : "");
            else
                out = fmt::format_to(out, "decoded: {} elements{}; agrees with data() and size()\n", h.size,
                                     h.local ? ", characters in the object (short string)" : "");
        }
        return fmt::string_view(text.data(), static_cast<std::size_t>(out - text.data()));
    }

private:
    // An object whose bytes do not decode as memlayout models its class here: no rows.
    template <class Out>
    static Out raw(const memlayout::object_dump& d, Out out) {
        out = fmt::format_to(out, "{} at {} ({}), {} bytes\n", d.shape.type_name, d.address, memlayout::to_string(d.where),
                             d.shape.size);
        out = fmt::format_to(out, "memlayout: these bytes do not decode as this standard library's {} is modelled "
                                  "(they disagree with data(), size() or capacity()); not explained:\n", d.shape.type_name);
        const std::size_t size = d.bytes().size();
        for (std::size_t at = 0; at < size; at += 16) {
            char row[48];
            const char* end = memlayout::detail::write_hex(row, d.bytes().data() + at, nullptr, size - at < 16 ? size - at : 16,
                                                           16, false);
            out = fmt::format_to(out, "{:>6}  {}\n", at, fmt::string_view(row, static_cast<std::size_t>(end - row)));
        }
        return out;
    }
};

/// `fmt::print("{}", memlayout::dump_table(objects))`: a header, then one line per object.
/// The header and each line's static text are worked out once per type and options; each
/// object costs the hex of its bytes, its members' values and its index.
template <>
struct fmt::formatter<memlayout::table_dump> {
    constexpr auto parse(fmt::format_parse_context& context) { return context.begin(); }

    template <class FormatContext>
    auto format(const memlayout::table_dump& t, FormatContext& context) const {
        auto out = context.out();
        write(t, [&](fmt::string_view text) { out = fmt::format_to(out, FMT_COMPILE("{}"), text); });
        return out;
    }

    // Writes the table in pieces through `emit(fmt::string_view)`.
    template <class Emit>
    static void write(const memlayout::table_dump& t, Emit&& emit) {
        namespace detail = memlayout::detail;
        const detail::dump_type& type = *t.type->type;
        const memlayout::layout& L = *type.shape;
        const std::size_t count = t.count;
        std::optional<memlayout::region_map> maps;
        if (t.options.regions) maps = memlayout::region_map::read();
        const memlayout::region_map* regions = maps ? &*maps : nullptr;
        const std::size_t index_width = std::max<std::size_t>(6, detail::decimal_digits_of(count == 0 ? 0 : count - 1));

        detail::table_plan& plan = t.type->plan_cache();
        if (const detail::plan_key key = detail::key_of(t.options, t.color, true, index_width); plan.key != key)
            plan = detail::make_table_plan(L, type.data_mask, type.printed, type.columns[t.options.regions ? 1 : 0],
                                           type.most_chars, key);

        emit(fmt::format("{}: {} object{} of {} bytes at {} ({})\n{}", L.type_name, count, count == 1 ? "" : "s", L.size,
                         static_cast<const void*>(t.first),
                         memlayout::to_string(regions ? regions->of(t.first) : memlayout::region::unknown), plan.header));

        // Lines go to one buffer through a pointer, handed on whenever it may not hold the
        // next one; 64 bytes of room past a line for the 32-byte copies.
        thread_local std::vector<char> chunk;
        chunk.resize(std::max<std::size_t>(std::size_t{1} << 16, 2 * plan.line_chars + 64));
        char* const begin = chunk.data();
        char* const limit = begin + chunk.size() - plan.line_chars - 64;
        char* p = begin;
        // The index as right-aligned text, counted up in place: no conversion per line.
        std::string index(index_width, ' ');
        index.back() = '0';
        for (std::size_t i = 0; i < count; ++i) {
            if (p > limit) {
                emit(fmt::string_view(begin, static_cast<std::size_t>(p - begin)));
                p = begin;
            }
            std::memcpy(p, index.data(), index_width);
            p = t.type->write_line(p + index_width, plan, t.first + i * L.size, type.data_mask, regions);
            for (std::size_t d = index_width; d-- > 0;) {
                if (index[d] == '9') {
                    index[d] = '0';
                } else {
                    index[d] = index[d] == ' ' ? '1' : static_cast<char>(index[d] + 1);
                    break;
                }
            }
        }
        emit(fmt::string_view(begin, static_cast<std::size_t>(p - begin)));
    }
};

#endif  // MEMLAYOUT_DUMP_HPP
