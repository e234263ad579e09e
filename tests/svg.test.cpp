// Byte-grid pictures (<memlayout/svg.hpp>; a live object's picture from <memlayout/dump.hpp>).
#include <memlayout/dump.hpp>
#include <memlayout/memlayout.hpp>
#include <memlayout/svg.hpp>

#include "catch.hpp"
#include "corpus/corpus.hpp"
#include "text.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

using test::contains;

namespace {
struct Reading {
    std::int32_t sensor;
    double value;
};
namespace abi = memlayout::abi;
constexpr auto reading_source = abi::assume::fixed_width_integers | abi::assume::natural_alignment;
}  // namespace

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
    CHECK(contains(many, "cacheline 1"));
    const C01_Sample s{'a', 1.5, 2, nullptr, true};
    CHECK(contains(memlayout::to_svg(memlayout::dump(s)), ">61</text>"));
}

TEST_CASE("the SVG takes a prediction for another target") {
    constexpr auto L = memlayout::layout_of<Reading, abi::ia32, reading_source>();
    CHECK(memlayout::to_svg(L).rfind("<svg", 0) == 0);
}
