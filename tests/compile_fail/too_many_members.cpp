// EXPECT-ERROR: memlayout: T has more than 100 members
// EXPECT-OUTPUT: (T = |<)Wide\b
#include <memlayout/memlayout.hpp>
#define TEN(p) char p##0, p##1, p##2, p##3, p##4, p##5, p##6, p##7, p##8, p##9;
struct Wide {
    TEN(a) TEN(b) TEN(c) TEN(d) TEN(e) TEN(f) TEN(g) TEN(h) TEN(i) TEN(j)
#ifndef MEMLAYOUT_TWIN
    char one_too_many;
#endif
};
constexpr auto L = memlayout::layout_of<Wide>();
static_assert(L.size >= 100);
