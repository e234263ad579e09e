// EXPECT-ERROR: offset_mismatch<Slice, &Slice::cap, memlayout::diagnostic::member_index<2>, memlayout::diagnostic::expected_offset<8>, memlayout::diagnostic::actual_offset<16> ?>
// EXPECT-ERRORS: 1
// EXPECT-AT-SOURCE
#include <memlayout/contract.hpp>
#include <cstddef>
struct Slice { void* array; long len; long cap; };
MEMLAYOUT_EXPECT_OFFSET(Slice, len, 8);
#ifdef MEMLAYOUT_TWIN
MEMLAYOUT_EXPECT_OFFSET(Slice, cap, 16);
#else
MEMLAYOUT_EXPECT_OFFSET(Slice, cap, 8);
#endif
