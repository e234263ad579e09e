// EXPECT-ERROR: memlayout: T is not an aggregate
// EXPECT-OUTPUT: (T = |<)Account\b
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
