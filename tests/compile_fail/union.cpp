// EXPECT-ERROR: memlayout: T is a union
// EXPECT-OUTPUT: (T = |<)Number\b
#include <memlayout/memlayout.hpp>
#ifdef MEMLAYOUT_TWIN
struct Number { int i; float f; };
#else
union Number { int i; float f; };
#endif
constexpr auto L = memlayout::layout_of<Number>();
static_assert(L.size >= 4);
