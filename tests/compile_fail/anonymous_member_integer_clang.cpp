// EXPECT-ERROR: memlayout: T has an anonymous union or struct member, so no structured binding decomposes it
// EXPECT-OUTPUT: (T = |<)Message\b
// Only built with Clang: GCC 12 tells `kind` is no bit-field from the values it keeps.
// An integer beside an anonymous union could be a bit-field: without a structured binding,
// aggregate initialization gives the members' types only, and Clang 16 cannot walk a union with
// a bit-field after its first member.
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
        unsigned small : 3;
    };
#endif
};
constexpr auto L = memlayout::layout_of<Message>();
static_assert(L.size == 8);
