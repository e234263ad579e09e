// optimal_order: never larger, always the least size any order can give.
#include <memlayout/memlayout.hpp>

#include "catch.hpp"
#include "corpus/corpus_types.hpp"
#include "live_bits.hpp"

#include <algorithm>
#include <array>
#include <cstddef>

TEST_CASE("the articles' sample shrinks: 40 to 24 bytes on x86_64, 24 to 16 on i386") {
    constexpr auto advice = memlayout::optimal_order(memlayout::layout_of<C01_Sample>());
#if defined(__x86_64__)
    // d and p (8-aligned) first, then s, then c and b in their declared order.
    constexpr std::size_t size = 24, saved = 16;
    constexpr std::array<std::size_t, 5> order{1, 3, 2, 0, 4};
    constexpr std::array<std::size_t, 5> offsets{0, 8, 16, 18, 19};
#elif defined(__i386__)
    // d and p are 4-aligned there, as s is 2-aligned: the same order, packed tighter.
    constexpr std::size_t size = 16, saved = 8;
    constexpr std::array<std::size_t, 5> order{1, 3, 2, 0, 4};
    constexpr std::array<std::size_t, 5> offsets{0, 8, 12, 14, 15};
#else
#error "reorder.test.cpp: add this target's figures for C01_Sample"
#endif
    STATIC_REQUIRE(advice.size == size);
    STATIC_REQUIRE(advice.saved_bytes == saved);
    for (std::size_t k = 0; k < order.size(); ++k) {
        CHECK(advice.order[k] == order[k]);
        CHECK(advice.offsets[k] == offsets[k]);
    }
    STATIC_REQUIRE(advice.reorders());
}

TEST_CASE("a layout already in the best order is left alone") {
    constexpr auto advice = memlayout::optimal_order(memlayout::layout_of<C30_Ordered>());
    STATIC_REQUIRE_FALSE(advice.reorders());
    STATIC_REQUIRE(advice.saved_bytes == 0);
}

TEMPLATE_LIST_TEST_CASE("the advised order is the smallest any order can give", "[corpus]", corpus_types) {
    constexpr memlayout::layout L = memlayout::layout_of<TestType>();
    constexpr auto advice = memlayout::optimal_order(L);
    STATIC_REQUIRE(advice.size <= L.size);
    STATIC_REQUIRE(advice.count == L.fields.size());
    // The least size of any order: the members' bytes rounded up to the alignment.
    const std::size_t least = std::max<std::size_t>(1, (L.member_bytes() + L.align - 1) / L.align * L.align);
    CHECK(advice.size == least);
    // A permutation, each member aligned, none overlapping.
    std::array<bool, memlayout::max_reordered_members> seen{};
    std::size_t end = 0;
    for (std::size_t k = 0; k < advice.count; ++k) {
        const memlayout::field& f = L.fields[advice.order[k]];
        CHECK_FALSE(seen[advice.order[k]]);
        seen[advice.order[k]] = true;
        CHECK(advice.offsets[k] % f.align == 0);
        CHECK(advice.offsets[k] >= end);
        end = advice.offsets[k] + f.size;
    }
    CHECK(end <= advice.size);
    CHECK(advice.cache_lines <= advice.cache_lines_before);
}

// A flexible array member is a C extension GCC and Clang accept in C++.
#pragma GCC diagnostic ignored "-Wpedantic"
#if defined(__clang__)
#pragma clang diagnostic ignored "-Wc99-extensions"
#endif

namespace {
// Bit-fields move as a run and are placed again by the ABI's rules; the advice must be what the
// compiler makes of the same members declared in the advised order (bits_reordered).
struct bits_scattered {
    char c;
    unsigned a : 3, b : 5;
    double d;
    char e;
    unsigned short f : 4;
};
struct bits_reordered {  // by alignment, the runs of bit-fields last
    double d;
    char c;
    char e;
    unsigned a : 3, b : 5;
    unsigned short f : 4;
};
struct with_flexible_tail {
    char c;
    long l;
    char d;
    int data[];
};
struct flexible_reordered {
    long l;
    char c;
    char d;
    int data[];
};
}  // namespace
MEMLAYOUT_TEST_NAMED_BIT_FIELDS(bits_scattered);
MEMLAYOUT_TEST_NAMED_BIT_FIELDS(bits_reordered);

TEST_CASE("bit-fields move as a run, placed as the compiler places them; a flexible member stays last") {
    constexpr memlayout::layout L = memlayout::layout_of<bits_scattered>();
    constexpr memlayout::layout R = memlayout::layout_of<bits_reordered>();
    constexpr auto advice = memlayout::optimal_order(L);
    STATIC_REQUIRE(advice.size == sizeof(bits_reordered));
    STATIC_REQUIRE(advice.saved_bytes == sizeof(bits_scattered) - sizeof(bits_reordered));
    REQUIRE(advice.count == R.fields.size());
    for (std::size_t k = 0; k < advice.count; ++k) {
        const memlayout::field& moved = L.fields[advice.order[k]];
        // The same member (each of these members' types differs from its neighbours' or its
        // width does) at the compiler's offset for the advised order.
        CHECK(moved.type_name == R.fields[k].type_name);
        CHECK(moved.bit_width == R.fields[k].bit_width);
        CHECK(advice.offsets[k] == R.fields[k].offset);
    }
    constexpr auto flexible = memlayout::optimal_order(memlayout::layout_of<with_flexible_tail>());
    STATIC_REQUIRE(flexible.order[3] == 3);  // data[] stays last
    STATIC_REQUIRE(flexible.offsets[3] == offsetof(flexible_reordered, data));
    STATIC_REQUIRE(flexible.size == sizeof(flexible_reordered));
}

namespace {
// The same layout with and without alignas on `x`: x at 0 of a 16-aligned struct. In the
// advised order (z, x, y) alignas(16) moves x to 16 (x_moved): the advice cannot be exact.
struct x_maybe_aligned {
    alignas(16) char x;
    char y;
    double z;
};
struct x_moved {
    double z;
    alignas(16) char x;
    char y;
};
// Every member that moves lands at a multiple of the record's alignment, the most alignas
// could ask: the advice holds whatever the members carry.
struct only_tail_moves {
    char c;
    double d;
    long e;
};
struct only_tail_moved {  // the advised order, for the compiler to lay out
    double d;
    long e;
    char c;
};
}  // namespace

TEST_CASE("an advice that an alignas the layout does not show could change says so") {
    constexpr memlayout::layout L = memlayout::layout_of<x_maybe_aligned>();
    STATIC_REQUIRE(L.fields[0].align == 1);  // alignas(16) moved nothing: not seen
    constexpr auto advice = memlayout::optimal_order(L);
    STATIC_REQUIRE(advice.reorders());
    STATIC_REQUIRE_FALSE(advice.exact);
    // Where x really goes in that order: not where the advice says.
    STATIC_REQUIRE(offsetof(x_moved, x) != advice.offsets[1]);
    constexpr auto sample = memlayout::optimal_order(memlayout::layout_of<C01_Sample>());
    STATIC_REQUIRE_FALSE(sample.exact);  // `c` at 0 may be alignas(8)
    constexpr auto tail = memlayout::optimal_order(memlayout::layout_of<only_tail_moves>());
    STATIC_REQUIRE(tail.reorders());
    STATIC_REQUIRE(tail.exact);
    // An exact advice is the compiler's layout of the advised order.
    STATIC_REQUIRE(tail.offsets[0] == offsetof(only_tail_moved, d));
    STATIC_REQUIRE(tail.offsets[1] == offsetof(only_tail_moved, e));
    STATIC_REQUIRE(tail.offsets[2] == offsetof(only_tail_moved, c));
    STATIC_REQUIRE(tail.size == sizeof(only_tail_moved));
}
