// Copyright (c) 2026 the memlayout authors. Distributed under the Boost Software License, Version 1.0.
#ifndef MEMLAYOUT_DETAIL_PLACEMENT_HPP
#define MEMLAYOUT_DETAIL_PLACEMENT_HPP

#include <cstddef>

namespace memlayout::detail {

constexpr std::size_t round_up(std::size_t n, std::size_t alignment) noexcept {
    return (n + alignment - 1) / alignment * alignment;
}

// The parameters of the C layout rules that differ between records and targets.
struct placement_rules {
    std::size_t packing = 0;         // #pragma pack(N) / packed: member alignment capped at N; 0: none
    std::size_t declared_align = 1;  // alignas on the record itself
};

// Plain arrays, not std::array: GCC's constant evaluator pays a call for every
// std::array::operator[], and placement runs for every reflected struct.
template <std::size_t N>
struct placement {
    std::size_t offsets[N + 1]{};
    std::size_t aligns[N + 1]{};  // each member's alignment after packing
    std::size_t size = 0;
    std::size_t align = 1;
};

// The C rules, as every ABI memlayout models states them: each member at the next offset
// that is a multiple of its alignment, in the given order; the record as aligned as its most
// aligned member (or its declared alignment), its size rounded up to that. C++ gives every
// complete object at least one byte, so an empty record has size 1 (rounded up to its alignas).
// `sizes[i]` and `aligns[i]` (the alignment member i's type asks for inside a struct) for n
// members; writes each member's offset and alignment after packing, and returns the size.
constexpr std::size_t place_members(std::size_t n, const std::size_t* sizes, const std::size_t* aligns,
                                    placement_rules rules, std::size_t* offsets, std::size_t* placed_aligns,
                                    std::size_t& record_align) noexcept {
    record_align = rules.declared_align;
    std::size_t end = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t align = rules.packing != 0 && rules.packing < aligns[i] ? rules.packing : aligns[i];
        placed_aligns[i] = align;
        offsets[i] = round_up(end, align);
        end = offsets[i] + sizes[i];
        if (align > record_align) record_align = align;
    }
    return round_up(end == 0 ? 1 : end, record_align);
}

template <std::size_t N>
constexpr placement<N> place(const std::size_t* sizes, const std::size_t* aligns, placement_rules rules) noexcept {
    placement<N> result;
    result.size = place_members(N, sizes, aligns, rules, result.offsets, result.aligns, result.align);
    return result;
}

}  // namespace memlayout::detail

#endif  // MEMLAYOUT_DETAIL_PLACEMENT_HPP
