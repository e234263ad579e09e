// EXPECT-ERROR: memlayout: T has a volatile member; GCC 12 cannot bind it
// EXPECT-OUTPUT: (T = |<)Register\b
// Only built with GCC: Clang reflects volatile members.
#include <memlayout/memlayout.hpp>
struct Register {
    char id;
#ifdef MEMLAYOUT_TWIN
    int value;
#else
    volatile int value;
#endif
};
constexpr auto L = memlayout::layout_of<Register>();
static_assert(L.size == 8);
