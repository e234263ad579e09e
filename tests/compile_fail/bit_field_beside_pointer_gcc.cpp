// EXPECT-ERROR: memlayout: T has bit-fields and a member std::bit_cast cannot read in a constant expression
// EXPECT-OUTPUT: (T = |<)Flags\b
// Only built with GCC: Clang 16 gives every bit-field's width (__builtin_dump_struct).
// GCC 12 sees a bit-field's width in T's byte image (none: a pointer) or in the values it
// keeps, compared as template arguments (none: a mutable member).
#include <memlayout/memlayout.hpp>
struct Flags {
    unsigned long long kind : 5;
    unsigned long long rest : 59;  // every bit up to next: nothing unseen could move one
#ifdef MEMLAYOUT_TWIN
    void* next;
#else
    mutable void* next;
#endif
};
constexpr auto L = memlayout::layout_of<Flags>();
static_assert(L.size == 16);
