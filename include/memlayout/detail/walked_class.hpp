// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_WALKED_CLASS_HPP
#define MEMLAYOUT_DETAIL_WALKED_CLASS_HPP

// Clang 16: the layout of a class that is no aggregate (constructors, private members, virtual
// functions) and has no description, from __builtin_dump_struct walked in a constant
// expression on the never-defined fake_object<T>. The walk gives every direct member's name;
// a member it prints by value comes by reference, and a member it does not (a class it does
// not walk into, a C array) as its address: either way its type and its address are the
// compiler's, and nothing is read. What the walk does not type is refused, with the advice to
// describe the class: a base (the walk gives its name only), a member record the walk walks
// into (the same), an anonymous union (its members come as T's own, sharing bytes), a bit-field
// (its value is read) and a reference member (its referent is).
// Included by reflection.hpp, which defines description_of; nothing here is compiled by GCC,
// which has no such walk.

#include <memlayout/abi.hpp>
#include <memlayout/detail/class_fields.hpp>
#include <memlayout/detail/dumped_fields.hpp>
#include <memlayout/detail/fake_object.hpp>
#include <memlayout/layout.hpp>

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>

namespace memlayout::detail {

template <class T>
constexpr bool laid_out_from_description() noexcept;

// Whether T is laid out from Clang's walk: a class that is no aggregate and has no description.
template <class T>
constexpr bool laid_out_from_walk() noexcept {
#if defined(__clang__)
    return __is_class(T) && !__is_aggregate(T) && !__is_abstract(T) && !laid_out_from_description<T>();
#else
    return false;
#endif
}

// Whether T is a C++ class memlayout lays out from its parts (described, or walked).
template <class T>
constexpr bool laid_out_as_class() noexcept {
    return laid_out_from_description<T>() || laid_out_from_walk<T>();
}

#if defined(__clang__)

struct walked_part {
    std::string_view name;
    std::size_t offset = 0;
    const member_description* described = nullptr;
};
template <std::size_t N>
struct class_walk {
    walked_part parts[N + 1]{};
    std::size_t members = 0;       // every direct member met
    std::size_t bases = 0;
    bool untyped_members = false;  // a member record or bit-field the walk gives no type of
};

template <class T, std::size_t N, class Host>
struct member_walker {
    class_walk<N>* out;

    static constexpr bool direct(std::string_view indent) noexcept { return indent.size() == 2; }
    constexpr void add(const walked_part& p) const noexcept {
        if (out->members < N) out->parts[out->members] = p;
        ++out->members;
    }
    // A base: (indent, type).
    template <class Indent, class Type>
    constexpr void operator()(const char*, Indent&& indent, Type&&) const noexcept {
        if (direct(indent)) ++out->bases;
    }
    // A member record, whose fields follow: (indent, type, name).
    template <class Indent, class Type, class Name>
    constexpr void operator()(const char*, Indent&& indent, Type&&, Name&& name) const noexcept {
        if (!direct(indent)) return;
        out->untyped_members = true;
        add({name});
    }
    // A member: (indent, type, name, the member), or its address where the walk does not print it.
    template <class Indent, class Type, class Name, class V>
    constexpr void operator()(const char*, Indent&& indent, Type&&, Name&& name, V&& value) const noexcept {
        if (!direct(indent)) return;
        using P = std::remove_cvref_t<V>;
        if constexpr (!std::is_reference_v<V> && std::is_pointer_v<P>)
            add({name, offset_in<T, Host>(value), description_of<std::remove_cv_t<std::remove_pointer_t<P>>>()});
        else
            add({name, offset_in<T, Host>(__builtin_addressof(value)), description_of<P>()});
    }
    // A bit-field: (indent, type, name, width, value); the value is read, which the never-defined
    // object cannot give: the walk stops being a constant expression.
    template <class Indent, class Type, class Name, class V>
    constexpr void operator()(const char*, Indent&& indent, Type&&, Name&& name, std::size_t, V) const noexcept {
        if (!direct(indent)) return;
        out->untyped_members = true;
        add({name});
    }
    // The class's own first line, and the braces around member records.
    template <class... Rest>
        requires(sizeof...(Rest) <= 1)
    constexpr void operator()(const char*, Rest&&...) const noexcept {}
};

// T's walk, in the object of Host (T, or a concrete class derived from an abstract T); also the
// check that a description names every base and member (described_class.hpp).
template <class T, std::size_t N, class Host = T>
constexpr class_walk<N> walk_members() noexcept {
    class_walk<N> out;
    __builtin_dump_struct(__builtin_addressof(object_in<T, Host>()), member_walker<T, N, Host>{&out});
    return out;
}

// Whether the walk is a constant expression (not with a bit-field or a reference member).
template <class T, class Host = T>
concept members_walkable = requires { typename std::integral_constant<std::size_t, walk_members<T, 0, Host>().members>; };

template <class T>
struct walked_class_reflection {
    static constexpr bool walkable = members_walkable<T>;
    static constexpr class_walk<0> counted = [] {
        if constexpr (walkable) return walk_members<T, 0>();
        else return class_walk<0>{};
    }();
    static constexpr std::size_t member_count = counted.members;
    // Every member typed: no base, no member record, no bit-field.
    static constexpr bool complete = walkable && counted.bases == 0 && !counted.untyped_members;
    static constexpr bool own_vptr = __is_polymorphic(T);
    static constexpr std::size_t count = (own_vptr ? 1 : 0) + member_count;

    struct walked_parts {
        std::array<field, count> fields{};
        std::array<class_part, count + 1> parts{};
    };
    static constexpr walked_parts listed = [] {
        walked_parts out;
        if constexpr (complete) {
            constexpr class_walk<member_count> walk = walk_members<T, member_count>();
            std::size_t i = 0;
            if constexpr (own_vptr) {
                out.fields[i] = vptr_field<T>();
                out.parts[i++].whole = true;
            }
            for (std::size_t k = 0; k < member_count; ++k) {
                const member_description& d = *walk.parts[k].described;
                field f = d.described;
                f.name = walk.parts[k].name;
                f.offset = walk.parts[k].offset;
                while (f.align > 1 && f.offset % f.align != 0) f.align /= 2;  // T packed
                out.parts[i] = {!d.empty, false, false, d.data_bytes};
                out.fields[i++] = f;
            }
        }
        return out;
    }();

    static constexpr std::array<std::size_t, count + 1> order = offset_order(listed.fields);
    static constexpr std::array<field, count> fields = in_offset_order<T>(listed.fields, order);
    static constexpr bool figures_agree = parts_agree<T>(listed.fields, listed.parts);

    static constexpr bool probeable = false;
    static constexpr byte_mask<sizeof(T)> data_bytes = class_data_bytes<T>(listed.fields, listed.parts);

    static constexpr layout value = host_layout<T>(fields, packing_of<T>(listed.fields), verification::addresses);
};

#endif

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_WALKED_CLASS_HPP
