// EXPECT-ERROR: memlayout: an empty member of T shares its address with another member
// EXPECT-OUTPUT: (T = |<)Tagged\b
#include <memlayout/memlayout.hpp>
struct Tag {};
struct Tagged {
    char c;
#ifndef MEMLAYOUT_TWIN
    [[no_unique_address]]
#endif
    Tag tag;
    int value;
};
constexpr auto L = memlayout::layout_of<Tagged>();
static_assert(L.size == 8);  // the same size either way: only the addresses tell
