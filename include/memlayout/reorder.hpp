// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_REORDER_HPP
#define MEMLAYOUT_REORDER_HPP

#include <memlayout/detail/standard_check.hpp>  // first: says when the standard is too old

#include <memlayout/detail/placement.hpp>
#include <memlayout/layout.hpp>

#include <cstddef>
#include <initializer_list>

namespace memlayout {

/// The most members `optimal_order` reorders (the most `layout_of` reflects is 100).
inline constexpr std::size_t max_reordered_members = 128;

/// A member order that makes a layout as small as it can be, as `pahole --reorganize` and Go's
/// `fieldalignment` advise.
struct reorder_advice {
    std::size_t count = 0;                         ///< members in the layout
    std::size_t order[max_reordered_members]{};    ///< member indices, in the advised order
    std::size_t offsets[max_reordered_members]{};  ///< offsets[k]: where order[k] sits
    std::size_t size = 0;                          ///< the size in the advised order
    std::size_t saved_bytes = 0;                   ///< the layout's size minus `size`
    std::size_t cache_lines_before = 0;            ///< cache lines the layout spans now
    std::size_t cache_lines = 0;                   ///< cache lines in the advised order
    /// Whether the advised offsets hold whatever alignas the members carry. A layout shows a
    /// member's alignas only where it moves the member (`field::align`): `char c` at offset 0
    /// of an 8-aligned struct may be `alignas(8) char c`, and then the advised order would put
    /// it elsewhere. False where some alignment a member's place in the layout allows would move
    /// an advised offset; the advice then holds for members aligned as `field::align` says
    /// (pahole, which reads alignas from DWARF, knows which).
    bool exact = true;

    /// Whether the advised order differs from the declared one.
    [[nodiscard]] constexpr bool reorders() const noexcept {
        for (std::size_t k = 0; k < count; ++k)
            if (order[k] != k) return true;
        return false;
    }
};

/// The member order that minimises the size of `L`: members by alignment, largest first,
/// keeping the declared order among members of equal alignment (so members declared first
/// because they are hot stay early). Every member's size is a multiple of its alignment and
/// alignments are powers of two, so this order leaves no hole: the size is the members' sum
/// rounded up to the alignment, the least any order can give. A run of bit-fields moves as one,
/// in its order, after the other members, placed again by the ABI's bit-field rules (as
/// `pahole --reorganize` computes them); a flexible array member stays last; a union keeps its
/// order (every member is at 0). Never an order larger than the declared one.
///
/// \b Example:
/// \code
/// struct Sample { char c; double d; std::int16_t s; int* p; bool b; };
/// constexpr auto advice = memlayout::optimal_order(memlayout::layout_of<Sample>());
/// static_assert(advice.size == 24 && advice.saved_bytes == 16);  // on x86_64
/// \endcode
[[nodiscard]] constexpr reorder_advice optimal_order(const layout& L, std::size_t cache_line = 64) noexcept {
    reorder_advice advice;
    const std::size_t n = L.fields.size() < max_reordered_members ? L.fields.size() : max_reordered_members;
    advice.count = n;
    // What moves: a member, or a run of bit-fields (members [first, last]), with the largest
    // alignment in it; a flexible array member stays last.
    struct block {
        std::size_t first = 0;
        std::size_t last = 0;
        std::size_t align = 1;
    };
    block blocks[max_reordered_members]{};
    std::size_t count = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const field& f = L.fields[i];
        if (f.is_bit_field() && count != 0 && L.fields[blocks[count - 1].last].is_bit_field() && !f.flexible) {
            blocks[count - 1].last = i;
            blocks[count - 1].align = f.align > blocks[count - 1].align ? f.align : blocks[count - 1].align;
            continue;
        }
        blocks[count++] = block{i, i, f.align};
    }
    const bool flexible_last = count != 0 && L.fields[blocks[count - 1].first].flexible;
    std::size_t order[max_reordered_members]{};
    for (std::size_t k = 0; k < count; ++k) order[k] = k;
    // Bit-field runs go last: their bits fill what the members leave of their units, and their
    // bytes are no multiple of their alignment, so no member should follow them.
    const auto key = [&](std::size_t k) { return L.fields[blocks[k].first].is_bit_field() ? 0 : blocks[k].align; };
    if (!L.is_union)
        for (std::size_t i = 1; i < count - (flexible_last ? 1 : 0); ++i)  // insertion sort: stable
            for (std::size_t k = i; k > 0 && key(order[k - 1]) < key(order[k]); --k) {
                const std::size_t moved = order[k];
                order[k] = order[k - 1];
                order[k - 1] = moved;
            }
    // Placed again, with each member aligned as aligns[i] says: members by the C rules,
    // bit-fields by the ABI's bit-field rules. Returns the size.
    const auto place = [&](const std::size_t* aligns, std::size_t* offsets) {
        std::size_t bit = 0;
        std::size_t at = 0;
        for (std::size_t k = 0; k < count; ++k) {
            const block& b = blocks[order[k]];
            for (std::size_t i = b.first; i <= b.last; ++i) {
                const field& f = L.fields[i];
                advice.order[at] = i;
                if (f.is_bit_field()) {
                    const std::size_t first = detail::place_bit_field(bit, f.bit_width, f.size, L.packing != 0, aligns[i]);
                    offsets[at++] = detail::storage_unit_offset(first, f.size);
                    bit = first + f.bit_width;
                } else {
                    const std::size_t offset = detail::round_up(detail::byte_end(bit), aligns[i]);
                    offsets[at++] = offset;
                    bit = (offset + f.size) * 8;
                }
            }
        }
        return detail::round_up(detail::byte_end(bit), L.align);
    };
    // What each member's alignment may be: any power of two from the least to the most that
    // puts it where it is after the members before it, no more than the record's. Where every
    // member placed at its least and again at its most gives the same offsets, every
    // alignment between does too (a member's place only grows with any member's alignment),
    // and the advice is exact.
    std::size_t aligns[max_reordered_members]{};
    std::size_t least[max_reordered_members]{};
    std::size_t most[max_reordered_members]{};
    std::size_t end = 0;  // one past the members before, in the declared order
    for (std::size_t i = 0; i < n; ++i) {
        const field& f = L.fields[i];
        aligns[i] = least[i] = most[i] = f.align == 0 ? 1 : f.align;
        if (f.is_bit_field()) {
            const std::size_t bits_end = detail::byte_end(f.bit_offset + f.bit_width);
            if (bits_end > end) end = bits_end;
            continue;
        }
        const std::size_t low = detail::least_alignment_placing(end, f.offset, L.align);
        if (!L.is_union && low != 0) {
            const std::size_t high = detail::largest_alignment_of(f.offset, L.align);
            if (low < least[i]) least[i] = low;
            if (high > most[i]) most[i] = high;
        }
        if (f.end() > end) end = f.end();
    }
    advice.size = place(aligns, advice.offsets);
    for (const std::size_t* bound : {least, most}) {
        std::size_t offsets[max_reordered_members]{};
        if (place(bound, offsets) != advice.size) advice.exact = false;
        for (std::size_t k = 0; k < n; ++k)
            if (offsets[k] != advice.offsets[k]) advice.exact = false;
    }
    if (L.is_union || n != L.fields.size() || advice.size > L.size) {  // never advise worse: keep the declared order
        for (std::size_t k = 0; k < n; ++k) {
            advice.order[k] = k;
            advice.offsets[k] = L.fields[k].offset;
        }
        advice.size = L.size;
        advice.exact = true;  // the layout's own offsets
    }
    advice.saved_bytes = L.size - advice.size;
    advice.cache_lines_before = (L.size + cache_line - 1) / cache_line;
    advice.cache_lines = (advice.size + cache_line - 1) / cache_line;
    return advice;
}

}  // namespace memlayout

#endif  // MEMLAYOUT_REORDER_HPP
