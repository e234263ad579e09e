// The Catch2 matchers of <memlayout/catch2.hpp>.
#include <memlayout/catch2.hpp>

#include "catch.hpp"
#include "corpus/corpus.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {
struct GoSlice {
    void* array;
    std::int64_t len;
    std::int64_t cap;
};
struct Mirror {
    const void* data;
    long long length;
    long long capacity;
};
}  // namespace

TEST_CASE("matchers pass where the layout holds") {
    REQUIRE_THAT(memlayout::layout_of<C20_NoPadding>(), memlayout::HasNoPadding());
    REQUIRE_THAT(memlayout::layout_of<GoSlice>(), memlayout::HasSize(sizeof(GoSlice)));
    REQUIRE_THAT(memlayout::layout_of<GoSlice>(), memlayout::HasOffset("cap", offsetof(GoSlice, cap)));
    REQUIRE_THAT(memlayout::layout_of<Mirror>(), memlayout::SameLayoutAs<GoSlice>());
}

TEST_CASE("matchers fail where it does not, and say what they expected") {
    const memlayout::layout sample = memlayout::layout_of<C01_Sample>();
    CHECK_FALSE(memlayout::HasNoPadding().match(sample));
    CHECK_FALSE(memlayout::HasSize(sizeof(C01_Sample) + 1).match(sample));
    CHECK_FALSE(memlayout::HasOffset("d", offsetof(C01_Sample, d) + 1).match(sample));
    CHECK_FALSE(memlayout::HasOffset("missing", 0).match(sample));
    CHECK_FALSE(memlayout::SameLayoutAs<C31_Reversed>().match(memlayout::layout_of<C30_Ordered>()));
    CHECK(memlayout::HasOffset("len", 8).describe() == "has len at offset 8");
    const std::string printed = Catch::StringMaker<memlayout::layout>::convert(sample);
    CHECK(printed.find("struct C01_Sample") == 0);
    CHECK(printed.find("double d @" + std::to_string(offsetof(C01_Sample, d))) != std::string::npos);
    CHECK(printed.find("hole") != std::string::npos);
}
