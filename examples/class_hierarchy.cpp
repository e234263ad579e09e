// A class hierarchy at a glance: where the vptr went, what the empty base costs, which member
// moved into a base's tail padding, and why the class is the size it is.
//
// Boost.Describe says which bases and members each class has; memlayout asks the compiler
// where it put each of them, at compile time, private members included.
#include <memlayout/contract.hpp>
#include <memlayout/dump.hpp>
#include <memlayout/memlayout.hpp>

#include <boost/describe.hpp>

#include <cstdint>
#include <string>

class Shape {
public:
    virtual ~Shape() = default;
    virtual double area() const = 0;

protected:
    std::uint32_t id_ = 0;
    BOOST_DESCRIBE_CLASS(Shape, (), (), (id_), ())
};

struct Named {};  // a policy class: no data

class Circle final : public Shape, private Named {
public:
    explicit Circle(double radius) : radius_(radius) {}
    double area() const override { return 3.14159265358979 * radius_ * radius_; }

private:
    std::uint8_t style_ = 1;  // fits in Shape's tail padding? Shape is no POD: yes
    double radius_;
    std::string label_ = "c";
    BOOST_DESCRIBE_CLASS(Circle, (Shape, Named), (), (), (style_, radius_, label_))
};

// The layout is a constant: pin it in CI like any other.
MEMLAYOUT_EXPECT_OFFSET(Circle, radius_, 2 * sizeof(void*));

int main() {
    constexpr memlayout::layout L = memlayout::layout_of<Circle>();
    static_assert(L.fields[0].base && L.fields[0].record->fields[0].vptr);  // Shape, holding the vptr
    static_assert(L.fields[1].base && L.fields[1].size == 0);               // Named takes no byte

    fmt::print("{:e}\n", L);
    const memlayout::field& style = L.fields[L.index_of("style_")];
    fmt::print("style_ sits at {}: inside Shape's {} bytes, in its tail padding (Shape's members end at {}).\n",
               style.offset, L.fields[0].size, L.fields[0].base_data_size);
    fmt::print("{} of Circle's {} bytes are padding.\n\n", L.padding_bytes(), L.size);

    const Circle circle(2.0);
    fmt::print("{}", memlayout::dump(circle, {.regions = false}));
}
