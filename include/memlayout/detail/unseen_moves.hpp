// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_UNSEEN_MOVES_HPP
#define MEMLAYOUT_DETAIL_UNSEEN_MOVES_HPP

// Whether members placed by the ABI's rules could sit elsewhere without anything the compiler
// shows being different.
//
// Where the compiler gives no member's place (Clang 16's bit-fields, which no constant
// expression shows; the members of a class with an anonymous member on GCC 12), the rules place
// it after the member before, and the compiler's figures bound the result: the next member
// whose address it gives, and sizeof(T). Two things in a declaration move a member later and
// show nowhere else: an unnamed bit-field before it (`unsigned : 3`, `: 0`; no technique lists
// one), and an alignas or aligned attribute (no larger than alignof(T), which shows it). A
// member is pinned when the nearest place either could move it to, with the members after it
// placed by the rules again, runs past the bound; otherwise the rules' place is a guess, and
// layout_of refuses it unless the user states that T has neither (abi::assume).

#include <memlayout/abi.hpp>
#include <memlayout/detail/placement.hpp>
#include <memlayout/layout.hpp>

#include <climits>
#include <cstddef>
#include <span>

namespace memlayout::detail {

// What could move a member the rules placed, and the first such member.
struct unseen_move {
    bool by_unnamed_bit_field = false;  // some member
    bool by_alignment = false;          // some member
    std::size_t member = 0;             // the first: its index in T (an anonymous member's, for one of its own)

    [[nodiscard]] constexpr bool any() const noexcept { return by_unnamed_bit_field || by_alignment; }
    constexpr void add(const unseen_move& other, std::size_t at) noexcept {
        if (!any() && other.any()) member = at;
        by_unnamed_bit_field = by_unnamed_bit_field || other.by_unnamed_bit_field;
        by_alignment = by_alignment || other.by_alignment;
    }
    [[nodiscard]] constexpr bool covered_by(abi::assume stated) const noexcept {
        return (!by_unnamed_bit_field || has(stated, abi::assume::named_bit_fields)) &&
               (!by_alignment || has(stated, abi::assume::natural_alignment));
    }
};

constexpr std::size_t start_bit(const field& f) noexcept { return f.is_bit_field() ? f.bit_offset : f.offset * CHAR_BIT; }
constexpr std::size_t bits_of(const field& f) noexcept { return f.is_bit_field() ? f.bit_width : f.size * CHAR_BIT; }
constexpr std::size_t end_bit(const field& f) noexcept { return start_bit(f) + bits_of(f); }

// Where the rules place field f at or after `bit`.
constexpr std::size_t ruled_start(const field& f, std::size_t bit, bool packed) noexcept {
    if (f.is_bit_field()) return place_bit_field(bit, f.bit_width, f.size, packed, f.align);
    return round_up(byte_end(bit), f.align == 0 ? 1 : f.align) * CHAR_BIT;
}

// The end, in bits, of fields [i, to) when field i starts at `moved` and the rest follow it by
// the rules.
constexpr std::size_t end_after_move(std::span<const field> fields, std::size_t i, std::size_t to, std::size_t moved,
                                     bool packed) noexcept {
    std::size_t bit = moved + bits_of(fields[i]);
    for (std::size_t j = i + 1; j < to; ++j) bit = ruled_start(fields[j], bit, packed) + bits_of(fields[j]);
    return bit;
}

// The members of one record (not a union's, which all start at its start) that the rules
// placed, each against the bound of its run: the next member the compiler placed, or the end.
constexpr unseen_move unseen_move_in(const layout& L) noexcept {
    unseen_move found;
    if (L.is_union) return found;
    const std::span<const field> fields = L.fields;
    const bool packed = L.packing != 0;
    std::size_t before = 0;  // the end, in bits, of the member before
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const field& f = fields[i];
        if (f.position_from_rules && !f.base) {
            std::size_t to = i + 1;
            while (to < fields.size() && fields[to].position_from_rules) ++to;
            const std::size_t bound = to < fields.size() ? start_bit(fields[to]) : L.size * CHAR_BIT;
            const std::size_t at = start_bit(f);
            // An unnamed bit-field before f: f starts after the next bit (or, not a bit-field,
            // at its next aligned place).
            const std::size_t nudged = ruled_start(f, at + 1, packed);
            unseen_move here;
            here.by_unnamed_bit_field = end_after_move(fields, i, to, nudged, packed) <= bound;
            // An alignment of 2, 4, ... up to alignof(T), above f's own, that moves f.
            const std::size_t own = f.is_bit_field() ? 1 : (f.align == 0 ? 1 : f.align);
            for (std::size_t a = own * 2; a <= L.align && !packed; a *= 2) {
                const std::size_t aligned = round_up(before, a * CHAR_BIT);
                if (aligned <= at) continue;
                here.by_alignment = end_after_move(fields, i, to, aligned, packed) <= bound;
                break;
            }
            found.add(here, i);
        }
        const std::size_t end = end_bit(f);
        before = end > before ? end : before;
    }
    return found;
}

// T's and its anonymous members' (a named member's record is laid out, and checked, as a type
// of its own).
constexpr unseen_move unseen_move_of(const layout& L, std::size_t depth = 0) noexcept {
    unseen_move found = unseen_move_in(L);
    if (depth > 16) return found;
    for (std::size_t i = 0; i < L.fields.size(); ++i)
        if (L.fields[i].record != nullptr && L.fields[i].anonymous) found.add(unseen_move_of(*L.fields[i].record, depth + 1), i);
    return found;
}

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_UNSEEN_MOVES_HPP
