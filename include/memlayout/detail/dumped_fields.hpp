// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_DUMPED_FIELDS_HPP
#define MEMLAYOUT_DETAIL_DUMPED_FIELDS_HPP

// Clang 16's __builtin_dump_struct, called in a constant expression: it calls back once per
// field of a class, with the field's name and type as the compiler spells them, a bit-field's
// width, and the field itself. memlayout takes the field by reference, so that nothing is read
// (an inactive union member may be named), and compares its address with the object's bytes
// for its offset. It walks the members of anonymous unions and structs as members of the
// class, and the members of named member records one level deeper. A bit-field cannot be
// taken by reference: its value is read, which needs a real object (T a literal type).

#include <memlayout/detail/fake_object.hpp>
#include <memlayout/detail/traits.hpp>
#include <memlayout/layout.hpp>

#include <cstddef>
#include <string_view>
#include <type_traits>

namespace memlayout::detail {

// What a member's type gives, for a member the dump reaches (defined in reflection.hpp):
// its description (name and offset not set) and which of its bytes hold data.
struct member_description {
    field described;
    const bool* data_bytes = nullptr;  // sizeof(U) flags; an array's: one element's
    std::size_t element_size = 0;      // the size `data_bytes` repeats with (an array's element's)
    bool empty = false;                // an empty class: it takes no byte of its own
};
template <class U>
constexpr const member_description* description_of() noexcept;

struct dumped_field {
    std::string_view name;
    std::string_view type;        // as Clang spells it: "int", "char[3]", "struct (unnamed) x"
    std::size_t depth = 0;        // 0: a member of the class (or of its anonymous members)
    std::size_t width = 0;        // bit-fields: the width
    std::size_t offset = 0;       // from the field's address; not for bit-fields
    bool bit_field = false;
    bool record = false;          // a member record: its fields follow, one level deeper
    bool addressed = false;       // `offset` is the field's address
    bool array = false;           // a C array (passed as a pointer to it)
    // Described walks: what the member's type gives.
    const member_description* described = nullptr;
};

template <std::size_t N>
struct dumped_fields {
    dumped_field fields[N + 1]{};
    std::size_t used = 0;
    std::size_t total = 0;  // every field the walk met, stored or not
    bool overflow = false;
};

#if defined(__clang__)

template <class T, std::size_t N, bool Describe>
struct field_collector {
    dumped_fields<N>* out;
    const unsigned char* bytes;  // the object's bytes, to tell offsets by
    std::size_t* last;           // the offset found last: the next is most often at or after it

    constexpr void add(const dumped_field& f) const noexcept {
        ++out->total;
        if (out->used < N) out->fields[out->used++] = f;
        else out->overflow = true;
    }
    static constexpr std::size_t depth_of(std::string_view indent) noexcept { return indent.size() / 2 - 1; }
    // Pointers into one object compare for equality only, in a constant expression: each byte's
    // address is tried, from the last field's offset on (fields come in the order of their
    // addresses, but for the members of an anonymous union), then from the start.
    constexpr std::size_t offset_of(const volatile void* address) const noexcept {
        for (std::size_t k = *last; k < sizeof(T); ++k)
            if (address == static_cast<const volatile void*>(bytes + k)) return *last = k;
        for (std::size_t k = 0; k < *last; ++k)
            if (address == static_cast<const volatile void*>(bytes + k)) return *last = k;
        return sizeof(T);
    }

    // A field: (indent, type, name, field); a C array is passed as a pointer to it. The texts
    // are taken as pointers: as references to arrays, each length of name and type made the
    // call a function of its own, instantiated for it.
    template <class V>
    constexpr void operator()(const char*, const char* indent, const char* type, const char* name, V&& value) const noexcept {
        dumped_field f{name, type, depth_of(indent)};
        using P = std::remove_cvref_t<V>;
        f.addressed = true;
        if constexpr (std::is_pointer_v<P> && std::is_array_v<std::remove_pointer_t<P>> && !std::is_reference_v<V>) {
            // A C array is passed as a pointer to it, by value.
            f.offset = offset_of(value);
            f.array = true;
            if constexpr (Describe) f.described = description_of<std::remove_cv_t<std::remove_pointer_t<P>>>();
        } else {
            f.offset = offset_of(&value);
            if constexpr (Describe) f.described = description_of<std::remove_cv_t<std::remove_reference_t<V>>>();
        }
        add(f);
    }
    // A bit-field: (indent, type, name, width, value).
    template <class V>
    constexpr void operator()(const char*, const char* indent, const char* type, const char* name, std::size_t width, V) const noexcept {
        dumped_field f{name, type, depth_of(indent), width};
        f.bit_field = true;
        if constexpr (Describe) f.described = description_of<std::remove_cv_t<V>>();
        add(f);
    }
    // A member record's first line: (indent, type, name); its fields follow.
    constexpr void operator()(const char*, const char* indent, const char* type, const char* name) const noexcept {
        dumped_field f{name, type, depth_of(indent)};
        f.record = true;
        add(f);
    }
    // The class's own first line, and the braces around member records.
    template <class... Rest>
        requires(sizeof...(Rest) <= 1)
    constexpr void operator()(const char*, Rest&&...) const noexcept {}
};

// The fields of T, walked in a constant expression: on a value-initialized T when T is a
// literal type (so that bit-fields can be read), else on the never-defined fake object.
// Describe: each field's type described too (dumped_record, for classes no structured
// binding decomposes); N 0 counts the fields (`total`) and keeps none.
template <class T, std::size_t N, bool Describe = false>
constexpr dumped_fields<N> dump_fields() noexcept {
    dumped_fields<N> out;
    std::size_t last = 0;
    if constexpr (constant_when_value_initialized<T>) {
        fake_overlay<T> object{.held = {T{}}};
        __builtin_dump_struct(&object.held.value, field_collector<T, N, Describe>{&out, object.bytes, &last});
    } else {
        __builtin_dump_struct(&fake_object<T>(), field_collector<T, N, Describe>{&out, fake_object_storage<T>.bytes, &last});
    }
    return out;
}

// Whether the walk is a constant expression: not where it would read a member that cannot be
// read (a bit-field of a non-literal class, an inactive union member's bit-field).
template <class T, std::size_t N>
concept fields_dumpable = requires { typename std::integral_constant<std::size_t, dump_fields<T, N>().used>; };

// The walk kept, where fields_dumpable says it is a constant: Clang 16 evaluates a constexpr call
// anew each time it meets it, and the names and the bit-fields' widths both read the walk.
template <class T, std::size_t N>
inline constexpr dumped_fields<N> dumped_walk = dump_fields<T, N>();

#endif

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_DUMPED_FIELDS_HPP
