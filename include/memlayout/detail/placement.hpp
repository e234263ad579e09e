// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_PLACEMENT_HPP
#define MEMLAYOUT_DETAIL_PLACEMENT_HPP

#include <climits>
#include <cstddef>

namespace memlayout::detail {

constexpr std::size_t round_up(std::size_t n, std::size_t alignment) noexcept {
    return (n + alignment - 1) / alignment * alignment;
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

// The alignment a member gets under the rules: its type's alignment, capped by packing, but
// never below what alignas inside its type requires where the rules keep that.
constexpr std::size_t placed_alignment(std::size_t align, std::size_t required, const placement_rules& rules) noexcept {
    const std::size_t capped = rules.packing != 0 && rules.packing < align ? rules.packing : align;
    return rules.packing_keeps_required && required > capped ? required : capped;
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
constexpr std::size_t place_members(std::size_t n, const std::size_t* sizes, const std::size_t* aligns,
                                    const std::size_t* required, const placement_rules& rules, std::size_t* offsets,
                                    std::size_t* placed_aligns, std::size_t& record_align) noexcept {
    record_align = rules.declared_align;
    std::size_t end = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t align = placed_alignment(aligns[i], required == nullptr ? 1 : required[i], rules);
        placed_aligns[i] = align;
        offsets[i] = round_up(end, align);
        end = offsets[i] + sizes[i];
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

// The ABI's bit-field rules, for where the compiler cannot show the bits (Clang 16, and GCC 12
// for a type std::bit_cast cannot read): the Itanium C++ ABI's and the System V psABIs' (x86,
// ARM AAPCS agree): a bit-field is placed at the next bit, unless it would cross a boundary
// of a unit of its declared type's size, when it starts at the next such unit; in a packed
// record it is placed at the next bit. Unnamed bit-fields are invisible to memlayout, so the
// bits around each run are checked against the neighbours' addresses and T's size.
constexpr std::size_t place_bit_field(std::size_t at_bit, std::size_t width, std::size_t type_size, bool packed) noexcept {
    const std::size_t unit = type_size * CHAR_BIT;
    if (!packed && width != 0 && at_bit / unit != (at_bit + width - 1) / unit) return (at_bit / unit + 1) * unit;
    return at_bit;
}

// The storage unit pahole shows a bit-field in: the aligned unit of its declared type's size
// that holds its first bit.
constexpr std::size_t storage_unit_offset(std::size_t bit_offset, std::size_t type_size) noexcept {
    return bit_offset / (type_size * CHAR_BIT) * type_size;
}

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_PLACEMENT_HPP
