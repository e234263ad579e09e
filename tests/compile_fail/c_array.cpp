// EXPECT-ERROR: memlayout: T has a C array member.*std::array
// EXPECT-OUTPUT: (T = |<)Packet\b
#include <memlayout/memlayout.hpp>
#include <array>
struct Packet {
    char kind;
#ifdef MEMLAYOUT_TWIN
    std::array<int, 4> words;
#else
    int words[4];
#endif
};
constexpr auto L = memlayout::layout_of<Packet>();
static_assert(L.size == 20);
