// EXPECT-ERROR: memlayout: T has an anonymous union or struct member, so no structured binding decomposes it
// EXPECT-OUTPUT: (T = |<)Message\b
// An integer beside an anonymous union could be a bit-field, and neither compiler shows it:
// without a structured binding, aggregate initialization gives the members' types only.
#include <memlayout/memlayout.hpp>
struct Message {
    int kind;
#ifdef MEMLAYOUT_TWIN
    union Value {
        int number;
        float real;
    } value;
#else
    union {
        int number;
        float real;
    };
#endif
};
constexpr auto L = memlayout::layout_of<Message>();
static_assert(L.size == 8);
