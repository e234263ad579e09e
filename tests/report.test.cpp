// The pahole-style report (<memlayout/report.hpp>).
#include <memlayout/memlayout.hpp>
#include <memlayout/report.hpp>

#include "catch.hpp"
#include "corpus/corpus.hpp"
#include "corpus/reading.hpp"
#include "text.hpp"

#include <cstddef>
#include <cstdint>
#include <array>
#include <string>
#include <vector>

using test::contains;

namespace abi = memlayout::abi;

TEST_CASE("the report has pahole's shape") {
    const std::string text = fmt::format("{}", memlayout::layout_of<C01_Sample>());
    CHECK(text.rfind("struct C01_Sample {\n", 0) == 0);
    CHECK(contains(text, "\tdouble                     d;"));
    CHECK(contains(text, fmt::format("/* {:>5} {:>5} */", offsetof(C01_Sample, d), sizeof(double))));
    CHECK(contains(text, fmt::format("/* size: {}, cachelines: 1, members: 5 */", sizeof(C01_Sample))));
    CHECK(contains(text, "hole, try to pack"));
    CHECK(text.substr(text.size() - 3) == "};\n");
}

TEST_CASE("the format spec expands records, adds the reorder advice, sets the cache line") {
    const auto deep = memlayout::layout_of<C12_Deep>();
    CHECK_FALSE(contains(fmt::format("{}", deep), "\t\tchar"));
    CHECK(contains(fmt::format("{:e}", deep), "\t\tMiddle {\n"));
    CHECK(contains(fmt::format("{:r}", memlayout::layout_of<C01_Sample>()), "memlayout: largest alignment first"));
    const auto many = memlayout::layout_of<C32_ManyMembers>();
    CHECK(contains(fmt::format("{:c32}", many), "cacheline 1 boundary (32 bytes)"));
    CHECK(contains(fmt::format("{:c32}", many), fmt::format("cachelines: {},", (sizeof(C32_ManyMembers) + 31) / 32)));
    CHECK_THROWS_AS(fmt::format(fmt::runtime("{:x}"), many), fmt::format_error);
    CHECK_THROWS_AS(fmt::format(fmt::runtime("{:c}"), many), fmt::format_error);
}

TEST_CASE("the reorder advice says when an alignas memlayout cannot see could change it") {
    // C01_Sample's `c`, at 0, may be alignas(8); after s in the advised order it would move.
    // (reorder.test.cpp: which advice is exact.)
    CHECK(contains(fmt::format("{:r}", memlayout::layout_of<C01_Sample>()), "(if no member has an alignas that did not move it)"));
}

TEST_CASE("packed structs say so") {
    CHECK(contains(fmt::format("{}", memlayout::layout_of<C43_Packed>()), "__packed__"));
}

TEST_CASE("the report takes a prediction for another target") {
    constexpr auto L = memlayout::layout_of<Reading, abi::ia32, reading_source>();
    const std::string report = fmt::format("{}", L);
    CHECK(contains(report, "value;                /*     4     8 */"));
    CHECK(contains(report, "/* size: 12, cachelines: 1, members: 2 */"));
}

namespace {
struct Straddles {  // Inner spans the first cache-line boundary, then a member follows it
    std::array<char, 60> head;
    struct Part {
        std::int32_t a;
        std::int32_t b;
    } part;
    std::int32_t after;
};
struct LongNames {
    std::array<std::array<unsigned short, 2>, 2> a_member_with_a_rather_long_name;
    char c;
};
}  // namespace

TEST_CASE("expanded, a cache-line boundary inside a nested record is marked once") {
    const std::string text = fmt::format("{:e}", memlayout::layout_of<Straddles>());
    CHECK(test::count_of(text, "cacheline 1 boundary") == 1);
    CHECK(contains(text, "\t\tint                        b;                    /*    64     4 */"));
}

TEST_CASE("long type and member names widen the columns, keeping offsets aligned") {
    const std::string text = memlayout::report(memlayout::layout_of<LongNames>());
    const std::vector<std::string> lines = test::lines_of(text);
    std::vector<std::size_t> comment_columns;
    for (const std::string& line : lines)
        if (line.find(" /* ") != std::string::npos && line.find(';') != std::string::npos && line.find("XXX") == std::string::npos)
            comment_columns.push_back(line.find("/*"));
    REQUIRE(comment_columns.size() == 2);
    CHECK(comment_columns[0] == comment_columns[1]);
    CHECK(contains(text, "std::array<std::array<unsigned short, 2>, 2> a_member_with_a_rather_long_name;"));
}
