// The Go runtime header models: Go's rules (64-bit integers 4-aligned on 386 and arm, a
// trailing zero-size field padded), the releases where headers changed, the sizes the Go
// compiler itself asserts, and the printers. tests/go/compare.py checks the Go 1.19 models
// against real Go binaries.
#include <memlayout/cgo.hpp>
#include <memlayout/json.hpp>
#include <memlayout/report.hpp>
#include <memlayout/go.hpp>

#include "catch.hpp"

#include <string>

namespace go = memlayout::go;

TEST_CASE("slice and string headers are three and two words") {
    STATIC_REQUIRE(go::layout_of<go::slice, go::amd64>().size == 24);
    STATIC_REQUIRE(go::layout_of<go::slice, go::x86_32>().size == 12);
    STATIC_REQUIRE(go::layout_of<go::string, go::arm64>().size == 16);
    STATIC_REQUIRE(go::layout_of<go::string, go::arm>().size == 8);
    constexpr auto s = go::layout_of<go::slice, go::amd64>();
    STATIC_REQUIRE(s.fields[0].name == "array");
    STATIC_REQUIRE(s.fields[0].type_name == "unsafe.Pointer");
    STATIC_REQUIRE(s.fields[2].name == "cap");
    STATIC_REQUIRE(s.fields[2].offset == 16);
    STATIC_REQUIRE(s.target == "go1.19/amd64");
}

TEST_CASE("the map header is 48 bytes on 64-bit targets, 28 on 32-bit ones, not 40") {
    constexpr auto h = go::layout_of<go::hmap, go::amd64>();
    STATIC_REQUIRE(h.size == 48);
    STATIC_REQUIRE(h.fields.size() == 9);
    STATIC_REQUIRE(h.fields[8].name == "extra");
    STATIC_REQUIRE(h.fields[8].type_name == "*mapextra");
    STATIC_REQUIRE(h.fields[8].offset == 40);
    STATIC_REQUIRE(go::layout_of<go::hmap, go::arm>().size == 28);
    // Go 1.24's map_noswiss.go: clearSeq, a uint64, 4-aligned on 386.
    STATIC_REQUIRE(go::layout_of<go::hmap, go::amd64, go::go1_24>().size == 56);
    STATIC_REQUIRE(go::layout_of<go::hmap, go::x86_32, go::go1_24>().size == 36);
}

TEST_CASE("swiss-table maps: the sizes the Go compiler asserts") {
    // cmd/compile checks internal/runtime/maps.Map against 48 bytes (64-bit) and 32 (32-bit).
    STATIC_REQUIRE(go::layout_of<go::swiss_map, go::amd64, go::go1_24>().size == 48);
    STATIC_REQUIRE(go::layout_of<go::swiss_map, go::arm64, go::go1_25>().size == 48);
    STATIC_REQUIRE(go::layout_of<go::swiss_map, go::x86_32, go::go1_24>().size == 32);
    STATIC_REQUIRE(go::layout_of<go::swiss_map, go::arm, go::go1_25>().size == 32);
    STATIC_REQUIRE(go::layout_of<go::swiss_map, go::arm, go::go1_25>().fields[8].offset == 24);
    STATIC_REQUIRE(go::layout_of<go::swiss_table, go::amd64, go::go1_24>().size == 32);
    STATIC_REQUIRE(go::layout_of<go::swiss_table, go::x86_32, go::go1_24>().size == 24);
}

TEST_CASE("headers that changed between Go releases") {
    STATIC_REQUIRE(go::layout_of<go::hchan, go::amd64>().size == 96);
    STATIC_REQUIRE(go::layout_of<go::hchan, go::amd64, go::go1_23>().size == 104);  // timer
    STATIC_REQUIRE(go::layout_of<go::hchan, go::amd64, go::go1_24>().size == 104);  // synctest in a hole
    STATIC_REQUIRE(go::layout_of<go::hchan, go::amd64, go::go1_25>().size == 112);  // bubble
    STATIC_REQUIRE(go::layout_of<go::hchan, go::arm>().size == 52);
    STATIC_REQUIRE(go::layout_of<go::itab, go::x86_32>().size == 20);
    STATIC_REQUIRE(go::layout_of<go::itab, go::x86_32>().fields[3].name == "_");
    STATIC_REQUIRE(go::layout_of<go::itab, go::x86_32, go::go1_22>().size == 16);
    STATIC_REQUIRE(go::layout_of<go::itab, go::amd64, go::go1_22>().size == 32);
}

TEST_CASE("a zero-size first field takes no room; the lock word follows at 0") {
    constexpr auto m = go::layout_of<go::mutex, go::amd64>();
    STATIC_REQUIRE(m.size == 8);
    STATIC_REQUIRE(m.fields[0].size == 0);
    STATIC_REQUIRE(m.fields[1].offset == 0);
}

TEST_CASE("cgo's C types match the Go headers of this build's architecture") {
    STATIC_REQUIRE(memlayout::same_layout(memlayout::layout_of<memlayout::cgo::GoSlice>(),
                                          go::layout_of<go::slice, memlayout::cgo::host_arch>()));
    STATIC_REQUIRE(memlayout::layout_of<memlayout::cgo::GoString>().size == sizeof(void*) * 2);
}

TEST_CASE("the printers take Go models: report and JSON") {
    constexpr auto h = go::layout_of<go::hmap, go::arm>();
    const std::string report = fmt::format("{}", h);
    CHECK(report.find("struct runtime.hmap {") == 0);
    CHECK(report.find("*mapextra                  extra;                /*    24     4 */") != std::string::npos);
    CHECK(report.find("/* size: 28, cachelines: 1, members: 9 */") != std::string::npos);
    const std::string json = memlayout::to_json(h);
    CHECK(json.find("\"target\":\"go1.19/arm\"") != std::string::npos);
    CHECK(json.find("\"size\":28") != std::string::npos);
}
