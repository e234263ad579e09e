// EXPECT-ERROR: memlayout: needs C\+\+20 or later
// FLAGS: -std=c++17
// The twin is the same source compiled as C++20.
#include <memlayout/memlayout.hpp>
struct Point { int x, y; };
static_assert(memlayout::layout_of<Point>().size == sizeof(Point));
