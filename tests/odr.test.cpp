// A second translation unit that includes every public header and uses something of each:
// the link fails if a header defines a function or variable that is not inline (the other
// test files include the same headers).
#include <memlayout/abi.hpp>
#include <memlayout/catch2.hpp>
#include <memlayout/cgo.hpp>
#include <memlayout/contract.hpp>
#include <memlayout/diagnostic.hpp>
#include <memlayout/dump.hpp>
#include <memlayout/go.hpp>
#include <memlayout/json.hpp>
#include <memlayout/layout.hpp>
#include <memlayout/memlayout.hpp>
#include <memlayout/reflect.hpp>
#include <memlayout/region.hpp>
#include <memlayout/reorder.hpp>
#include <memlayout/report.hpp>
#include <memlayout/snapshot.hpp>
#include <memlayout/svg.hpp>

#include "catch.hpp"
#include "corpus/corpus.hpp"

#include <string>

TEST_CASE("a second translation unit sees the same layouts and printers") {
    constexpr memlayout::layout L = memlayout::layout_of<C01_Sample>();
    const C01_Sample sample{'a', 1.5, 2, nullptr, true};
    const std::string everything = memlayout::report(L) + memlayout::to_json(L) + memlayout::to_svg(L) +
                                   fmt::format("{}", memlayout::dump(sample, {.regions = false})) +
                                   memlayout::emit_contracts(L) +
                                   std::string(memlayout::to_string(memlayout::region_of(&sample)));
    CHECK(everything.find("C01_Sample") != std::string::npos);
    CHECK_THAT(L, memlayout::HasSize(sizeof(C01_Sample)));
    CHECK(memlayout::go::layout_of<memlayout::go::slice, memlayout::go::amd64>().size == 24);
    CHECK(memlayout::optimal_order(L).size <= L.size);
    STATIC_REQUIRE(sizeof(memlayout::cgo::GoSlice) == 3 * sizeof(void*));
}

// The layout of C01_Sample as this translation unit sees it: reflect.test.cpp checks that
// it is the very object its own translation unit sees (one definition, not one per unit).
memlayout::layout sample_layout_from_second_translation_unit() { return memlayout::layout_of<C01_Sample>(); }
