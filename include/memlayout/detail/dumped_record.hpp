// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_DUMPED_RECORD_HPP
#define MEMLAYOUT_DETAIL_DUMPED_RECORD_HPP

// Clang 16: the layout of a class no structured binding decomposes (one with an anonymous union
// or struct member), and of a union, from __builtin_dump_struct walked in a constant
// expression. The walk gives every member by reference, the members of anonymous members
// included (as one flat list), so each member's name, type and address are the compiler's own;
// aggregate initialization gives the class's elements, which tells which of the walk's members
// each anonymous member holds. Included by reflection.hpp, whose describe_member and
// data_bytes_of it uses; nothing here is compiled by GCC.

#if defined(__clang__)

#include <memlayout/abi.hpp>
#include <memlayout/detail/bit_fields.hpp>
#include <memlayout/detail/bound_members.hpp>
#include <memlayout/detail/byte_probe.hpp>
#include <memlayout/detail/dumped_fields.hpp>
#include <memlayout/detail/placement.hpp>
#include <memlayout/detail/traits.hpp>
#include <memlayout/detail/type_name.hpp>
#include <memlayout/layout.hpp>

#include <array>
#include <climits>
#include <cstddef>
#include <string_view>
#include <type_traits>

namespace memlayout::detail {

inline constexpr std::size_t no_index = static_cast<std::size_t>(-1);

// The elements aggregate initialization shows of T, as bound_members (reflection.hpp).
template <class T>
struct element_list_of;
struct unreached_element;

// T's walk, each field's type described, and where its fields of depth 0 stand in it.
template <class T>
struct dumped_leaves {
    static constexpr std::size_t total = dump_fields<T, 0>().total;
    static constexpr dumped_fields<total> all = dump_fields<T, total, true>();
    static constexpr std::size_t count = [] {
        std::size_t n = 0;
        for (std::size_t k = 0; k < all.used; ++k) n += all.fields[k].depth == 0 ? 1 : 0;
        return n;
    }();
    static constexpr std::array<std::size_t, count + 1> at = [] {
        std::array<std::size_t, count + 1> a{};
        std::size_t n = 0;
        for (std::size_t k = 0; k < all.used; ++k)
            if (all.fields[k].depth == 0) a[n++] = k;
        a[count] = all.used;
        return a;
    }();
    // The first field of depth 0 with an address (its index among them) and its offset in T:
    // where T sits, when T is a member, is that field's address less this offset.
    static constexpr std::size_t anchor = [] {
        for (std::size_t n = 0; n < count; ++n)
            if (all.fields[at[n]].addressed) return n;
        return no_index;
    }();
    static constexpr std::size_t anchor_offset = anchor == no_index ? 0 : all.fields[at[anchor]].offset;
};

// Whether T's walk is a constant expression (not where it would read an inactive union
// member's bit-field, or a bit-field of a class that is not a literal type).
template <class T>
concept walkable = requires { typename std::integral_constant<std::size_t, dump_fields<T, 0>().total>; };

// What aggregate initialization shows of one element of a class: an anonymous member (the
// walk's fields it stands for, its own layout), or a member (its type; a C array's, its
// element's, which brace elision reaches first).
struct walked_element {
    bool anonymous = false;
    std::size_t leaves = 1;
    const layout* inner = nullptr;
    const bool* inner_data = nullptr;
    // Whether the anonymous member's own members are all placed; where they are not (a union's
    // later member of class type, whose type the walk does not give), it is one block.
    bool inner_certain = true;
    const bool* block_data = nullptr;  // the block's data bytes (all of them where not probed)
    const dumped_field* inner_fields = nullptr;  // an anonymous member's own walk
    const std::size_t* inner_at = nullptr;       // where its fields of depth 0 stand there
    const member_description* type = nullptr;
    std::size_t anchor = no_index;  // an anonymous member's or a member record's first addressed field
    std::size_t anchor_offset = 0;
};

template <class T>
struct dumped_record;

// An anonymous struct's layout from a structured binding of its type, where one decomposes it
// (it has no anonymous member itself) and memlayout lays it out: every member at the address
// the binding gives, a member record too (the walk gives none: its place would be the rules',
// which an unnamed bit-field could move unseen; `__DECLARE_FLEX_ARRAY`'s empty struct). Null
// otherwise (defined in reflection.hpp).
struct bound_inner {
    const layout* value = nullptr;
    const bool* data = nullptr;
};
template <class U>
constexpr bound_inner bound_inner_of() noexcept;

template <class M>
constexpr walked_element walked_element_of() noexcept {
    using U = std::remove_cv_t<M>;
    walked_element e;
    if constexpr (is_anonymous_class<U>()) {
        e.anonymous = true;
        if constexpr (walkable<U>) {
            // The walk's fields still say which of T's walk are U's; its layout is built only
            // where no binding gives one.
            e.leaves = dumped_leaves<U>::count;
            constexpr bound_inner bound = bound_inner_of<U>();
            if constexpr (bound.value != nullptr) {
                e.inner = bound.value;
                e.inner_data = bound.data;
            } else {
                using R = dumped_record<U>;
                e.inner = &R::value;
                e.inner_data = R::data_bytes.data;
                e.inner_certain = R::certain;
                if constexpr (!R::certain) e.block_data = description_of<U>()->data_bytes;
            }
            e.inner_fields = dumped_leaves<U>::all.fields;
            e.inner_at = dumped_leaves<U>::at.data();
            e.anchor = dumped_leaves<U>::anchor;
            e.anchor_offset = dumped_leaves<U>::anchor_offset;
        } else {
            e.inner_certain = false;
        }
    } else if constexpr (!std::is_same_v<U, unreached_element>) {
        e.type = description_of<U>();
        if constexpr (__is_class(U) || __is_union(U)) {
            if constexpr (walkable<U>) {
                e.anchor = dumped_leaves<U>::anchor;
                e.anchor_offset = dumped_leaves<U>::anchor_offset;
            }
        }
    }
    return e;
}

// The elements aggregate initialization shows: a struct's, or a union's first member.
template <class T, class Elements>
struct walked_elements_of;
template <class T, class... M>
struct walked_elements_of<T, bound_members<M...>> {
    static constexpr std::size_t count = sizeof...(M);
    static constexpr walked_element at[count + 1] = {walked_element_of<M>()..., walked_element{}};
};

template <class T>
struct dumped_record {
    using leaves = dumped_leaves<T>;
    using elements = walked_elements_of<T, typename element_list_of<T>::type>;
    static constexpr std::size_t capacity = (leaves::count > elements::count ? leaves::count : elements::count) + 1;

    struct built {
        std::array<field, capacity> fields{};
        std::size_t used = 0;
        byte_mask<sizeof(T)> data{};
        bool certain = true;  // every field's place and type is known
        bool flattened = false;
        std::size_t members_align = 1;
    };

    // A field of depth 0 of the walk, described by its type.
    static constexpr field leaf_field(const dumped_field& d, bool& certain) noexcept {
        if (d.described == nullptr) {
            certain = false;
            return field{};
        }
        field f = d.described->described;
        f.name = d.name;
        f.offset = d.offset;
        return f;
    }

    // Marks the bytes of field f (its type's data bytes; a bit-field's bits) in `data`.
    static constexpr void mark(byte_mask<sizeof(T)>& data, const field& f, const bool* bytes, std::size_t element_size) noexcept {
        if (f.is_bit_field()) {
            for (std::size_t b = f.bit_offset; b < f.bit_offset + f.bit_width; ++b)
                if (b / CHAR_BIT < sizeof(T)) data.data[b / CHAR_BIT] = true;
            return;
        }
        if (bytes == nullptr || element_size == 0) return;
        for (std::size_t k = 0; k < f.size && f.offset + k < sizeof(T); ++k)
            data.data[f.offset + k] = data.data[f.offset + k] || bytes[k % element_size];
    }

    // The walk's lines after record line `line` that are its fields (deeper than it), until the
    // next line of its depth or less.
    static constexpr std::size_t record_end(std::size_t line) noexcept {
        std::size_t k = line + 1;
        while (k < leaves::all.used && leaves::all.fields[k].depth > leaves::all.fields[line].depth) ++k;
        return k;
    }
    // The offset of a member record whose walk line is field `line` of the walk: its first
    // addressed field (the `anchor`-th of depth one more) less that field's offset in it.
    static constexpr std::size_t record_offset(std::size_t line, std::size_t anchor, std::size_t anchor_offset) noexcept {
        if (anchor == no_index) return no_index;
        const std::size_t depth = leaves::all.fields[line].depth;
        const std::size_t end = record_end(line);
        std::size_t n = 0;
        for (std::size_t k = line + 1; k < end; ++k) {
            if (leaves::all.fields[k].depth != depth + 1) continue;
            if (n == anchor) return leaves::all.fields[k].offset - anchor_offset;
            ++n;
        }
        return no_index;
    }

    // A union's later member record of the type the first member has (`union { struct ptp_clock_time
    // start; struct ptp_clock_time phase; }`): the walk spells the two types alike and gives the
    // same fields (names, types, places; every named member of a union starts at its start), and
    // aggregate initialization gives the first one's type. Null otherwise (a type no technique
    // shows).
    static constexpr const member_description* same_record_as_first(std::size_t line) noexcept {
        if constexpr (!__is_union(T) || elements::count == 0) {
            return nullptr;
        } else {
            const walked_element& first = elements::at[0];
            if (first.anonymous || first.type == nullptr || leaves::count == 0) return nullptr;
            const std::size_t first_line = leaves::at[0];
            const dumped_field& a = leaves::all.fields[first_line];
            const dumped_field& b = leaves::all.fields[line];
            if (!a.record || a.type != b.type) return nullptr;
            const std::size_t a_end = record_end(first_line);
            const std::size_t b_end = record_end(line);
            if (a_end - first_line != b_end - line) return nullptr;
            // A field with an address in both, at the same offset: the two start at the same place
            // (a later member inside a nested anonymous struct would not).
            bool placed = false;
            for (std::size_t k = 1; first_line + k < a_end; ++k) {
                const dumped_field& x = leaves::all.fields[first_line + k];
                const dumped_field& y = leaves::all.fields[line + k];
                if (x.name != y.name || x.type != y.type || x.depth != y.depth || x.addressed != y.addressed ||
                    x.offset != y.offset || x.bit_field != y.bit_field || x.width != y.width || x.record != y.record)
                    return nullptr;
                placed = placed || x.addressed;
            }
            return placed ? first.type : nullptr;
        }
    }

    static constexpr built build() noexcept {
        built b;
        const bool packed = alignof(T) < max_member_align();
        std::size_t pos = 0;          // the next field of depth 0
        std::size_t bit = 0;          // where the rules place the next bit-field (a struct's)
        std::size_t ruled_end = 0;    // the end, in bits, of what the rules placed
        // A union's members after the first: aggregate initialization does not reach them, and
        // each of the walk's fields left stands for one.
        for (std::size_t i = 0; b.certain && (__is_union(T) ? pos < leaves::count : i < elements::count); ++i) {
            const bool known_element = i < elements::count;
            const walked_element e = known_element ? elements::at[i] : walked_element{};
            field f;
            const bool* bytes = nullptr;
            std::size_t element_size = 0;
            if (e.anonymous) {
                if (e.inner == nullptr || pos + e.leaves > leaves::count) {
                    b.certain = false;
                    break;
                }
                // The walk's fields are the anonymous member's, in order.
                for (std::size_t n = 0; n < e.leaves; ++n)
                    if (leaves::all.fields[leaves::at[pos + n]].name != e.inner_fields[e.inner_at[n]].name) b.certain = false;
                if (!b.certain) break;
                f.type_name = e.inner->type_name;
                f.size = e.inner->size;
                f.align = e.inner->align;
                f.kind = e.inner->is_union ? member_kind::union_type : member_kind::record;
                // Its offset and size are the compiler's even where its members are not all
                // placed: then it is one block, as GCC shows an anonymous member.
                f.record = e.inner_certain ? e.inner : nullptr;
                f.anonymous = true;
                if (e.anchor != no_index && leaves::all.fields[leaves::at[pos + e.anchor]].addressed) {
                    f.offset = leaves::all.fields[leaves::at[pos + e.anchor]].offset - e.anchor_offset;
                } else if (__is_union(T)) {
                    f.offset = 0;
                } else {
                    f.offset = round_up(byte_end(bit), f.align);
                    f.position_from_rules = true;
                }
                bytes = e.inner_certain ? e.inner_data : e.block_data;
                element_size = f.size;
                pos += e.leaves;
            } else {
                if (pos >= leaves::count) {
                    b.certain = false;
                    break;
                }
                const std::size_t line = leaves::at[pos];
                const dumped_field& d = leaves::all.fields[line];
                ++pos;
                if (d.record) {
                    // A member record: aggregate initialization gives its type; a union's later
                    // member's, only where it is the first member's (below).
                    const member_description* type = known_element ? e.type : same_record_as_first(line);
                    if (type == nullptr) {
                        b.certain = false;
                        break;
                    }
                    f = type->described;
                    f.name = d.name;
                    bytes = type->data_bytes;
                    element_size = type->element_size;
                    const std::size_t at = record_offset(line, e.anchor, e.anchor_offset);
                    if (at != no_index) {
                        f.offset = at;
                    } else if (__is_union(T)) {
                        f.offset = 0;
                    } else {
                        f.offset = round_up(byte_end(bit), f.align);
                        f.position_from_rules = true;
                    }
                } else {
                    f = leaf_field(d, b.certain);
                    if (!b.certain) break;
                    // The walk's type must be the one aggregate initialization shows (for a C
                    // array, brace elision shows its element).
                    if (known_element && e.type != nullptr) {
                        const std::string_view walked = d.array ? f.element_type : f.type_name;
                        const std::string_view initialized =
                            e.type->described.kind == member_kind::array ? e.type->described.element_type : e.type->described.type_name;
                        if (walked != initialized) {
                            b.certain = false;
                            break;
                        }
                    }
                    bytes = d.described->data_bytes;
                    element_size = d.described->element_size;
                    if (d.bit_field) {
                        f.bit_width = d.width;
                        if (__is_union(T)) {
                            f.bit_offset = 0;  // a union's bit-field starts at its first bit
                        } else {
                            f.bit_offset = place_bit_field(bit, d.width, f.size, packed, f.align);
                        }
                        f.offset = storage_unit_offset(f.bit_offset, f.size);
                        f.position_from_rules = true;
                    }
                }
            }
            if (f.is_bit_field()) {
                bit = f.bit_offset + f.bit_width;
                ruled_end = bit;
            } else {
                // Whatever the rules placed ends before the next member the compiler placed.
                if (!f.position_from_rules && !__is_union(T) && f.offset * CHAR_BIT < ruled_end) b.certain = false;
                if (f.position_from_rules) ruled_end = (f.offset + f.size) * CHAR_BIT;
                bit = (f.offset + f.size) * CHAR_BIT;
            }
            if (__is_union(T) && i > 0 && (f.offset != 0 || (f.is_bit_field() && f.bit_offset != 0))) b.flattened = true;
            if (f.end() > sizeof(T) || (f.is_bit_field() && f.bit_offset + f.bit_width > sizeof(T) * CHAR_BIT)) b.certain = false;
            mark(b.data, f, bytes, element_size);
            b.members_align = f.align > b.members_align ? f.align : b.members_align;
            b.fields[b.used++] = f;
        }
        if (pos != leaves::count) b.certain = false;
        // A union's members after the first are the walk's flat list: where one is not at the
        // union's start it sits in a nested anonymous struct, and a bit-field there has no place
        // memlayout can prove.
        if (b.flattened)
            for (std::size_t i = 1; i < b.used; ++i)
                if (b.fields[i].is_bit_field()) b.certain = false;
        return b;
    }

    static constexpr std::size_t max_member_align() noexcept {
        std::size_t a = 1;
        for (std::size_t n = 0; n < leaves::count; ++n) {
            const dumped_field& d = leaves::all.fields[leaves::at[n]];
            if (d.described != nullptr && d.described->described.align > a) a = d.described->described.align;
        }
        for (std::size_t i = 0; i < elements::count; ++i) {
            const walked_element& e = elements::at[i];
            if (e.inner != nullptr && e.inner->align > a) a = e.inner->align;
            if (e.type != nullptr && e.type->described.align > a) a = e.type->described.align;
        }
        return a;
    }

    static constexpr built result = build();
    static constexpr bool certain = result.certain;
    static constexpr std::array<field, capacity> fields = result.fields;
    static constexpr byte_mask<sizeof(T)> data_bytes = result.data;
    static constexpr std::size_t packing = alignof(T) < result.members_align ? alignof(T) : 0;

    static constexpr layout value{
        type_name_v<T>,
        sizeof(T),
        alignof(T),
        std::span<const field>(fields.data(), result.used),
        abi::native_name,
        packing,
        verification::addresses,
        __is_union(T),
        result.flattened,
    };
};

}  // namespace memlayout::detail

#endif  // defined(__clang__)

#endif  // MEMLAYOUT_DETAIL_DUMPED_RECORD_HPP
