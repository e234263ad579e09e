// EXPECT-ERROR: memlayout: T has a bit-field member
// EXPECT-OUTPUT: (T = |<)Flags\b
#include <memlayout/memlayout.hpp>
struct Flags {
#ifdef MEMLAYOUT_TWIN
    unsigned ready;
#else
    unsigned ready : 1;
#endif
    unsigned count;
};
constexpr auto L = memlayout::layout_of<Flags>();
static_assert(L.fields.size() == 2);
