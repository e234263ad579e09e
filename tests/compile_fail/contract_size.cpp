// EXPECT-ERROR: size_mismatch<Slice, memlayout::diagnostic::expected_size<32>, memlayout::diagnostic::actual_size<24> ?>
// EXPECT-ERRORS: 1
// EXPECT-AT-SOURCE
#include <memlayout/contract.hpp>
struct Slice { void* array; long len; long cap; };
#ifdef MEMLAYOUT_TWIN
MEMLAYOUT_EXPECT_SIZE(Slice, 24);
#else
MEMLAYOUT_EXPECT_SIZE(Slice, 32);
#endif
