// EXPECT-ERROR: memlayout: T is a C\+\+ class laid out from its Boost.Describe description
// EXPECT-OUTPUT: (T = |<)Widget\b
// Where another target's C++ ABI puts bases and vptrs is not predicted.
#include <memlayout/memlayout.hpp>
#include <boost/describe.hpp>
class Widget {
public:
    Widget() = default;
    virtual ~Widget() = default;

private:
    int id_ = 0;
    BOOST_DESCRIBE_CLASS(Widget, (), (), (), (id_))
};
#ifdef MEMLAYOUT_TWIN
constexpr auto L = memlayout::layout_of<Widget>();
#else
constexpr auto L = memlayout::layout_of<Widget, memlayout::abi::i386>();
#endif
static_assert(L.size >= 4);
