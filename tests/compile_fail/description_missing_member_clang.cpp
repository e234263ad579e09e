// EXPECT-ERROR: memlayout: T's Boost.Describe description does not list every direct base and member
// EXPECT-OUTPUT: (T = |<)Account\b
// Clang walks every member: one the description leaves out is found (GCC 12 cannot list a
// class's members; there the layout says it is as described).
#include <memlayout/memlayout.hpp>
#include <boost/describe.hpp>
class Account {
public:
    Account() = default;

private:
    char kind_ = 0;
    long balance_ = 0;
#ifdef MEMLAYOUT_TWIN
    BOOST_DESCRIBE_CLASS(Account, (), (), (), (kind_, balance_))
#else
    BOOST_DESCRIBE_CLASS(Account, (), (), (), (kind_))
#endif
};
constexpr auto L = memlayout::layout_of<Account>();
static_assert(L.size >= 8);
