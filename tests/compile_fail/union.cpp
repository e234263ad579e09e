// EXPECT-ERROR: memlayout: T is a union whose members this compiler cannot list
// EXPECT-OUTPUT: (T = |<)Number\b
// GCC 12 lists no union's members; Clang 16 walks a union's members in a constant expression,
// but not a bit-field in a member after the first (reading it is not a constant).
#include <memlayout/memlayout.hpp>
#ifdef MEMLAYOUT_TWIN
struct Number { int i; unsigned small : 3, rest : 29; };
#else
union Number { int i; unsigned small : 3; };
#endif
constexpr auto L = memlayout::layout_of<Number>();
static_assert(L.size >= 4);
