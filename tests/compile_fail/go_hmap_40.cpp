// EXPECT-ERROR: layout_size_mismatch<
// EXPECT-ERRORS: 1
// EXPECT-AT-SOURCE
// EXPECT-OUTPUT: runtime\.hmap.*go1\.19/amd64.*expected_size<40>, memlayout::diagnostic::actual_size<48>
#include <memlayout/go.hpp>
#include <memlayout/contract.hpp>
// The articles say a Go map header is 40 bytes. Go 1.19's compiler lays runtime.hmap out in
// 48 on amd64: the 40 leaves out the trailing extra pointer. The contract says so.
constexpr memlayout::layout hmap = memlayout::go::layout_of<memlayout::go::hmap, memlayout::go::amd64>();
#ifdef MEMLAYOUT_TWIN
MEMLAYOUT_EXPECT_LAYOUT_SIZE(hmap, 48);
MEMLAYOUT_EXPECT_LAYOUT_OFFSET(hmap, "extra", 40);
#else
MEMLAYOUT_EXPECT_LAYOUT_SIZE(hmap, 40);
#endif
