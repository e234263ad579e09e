// EXPECT-ERROR: memlayout: T has an anonymous union or struct member, so no structured binding decomposes it
// EXPECT-OUTPUT: (T = |<)Message\b
// Only built with GCC: Clang 16 walks Message's members, and lays it out.
// A bool beside an anonymous union could be a bit-field (`bool ready : 1`): without a structured
// binding, aggregate initialization gives the members' types only, GCC 12 shows no bits of a
// type with a union, and a bool keeps the same value as a one-bit bit-field.
#include <memlayout/memlayout.hpp>
struct Message {
#ifdef MEMLAYOUT_TWIN
    int ready;
#else
    bool ready;
    bool urgent;
    short spare;
#endif
    union {
        int number;
        float real;
    };
};
constexpr auto L = memlayout::layout_of<Message>();
static_assert(L.size == 8);
