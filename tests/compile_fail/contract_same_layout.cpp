// EXPECT-ERROR: layout_mismatch<GoSlice, Mirror, memlayout::diagnostic::member_index<1>, memlayout::diagnostic::sizes<8, 4> ?>
// EXPECT-ERRORS: 1
// EXPECT-AT-SOURCE
// A hand-written mirror of Go's slice header whose len is 32-bit by mistake.
#include <memlayout/contract.hpp>
#include <cstdint>
struct GoSlice { void* array; std::int64_t len; std::int64_t cap; };
#ifdef MEMLAYOUT_TWIN
struct Mirror { const void* data; long long length; long long capacity; };
#else
struct Mirror { const void* data; std::int32_t length; long long capacity; };
#endif
MEMLAYOUT_EXPECT_SAME_LAYOUT(GoSlice, Mirror);
