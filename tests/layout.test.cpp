// The layout value itself: holes, tail padding, lookups, on hand-made layouts.
#include <memlayout/layout.hpp>

#include "catch.hpp"

#include <array>
#include <concepts>
#include <ranges>
#include <vector>

namespace {

using memlayout::field;
using memlayout::hole;
using memlayout::layout;

constexpr field make_field(std::string_view name, std::size_t offset, std::size_t size) {
    field f;
    f.name = name;
    f.offset = offset;
    f.size = size;
    f.align = size;
    return f;
}

// char c @0; double d @8; short s @16; int* p @24; bool b @32; size 40
constexpr std::array<field, 5> sample_fields{make_field("c", 0, 1), make_field("d", 8, 8), make_field("s", 16, 2),
                                             make_field("p", 24, 8), make_field("b", 32, 1)};
constexpr layout sample{"Sample", 40, 8, sample_fields};

}  // namespace

TEST_CASE("holes lie between members, tail padding after the last") {
    STATIC_REQUIRE(sample.holes().size() == 2);
    STATIC_REQUIRE(sample.holes()[0] == hole{1, 7, 0});
    STATIC_REQUIRE(sample.holes()[1] == hole{18, 6, 2});
    STATIC_REQUIRE(sample.tail_padding() == 7);
    STATIC_REQUIRE(sample.padding_bytes() == 20);
    STATIC_REQUIRE(sample.member_bytes() + sample.padding_bytes() == sample.size);

    std::vector<hole> seen;
    for (const hole h : sample.holes()) seen.push_back(h);
    REQUIRE(seen == std::vector<hole>{{1, 7, 0}, {18, 6, 2}});
}

constexpr std::array<field, 2> dense_fields{make_field("a", 0, 4), make_field("b", 4, 4)};
constexpr layout dense{"Dense", 8, 4, dense_fields};

TEST_CASE("holes() is a forward range") {
    STATIC_REQUIRE(std::ranges::forward_range<memlayout::hole_range>);
    STATIC_REQUIRE(!std::ranges::bidirectional_range<memlayout::hole_range>);
    STATIC_REQUIRE(std::ranges::distance(sample.holes()) == 2);
    STATIC_REQUIRE(std::same_as<std::ranges::range_value_t<memlayout::hole_range>, hole>);
    STATIC_REQUIRE(std::ranges::random_access_range<decltype(sample.fields)>);
}

TEST_CASE("a layout without padding has no holes and no tail") {
    STATIC_REQUIRE(dense.holes().empty());
    STATIC_REQUIRE(dense.tail_padding() == 0);
    STATIC_REQUIRE(dense.padding_bytes() == 0);
}

TEST_CASE("an empty record is all tail padding") {
    constexpr layout empty{"Empty", 1, 1, {}};
    STATIC_REQUIRE(empty.holes().empty());
    STATIC_REQUIRE(empty.tail_padding() == 1);
    STATIC_REQUIRE(empty.padding_bytes() == 1);
}

TEST_CASE("a union has no holes, even with members listed flat at their own offsets") {
    // union { struct { char a; int b; }; long c; }, listed flat (Clang 16's walk of a union).
    static constexpr std::array<field, 3> flat{make_field("a", 0, 1), make_field("b", 4, 4), make_field("c", 0, 8)};
    constexpr layout as_union{.type_name = "Flat", .size = 8, .align = 8, .fields = flat, .is_union = true, .flattened = true};
    STATIC_REQUIRE(as_union.holes().empty());
    STATIC_REQUIRE(as_union.padding_bytes() == 0);
    constexpr layout as_struct{.type_name = "Flat", .size = 8, .align = 8, .fields = flat};
    STATIC_REQUIRE(as_struct.holes().size() == 1);
}

TEST_CASE("members are found by name") {
    STATIC_REQUIRE(sample.index_of("s") == 2);
    STATIC_REQUIRE(sample.index_of("missing") == sample.fields.size());
    STATIC_REQUIRE(sample.fields[sample.index_of("p")].end() == 32);
}
