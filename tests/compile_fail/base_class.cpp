// EXPECT-ERROR: memlayout: the type has a base class
// EXPECT-OUTPUT: (T = |<)Derived\b
#include <memlayout/memlayout.hpp>
struct Base { int id; };
#ifdef MEMLAYOUT_TWIN
struct Derived { Base base; int extra; };
#else
struct Derived : Base { };
#endif
constexpr auto L = memlayout::layout_of<Derived>();
static_assert(L.size >= 4);
