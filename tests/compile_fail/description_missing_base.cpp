// EXPECT-ERROR: memlayout: T's Boost.Describe description does not list every direct base and member
// EXPECT-OUTPUT: (T = |<)Derived\b
// GCC lists a class's direct bases, Clang walks them: a base left out would be reported as padding.
#include <memlayout/memlayout.hpp>
#include <boost/describe.hpp>
struct Base {
    virtual ~Base() = default;
    int id = 0;
};
class Derived : public Base {
public:
    Derived() = default;

private:
    int extra_ = 0;
#ifdef MEMLAYOUT_TWIN
    BOOST_DESCRIBE_CLASS(Derived, (Base), (), (), (extra_))
#else
    BOOST_DESCRIBE_CLASS(Derived, (), (), (), (extra_))
#endif
};
constexpr auto L = memlayout::layout_of<Derived>();
static_assert(L.size >= 8);
