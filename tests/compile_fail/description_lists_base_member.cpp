// EXPECT-ERROR: memlayout: T's Boost.Describe description does not fit where the compiler put its bases and members
// EXPECT-OUTPUT: (T = |<)Derived\b
// A member of the base listed as the derived class's own shares the base's bytes.
#include <memlayout/memlayout.hpp>
#include <boost/describe.hpp>
struct Base {
    Base() {}
    int id = 0;
};
BOOST_DESCRIBE_STRUCT(Base, (), (id))
struct Derived : Base {
    int extra = 0;
};
#ifdef MEMLAYOUT_TWIN
BOOST_DESCRIBE_STRUCT(Derived, (Base), (extra))
#else
BOOST_DESCRIBE_STRUCT(Derived, (Base), (id, extra))
#endif
constexpr auto L = memlayout::layout_of<Derived>();
static_assert(L.size >= 8);
