// EXPECT-ERROR: memlayout: T has virtual functions
// EXPECT-OUTPUT: (T = |<)Shape\b
// GCC 12 only: Clang 16 walks a polymorphic class without a base (walk_incomplete_clang.cpp).
#include <memlayout/memlayout.hpp>
struct Shape {
#ifndef MEMLAYOUT_TWIN
    virtual ~Shape() = default;
#endif
    int sides;
};
constexpr auto L = memlayout::layout_of<Shape>();
static_assert(L.fields.size() == 1);
