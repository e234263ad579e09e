// Byte-grid pictures (<memlayout/svg.hpp>; a live object's picture from <memlayout/dump.hpp>).
#include <memlayout/dump.hpp>
#include <memlayout/memlayout.hpp>
#include <memlayout/svg.hpp>

#include "catch.hpp"
#include "corpus/corpus.hpp"
#include "corpus/reading.hpp"
#include "live_bits.hpp"
#include "text.hpp"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <algorithm>
#include <utility>
#include <string>
#include <vector>

using test::contains;

namespace abi = memlayout::abi;

TEST_CASE("the SVG draws every byte, names members, escapes text") {
    const std::string svg = memlayout::to_svg(memlayout::layout_of<C10_StdArrays>());
    CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
    CHECK(contains(svg, "std::array&lt;int, 3&gt;"));  // escaped
    CHECK_FALSE(contains(svg, "std::array<int"));
    std::size_t cells = 0;
    for (std::size_t at = svg.find("<title>byte "); at != std::string::npos; at = svg.find("<title>byte ", at + 1)) ++cells;
    CHECK(cells == sizeof(C10_StdArrays));
    CHECK(contains(svg, "url(#padding)"));
    const std::string many = memlayout::to_svg(memlayout::layout_of<C32_ManyMembers>());
    CHECK(contains(many, "cache line 1"));
    const C01_Sample s{'a', 1.5, 2, nullptr, true};
    CHECK(contains(memlayout::to_svg(memlayout::dump(s)), ">61</text>"));
}

namespace {
struct Letters {
    char a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z;
};

// The colour each byte's cell is filled with, in order.
std::vector<std::string> cell_fills(const std::string& svg) {
    std::vector<std::string> fills;
    for (std::size_t at = svg.find("<title>byte "); at != std::string::npos; at = svg.find("<title>byte ", at + 1)) {
        const std::size_t fill = svg.rfind("fill=\"", at) + 6;
        fills.push_back(svg.substr(fill, svg.find('"', fill) - fill));
    }
    return fills;
}
}  // namespace

TEST_CASE("no two members that touch in the grid share a colour") {
    const auto check = [](const std::string& svg, std::size_t row_bytes) {
        const std::vector<std::string> fills = cell_fills(svg);
        std::vector<std::string> names;  // each cell's member, from its title
        for (std::size_t at = svg.find("<title>byte "); at != std::string::npos; at = svg.find("<title>byte ", at + 1)) {
            const std::size_t colon = svg.find(": ", at) + 2;
            names.push_back(svg.substr(colon, svg.find('<', colon) - colon));
        }
        REQUIRE(names.size() == fills.size());
        std::size_t pairs = 0;
        for (std::size_t b = 0; b < fills.size(); ++b) {
            const std::size_t neighbours[2] = {b % row_bytes + 1 < row_bytes ? b + 1 : fills.size(), b + row_bytes};
            for (const std::size_t n : neighbours)
                if (n < fills.size() && names[b] != names[n] && names[b] != "padding" && names[n] != "padding") {
                    CHECK(fills[b] != fills[n]);
                    ++pairs;
                }
        }
        CHECK(pairs > 0);
    };
    check(memlayout::to_svg(memlayout::layout_of<C32_ManyMembers>()), 16);
    check(memlayout::to_svg(memlayout::layout_of<C32_ManyMembers>(), {.bytes_per_row = 8}), 8);
    check(memlayout::to_svg(memlayout::layout_of<C29_ShortsAndChars>(), {.bytes_per_row = 2}), 2);
    // One-byte members in rows as wide as a palette: each sits above the member a palette's
    // length later, which colouring by index alone would paint alike.
    for (const std::size_t row : {10, 12, 13}) check(memlayout::to_svg(memlayout::layout_of<Letters>(), {.bytes_per_row = row}), row);
}

TEST_CASE("the SVG hatches padding inside nested records and counts holes in words") {
    const std::string deep = memlayout::to_svg(memlayout::layout_of<C12_Deep>());
    CHECK(contains(deep, "(padding inside it)"));
    CHECK(contains(deep, "url(#inner)"));
    CHECK(contains(deep, "(1 hole, "));
    CHECK_FALSE(contains(deep, "1 holes"));
    constexpr auto sample = memlayout::layout_of<C01_Sample>();
    STATIC_REQUIRE(sample.holes().size() == 2);
    CHECK(contains(memlayout::to_svg(sample), fmt::format("(2 holes, {} at the tail)", sample.tail_padding())));
}

TEST_CASE("a live object's picture names its members in the cells, with each byte's hex") {
    const C01_Sample s{'a', 1.5, 2, nullptr, true};
    const std::string svg = memlayout::to_svg(memlayout::dump(s, {.regions = false}));
    for (const char* name : {">c</text>", ">d</text>", ">s</text>", ">p</text>", ">b</text>", ">61</text>", ">3f</text>"})
        CHECK(contains(svg, name));
}

TEST_CASE("the SVG takes a prediction for another target") {
    constexpr auto L = memlayout::layout_of<Reading, abi::ia32, reading_source>();
    CHECK(memlayout::to_svg(L).rfind("<svg", 0) == 0);
}

namespace {
struct bit_flags {
    unsigned char kind : 3, urgent : 1, level : 4;
    unsigned short port : 12;
    unsigned int id;
};

}  // namespace
MEMLAYOUT_TEST_NAMED_BIT_FIELDS(bit_flags);

TEST_CASE("the SVG draws bit-fields inside their bytes, a slice per bit, and hatches unused bits") {
    const std::string svg = memlayout::to_svg(memlayout::layout_of<bit_flags>());
    const std::pair<std::size_t, std::size_t> spans[] = {
        test::bits_set_by<bit_flags>([](bit_flags& o) { o.kind = 7; }),
        test::bits_set_by<bit_flags>([](bit_flags& o) { o.urgent = 1; }),
        test::bits_set_by<bit_flags>([](bit_flags& o) { o.level = 15; }),
        test::bits_set_by<bit_flags>([](bit_flags& o) { o.port = 0xfff; }),
    };
    for (const auto& [first, count] : spans) {
        // One slice per byte the bit-field's bits fall in, titled with those bits.
        for (std::size_t bit = first; bit < first + count;) {
            const std::size_t until = std::min(first + count, (bit / 8 + 1) * 8);
            const std::string title = "<title>byte " + std::to_string(bit / 8) + ", bits " + std::to_string(bit % 8) + "-" +
                                      std::to_string((until - 1) % 8) + ": ";
            CAPTURE(title);
            CHECK(contains(svg, title));
            CHECK_FALSE(contains(svg, title + "padding"));
            bit = until;
        }
    }
    // The port's unit has 4 bits no member uses: hatched, as padding.
    const std::size_t port_end = spans[3].first + spans[3].second;
    CHECK(contains(svg, "<title>byte " + std::to_string(port_end / 8) + ", bits " + std::to_string(port_end % 8) + "-7: padding"));
    CHECK(contains(svg, "bits " + std::to_string(spans[3].first) + "-" + std::to_string(port_end - 1) + " (byte"));  // the legend
}
