// EXPECT-ERROR: memlayout: T's Boost.Describe description does not list every direct base and member
// EXPECT-OUTPUT: (T = |<)Cursor\b
// No member pointer reaches a reference member, so no description lists it: Clang 16 finds
// it (its walk stops there) and refuses rather than show it as padding.
#include <memlayout/memlayout.hpp>
#include <boost/describe.hpp>
class Cursor {
public:
#ifdef MEMLAYOUT_TWIN
    explicit Cursor(const long& position) : position_(&position) {}
#else
    explicit Cursor(const long& position) : position_(position) {}
#endif

private:
    int step_ = 1;
#ifdef MEMLAYOUT_TWIN
    const long* position_;
    BOOST_DESCRIBE_CLASS(Cursor, (), (), (), (step_, position_))
#else
    const long& position_;
    BOOST_DESCRIBE_CLASS(Cursor, (), (), (), (step_))
#endif
};
constexpr auto L = memlayout::layout_of<Cursor>();
static_assert(L.size >= 8);
