// EXPECT-ERROR: memlayout: T is not an aggregate; Clang 16 walks such a class's members, but this walk does not give every member's type
// EXPECT-OUTPUT: (T = |<)Account\b
// Clang's walk names a base but gives no type for it: the class needs a description.
#include <memlayout/memlayout.hpp>
struct Audited {
    long stamp;
};
#ifdef MEMLAYOUT_TWIN
class Account {
#else
class Account : public Audited {
#endif
public:
    Account() = default;

private:
    long id_ = 0;
    double balance_ = 0;
};
constexpr auto L = memlayout::layout_of<Account>();
static_assert(L.size >= 16);
