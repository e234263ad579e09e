// EXPECT-ERROR: memlayout: T is not an aggregate
// EXPECT-OUTPUT: (T = |<)Account\b
// GCC 12 only: Clang 16 walks a class that is no aggregate (walk_incomplete_clang.cpp).
#include <memlayout/memlayout.hpp>
class Account {
#ifndef MEMLAYOUT_TWIN
private:
#else
public:
#endif
    long id;
    double balance;
};
constexpr auto L = memlayout::layout_of<Account>();
static_assert(L.size == 16);
