// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_PLACEMENT_HPP
#define MEMLAYOUT_DETAIL_PLACEMENT_HPP

#include <climits>
#include <cstddef>

namespace memlayout::detail {

constexpr std::size_t round_up(std::size_t n, std::size_t alignment) noexcept {
    return (n + alignment - 1) / alignment * alignment;
}

// One past the last byte that holds any of the bits before bit `bit_end`.
constexpr std::size_t byte_end(std::size_t bit_end) noexcept { return (bit_end + CHAR_BIT - 1) / CHAR_BIT; }

// The largest power of two no more than `limit` (a power of two) that `offset` is a multiple of.
constexpr std::size_t largest_alignment_of(std::size_t offset, std::size_t limit) noexcept {
    std::size_t a = 1;
    while (a < limit && offset % (a * 2) == 0) a *= 2;
    return a;
}

// The least power of two no more than `limit` that puts a member at `offset` after bytes that
// end at `end`; 0 where none does. Every power of two from it to largest_alignment_of(offset,
// limit) does too (rounding up to a larger one never gives less), and no other.
constexpr std::size_t least_alignment_placing(std::size_t end, std::size_t offset, std::size_t limit) noexcept {
    for (std::size_t a = 1; a <= limit; a *= 2)
        if (round_up(end, a) == offset) return a;
    return 0;
}

// The parameters of the layout rules that differ between records, targets and languages.
struct placement_rules {
    std::size_t packing = 0;         // #pragma pack(N) / packed: member alignment capped at N; 0: none
    std::size_t declared_align = 1;  // alignas on the record itself
    // MSVC: #pragma pack does not lower the alignment an alignas inside a member's type
    // demands (its "required alignment"); GCC and Clang on other targets lower it too.
    bool packing_keeps_required = false;
    // Go: a struct whose last field has size zero gets a byte more, so that the field's
    // address stays inside the object (cmd/compile/internal/types/size.go).
    bool pad_zero_size_last = false;
    // C++: every complete object takes at least a byte, so an empty record is 1 byte (rounded
    // up to its alignas). Go's struct{} is 0 bytes.
    bool empty_takes_a_byte = true;
};

// An alignment capped by #pragma pack(N) / packed (`packing`; 0: none).
constexpr std::size_t capped_alignment(std::size_t align, std::size_t packing) noexcept {
    return packing != 0 && packing < align ? packing : align;
}

// The alignment a member gets under the rules: its type's alignment, capped by packing, but
// never below what alignas inside its type requires where the rules keep that.
constexpr std::size_t placed_alignment(std::size_t align, std::size_t required, const placement_rules& rules) noexcept {
    const std::size_t capped = capped_alignment(align, rules.packing);
    return rules.packing_keeps_required && required > capped ? required : capped;
}

// The ABI's bit-field rules, for where the compiler cannot show the bits (Clang 16, and GCC 12
// for a type std::bit_cast cannot read): the Itanium C++ ABI's and the System V psABIs' (x86,
// ARM AAPCS agree): a bit-field is placed at the next bit, unless it would not fit in a unit of
// its declared type's size that starts at a multiple of the type's alignment (on x86-64 the
// same as its size; on i386 a `long long` is 4-aligned), when it starts at the next such
// multiple; in a packed record it is placed at the next bit. Unnamed bit-fields are invisible
// to memlayout: unseen_moves.hpp says where one could have moved a bit-field unseen.
constexpr std::size_t place_bit_field(std::size_t at_bit, std::size_t width, std::size_t type_size, bool packed,
                                      std::size_t type_align = 0) noexcept {
    const std::size_t unit = type_size * CHAR_BIT;
    const std::size_t step = (type_align == 0 ? type_size : type_align) * CHAR_BIT;
    if (!packed && width != 0 && at_bit + width > at_bit / step * step + unit) return (at_bit / step + 1) * step;
    return at_bit;
}

// The storage unit pahole shows a bit-field in: the aligned unit of its declared type's size
// that holds its first bit.
constexpr std::size_t storage_unit_offset(std::size_t bit_offset, std::size_t type_size) noexcept {
    return bit_offset / (type_size * CHAR_BIT) * type_size;
}

// Plain arrays, not std::array: GCC's constant evaluator pays a call for every
// std::array::operator[], and placement runs for every reflected struct.
template <std::size_t N>
struct placement {
    std::size_t offsets[N + 1]{};
    std::size_t aligns[N + 1]{};  // each member's alignment after packing
    std::size_t size = 0;
    std::size_t align = 1;
};

// The one place memlayout computes offsets from rules, for every ABI and language it models:
// each member at the next offset that is a multiple of its alignment, in the given order; the
// record as aligned as its most aligned member (or its declared alignment), its size rounded
// up to that. `sizes[i]`, `aligns[i]` (the alignment member i's type asks for inside a
// struct) and `required[i]` (what alignas inside it demands; may be null: 1 each) for n
// members; writes each member's offset and alignment after packing, and returns the size.
// With `widths` (0: not a bit-field), a bit-field is placed by place_bit_field, its first bit
// written to `bit_offsets` and its storage unit's offset to `offsets`.
constexpr std::size_t place_members(std::size_t n, const std::size_t* sizes, const std::size_t* aligns,
                                    const std::size_t* required, const placement_rules& rules, std::size_t* offsets,
                                    std::size_t* placed_aligns, std::size_t& record_align,
                                    const std::size_t* widths = nullptr, std::size_t* bit_offsets = nullptr) noexcept {
    record_align = rules.declared_align;
    std::size_t end = 0;      // in bytes, after the last member
    std::size_t end_bit = 0;  // in bits, after the last bit-field (where widths were given)
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t align = placed_alignment(aligns[i], required == nullptr ? 1 : required[i], rules);
        placed_aligns[i] = align;
        if (widths != nullptr && widths[i] != 0) {
            const std::size_t first = place_bit_field(end_bit, widths[i], sizes[i], rules.packing != 0, align);
            bit_offsets[i] = first;
            offsets[i] = storage_unit_offset(first, sizes[i]);
            end_bit = first + widths[i];
            end = byte_end(end_bit);
        } else {
            offsets[i] = round_up(end, align);
            end = offsets[i] + sizes[i];
            end_bit = end * CHAR_BIT;
        }
        if (align > record_align) record_align = align;
    }
    if (rules.pad_zero_size_last && n != 0 && sizes[n - 1] == 0 && end != 0) ++end;
    if (rules.empty_takes_a_byte && end == 0) end = 1;
    return round_up(end, record_align);
}

template <std::size_t N>
constexpr placement<N> place(const std::size_t* sizes, const std::size_t* aligns, const std::size_t* required,
                             const placement_rules& rules) noexcept {
    placement<N> result;
    result.size = place_members(N, sizes, aligns, required, rules, result.offsets, result.aligns, result.align);
    return result;
}

// The same with bit-fields: widths[i] is member i's width, 0 where it is not a bit-field (null:
// none is); each bit-field's first bit beside (apart: most placements have none).
template <std::size_t N>
struct bit_placement {
    placement<N> members;
    std::size_t bit_offsets[N + 1]{};
};
template <std::size_t N>
constexpr bit_placement<N> place_with_bit_fields(const std::size_t* sizes, const std::size_t* aligns,
                                                 const std::size_t* widths, const placement_rules& rules,
                                                 const std::size_t* required = nullptr) noexcept {
    bit_placement<N> result;
    placement<N>& p = result.members;
    p.size = place_members(N, sizes, aligns, required, rules, p.offsets, p.aligns, p.align, widths, result.bit_offsets);
    return result;
}

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_PLACEMENT_HPP
