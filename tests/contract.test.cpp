// Layout contracts that hold compile; memlayout::same_layout compares layouts.
#include <memlayout/contract.hpp>

#include "catch.hpp"
#include "live_bits.hpp"
#include "corpus/corpus.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace {

struct GoSlice {  // the Go runtime's slice header on a 64-bit target
    void* array;
    std::int64_t len;
    std::int64_t cap;
};
struct GoSliceMirror {  // a hand-written mirror with other names and types
    const char* data;
    long long length;
    long long capacity;
};
struct Swapped {
    std::int64_t len;
    void* array;
    std::int32_t cap;
};
struct OneThenFour {
    char a;
    std::int32_t b;
};
struct FourThenOne {
    std::int32_t b;
    char a;
};
struct TwoThenFour {  // b at OneThenFour's offset, a two bytes wide
    std::int16_t a;
    std::int32_t b;
};
struct TwoAligned {  // a at 0, b at 2: four bytes
    char a;
    std::int16_t b;
};
struct alignas(2) TwoAlignedBytes {  // the same size, alignment and member sizes, b at 1
    char a;
    std::array<char, 2> b;
};
struct OneThenFourMirror {
    std::uint8_t tag;
    float value;
};
struct WithConstructor {  // standard layout, not an aggregate: offset contracts still work
    WithConstructor() : visible(0), later(0) {}
    int visible;
    double later;
};

}  // namespace

#if defined(__x86_64__)
MEMLAYOUT_EXPECT_SIZE(GoSlice, 24);
MEMLAYOUT_EXPECT_ALIGN(GoSlice, 8);
MEMLAYOUT_EXPECT_OFFSET(GoSlice, len, 8);
MEMLAYOUT_EXPECT_OFFSET(GoSlice, cap, 16);
MEMLAYOUT_EXPECT_OFFSET(WithConstructor, later, 8);
#elif defined(__i386__)  // 8-byte scalars are 4-aligned inside structs
MEMLAYOUT_EXPECT_SIZE(GoSlice, 20);
MEMLAYOUT_EXPECT_ALIGN(GoSlice, 4);
MEMLAYOUT_EXPECT_OFFSET(GoSlice, len, 4);
MEMLAYOUT_EXPECT_OFFSET(GoSlice, cap, 12);
MEMLAYOUT_EXPECT_OFFSET(WithConstructor, later, 4);
#else
#error "contract.test.cpp: add this target's figures for GoSlice and WithConstructor"
#endif
MEMLAYOUT_EXPECT_NO_PADDING(C20_NoPadding);
MEMLAYOUT_EXPECT_CACHE_LINES(C15_CacheLine, 64, 3);
MEMLAYOUT_EXPECT_SAME_CACHE_LINE(C32_ManyMembers, 64, m00, m08);
MEMLAYOUT_EXPECT_SEPARATE_CACHE_LINES(C15_CacheLine, 64, flag, other);
MEMLAYOUT_EXPECT_SAME_LAYOUT(GoSlice, GoSliceMirror);
MEMLAYOUT_EXPECT_OFFSET(C01_Sample, d, offsetof(C01_Sample, d));

TEST_CASE("contracts work at block scope") {
    MEMLAYOUT_EXPECT_SIZE(C34_SingleChar, 1);
    MEMLAYOUT_EXPECT_ALIGN(C35_SingleDouble, alignof(double));
    MEMLAYOUT_EXPECT_NO_PADDING(C35_SingleDouble);
    STATIC_REQUIRE(sizeof(C34_SingleChar) == 1);
}

TEST_CASE("same_layout compares offsets and sizes, not names or types") {
    STATIC_REQUIRE(memlayout::same_layout<GoSlice, GoSliceMirror>());
    // The third member is 4 bytes in Swapped, 8 in GoSlice: on every target.
    STATIC_REQUIRE_FALSE(memlayout::same_layout<GoSlice, Swapped>());
    // The same offsets with other sizes (twice); the same sizes at other offsets.
    STATIC_REQUIRE_FALSE(memlayout::same_layout<OneThenFour, FourThenOne>());
    STATIC_REQUIRE_FALSE(memlayout::same_layout<OneThenFour, TwoThenFour>());
    STATIC_REQUIRE_FALSE(memlayout::same_layout<TwoAligned, TwoAlignedBytes>());
    STATIC_REQUIRE(memlayout::same_layout<OneThenFour, OneThenFourMirror>());
    STATIC_REQUIRE_FALSE(memlayout::same_layout<C30_Ordered, C31_Reversed>());
    STATIC_REQUIRE_FALSE(memlayout::same_layout<C34_SingleChar, C35_SingleDouble>());
    STATIC_REQUIRE(memlayout::same_layout(memlayout::layout_of<C01_Sample>(), memlayout::layout_of<C01_Sample>()));
}

TEST_CASE("a failed offset contract finds the member's index") {
    using index = memlayout::detail::member_index_at<GoSlice, offsetof(GoSlice, cap)>::type;
    STATIC_REQUIRE(std::is_same_v<index, memlayout::diagnostic::member_index<2>>);
    using unknown = memlayout::detail::member_index_at<WithConstructor, offsetof(WithConstructor, later)>::type;
#if defined(__clang__)
    STATIC_REQUIRE(std::is_same_v<unknown, memlayout::diagnostic::member_index<1>>);  // Clang walks it
#else
    STATIC_REQUIRE(std::is_same_v<unknown, memlayout::diagnostic::member_index_unknown>);
#endif
}

namespace {
struct ip_like {
    unsigned char ihl : 4, version : 4;
    unsigned char tos;
    unsigned short frag : 13, flags : 3;
};
// Pinned as the bits fall on little-endian targets (every target memlayout models).
MEMLAYOUT_EXPECT_BITS(ip_like, ihl, 0, 4);
MEMLAYOUT_EXPECT_BITS(ip_like, version, 4, 4);
MEMLAYOUT_EXPECT_BITS(ip_like, frag, 16, 13);
MEMLAYOUT_EXPECT_BITS(ip_like, flags, 29, 3);
MEMLAYOUT_EXPECT_OFFSET(ip_like, tos, 1);

}  // namespace

TEST_CASE("bit contracts pin a bit-field's first bit and width, at namespace and block scope") {
    MEMLAYOUT_EXPECT_BITS(ip_like, flags, 29, 3);
    // The figures the contracts above pin are the live object's.
    CHECK(test::bits_set_by<ip_like>([](ip_like& o) { o.ihl = 15; }) == std::pair<std::size_t, std::size_t>{0, 4});
    CHECK(test::bits_set_by<ip_like>([](ip_like& o) { o.version = 15; }) == std::pair<std::size_t, std::size_t>{4, 4});
    CHECK(test::bits_set_by<ip_like>([](ip_like& o) { o.frag = 0x1fff; }) == std::pair<std::size_t, std::size_t>{16, 13});
    CHECK(test::bits_set_by<ip_like>([](ip_like& o) { o.flags = 7; }) == std::pair<std::size_t, std::size_t>{29, 3});
}
