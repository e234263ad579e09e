// EXPECT-ERROR: memlayout: the compiler's byte map of T differs from the C layout rules' prediction
// EXPECT-OUTPUT: (T = |<)Sneaky\b
#include <memlayout/memlayout.hpp>
// One member aligned by hand: the size does not change (16 either way), only the byte map
// shows that b sits at 4, not at 2.
struct Sneaky {
    alignas(16) char a;
    char pad;
#ifndef MEMLAYOUT_TWIN
    alignas(4)
#endif
    char b;
};
constexpr auto L = memlayout::layout_of<Sneaky>();
static_assert(L.size == 16);
