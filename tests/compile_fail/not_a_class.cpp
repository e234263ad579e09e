// EXPECT-ERROR: memlayout: T is not a class type
// EXPECT-OUTPUT: (T = |<)int\b
#include <memlayout/memlayout.hpp>
#ifdef MEMLAYOUT_TWIN
struct Value { int v; };
#else
using Value = int;
#endif
constexpr auto L = memlayout::layout_of<Value>();
static_assert(L.size == 4);
