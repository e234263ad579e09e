// EXPECT-ERROR: align_mismatch<Slice, memlayout::diagnostic::expected_align<16>, memlayout::diagnostic::actual_align<8> ?>
// EXPECT-ERRORS: 1
// EXPECT-AT-SOURCE
#include <memlayout/contract.hpp>
struct Slice { void* array; long len; long cap; };
void f() {
#ifdef MEMLAYOUT_TWIN
    MEMLAYOUT_EXPECT_ALIGN(Slice, 8);
#else
    MEMLAYOUT_EXPECT_ALIGN(Slice, 16);  // at block scope too
#endif
}
