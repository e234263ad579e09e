// A consumer of memlayout::dump: memlayout and {fmt} together.
#include <memlayout/memlayout.hpp>

#include <fmt/core.h>

struct Header {
    char tag;
    double value;
};

int main() {
    constexpr memlayout::layout L = memlayout::layout_of<Header>();
    fmt::print("{} is {} bytes; {} at {}\n", L.type_name, L.size, L.fields[1].name, L.fields[1].offset);
    return L.size == sizeof(Header) ? 0 : 1;
}
