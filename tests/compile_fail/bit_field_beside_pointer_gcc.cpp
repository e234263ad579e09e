// EXPECT-ERROR: memlayout: T has bit-fields and a member std::bit_cast cannot read in a constant expression
// EXPECT-OUTPUT: (T = |<)Flags\b
// Only built with GCC: Clang 16 gives every bit-field's width (__builtin_dump_struct).
#include <memlayout/memlayout.hpp>
struct Flags {
    unsigned kind : 5;
#ifdef MEMLAYOUT_TWIN
    unsigned long next;
#else
    void* next;
#endif
};
constexpr auto L = memlayout::layout_of<Flags>();
static_assert(L.size == 16);
