// EXPECT-ERROR: memlayout: the compiler lays T out differently from the C layout rules
// EXPECT-OUTPUT: (T = |<)Message\b
// EXPECT-OUTPUT: compiler_size<8>
// EXPECT-OUTPUT: rules_size<12>
#include <memlayout/memlayout.hpp>
// Not a C++03 POD (default member initializers), so the Itanium C++ ABI lets a
// [[no_unique_address]] member's 3 bytes of tail padding hold the next member.
struct Head { int i = 0; char c = 0; };
struct Message {
#ifndef MEMLAYOUT_TWIN
    [[no_unique_address]]
#endif
    Head head;
    char flag;
};
constexpr auto L = memlayout::layout_of<Message>();
static_assert(L.fields.size() == 2);
