// EXPECT-ERROR: memlayout: T has a reference member
// EXPECT-OUTPUT: (T = |<)View\b
#include <memlayout/memlayout.hpp>
struct View {
#ifdef MEMLAYOUT_TWIN
    const int* target;
#else
    const int& target;
#endif
    int extra;
};
constexpr auto L = memlayout::layout_of<View>();
static_assert(L.fields.size() == 2);
