// "A Go map header is 40 bytes", the articles say. Go's own compiler says 48 on 64-bit
// targets (28 on 32-bit ones): 40 is where the last field, the extra pointer, begins. This
// prints runtime.hmap as memlayout models it for every GOARCH (the test suite checks those
// models against the DWARF of real Go binaries), next to the claim.
#include <memlayout/contract.hpp>
#include <memlayout/report.hpp>
#include <memlayout/go.hpp>

#include <fmt/core.h>

namespace go = memlayout::go;

template <class Arch>
void show() {
    constexpr memlayout::layout hmap = go::layout_of<go::hmap, Arch>();
    const memlayout::field& extra = hmap.fields[hmap.index_of("extra")];
    fmt::print("{:6} runtime.hmap is {:2} bytes; `extra` starts at {:2}: the claim's 40 {}\n", Arch::model.name, hmap.size,
               extra.offset, extra.offset == 40 ? "stops right before it" : "matches nothing here");
}

// The claim, as a contract, would not compile (tests/compile_fail/go_hmap_40.cpp):
//   MEMLAYOUT_EXPECT_LAYOUT_SIZE(hmap, 40);   // error: layout_size_mismatch<... expected_size<40>, actual_size<48>>
constexpr memlayout::layout amd64_hmap = go::layout_of<go::hmap, go::amd64>();
MEMLAYOUT_EXPECT_LAYOUT_SIZE(amd64_hmap, 48);
MEMLAYOUT_EXPECT_LAYOUT_OFFSET(amd64_hmap, "extra", 40);

int main() {
    fmt::print("{}\n", amd64_hmap);
    fmt::print("The claim: a map header is 40 bytes.\n");
    show<go::amd64>();
    show<go::arm64>();
    show<go::x86_32>();
    show<go::arm>();
    fmt::print("Go 1.24's swiss-table map header, internal/runtime/maps.Map: {} bytes on amd64, {} on 386\n",
               go::layout_of<go::swiss_map, go::amd64, go::go1_24>().size,
               go::layout_of<go::swiss_map, go::x86_32, go::go1_24>().size);
}
