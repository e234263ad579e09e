// A consumer's program: it includes memlayout and checks a layout against the compiler.
#include <memlayout/memlayout.hpp>

#include <cstddef>

struct Header {
    char tag;
    double value;
};

int main() {
    constexpr memlayout::layout L = memlayout::layout_of<Header>();
    static_assert(L.size == sizeof(Header) && L.fields[1].offset == offsetof(Header, value));
    return L.fields[1].name == "value" ? 0 : 1;
}
