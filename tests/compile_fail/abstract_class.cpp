// EXPECT-ERROR: memlayout: T is abstract
// EXPECT-OUTPUT: (T = |<)Shape\b
// No object of an abstract class can be declared: its layout is shown inside a concrete class.
#include <memlayout/memlayout.hpp>
#include <boost/describe.hpp>
class Shape {
public:
    virtual ~Shape() = default;
#ifdef MEMLAYOUT_TWIN
    virtual double area() const { return 0; }
#else
    virtual double area() const = 0;
#endif

protected:
    int id_ = 0;
    BOOST_DESCRIBE_CLASS(Shape, (), (), (id_), ())
};
constexpr auto L = memlayout::layout_of<Shape>();
static_assert(L.size >= 8);
