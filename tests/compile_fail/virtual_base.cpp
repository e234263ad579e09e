// EXPECT-ERROR: memlayout: T has a virtual base
// EXPECT-OUTPUT: (T = |<)Derived\b
// Where a virtual base sits is read from the vtable at run time: no constant expression shows it.
#include <memlayout/memlayout.hpp>
#include <boost/describe.hpp>
struct Base {
    int id;
};
#ifdef MEMLAYOUT_TWIN
struct Derived : Base {
#else
struct Derived : virtual Base {
#endif
    int extra;
};
BOOST_DESCRIBE_STRUCT(Derived, (Base), (extra))
constexpr auto L = memlayout::layout_of<Derived>();
static_assert(L.size >= 8);
