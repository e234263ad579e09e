// EXPECT-ERROR: memlayout: a member of T \(its index, name and type are in this error's condition\) is placed by the ABI's rules
// EXPECT-OUTPUT: has_members_whose_place_the_compiler_shows<Wide, memlayout::diagnostic::member<0, memlayout::diagnostic::text<0>\{""\}>, memlayout::diagnostic::of_type<memlayout::diagnostic::text<5>\{"float"\}>, memlayout::diagnostic::unnamed_bit_field_could_move_one<true>, memlayout::diagnostic::alignas_could_move_one<true>
// Only built with GCC: Clang 16 gives every member's address (its walk), and lays Wide out.
// GCC 12 places the members of a class with an anonymous member by the C rules: the alignas
// moves the second float to 8, and sizeof and alignof are what they would be without it.
#include <memlayout/memlayout.hpp>
struct Wide {
    float f;
#ifdef MEMLAYOUT_TWIN
    float g;  // nothing unseen could move it: every byte up to `d` is a member's
    float h;
#else
    alignas(8) float g;
#endif
    union {
        float a;
        float b;
    };
    double d;
};
constexpr auto L = memlayout::layout_of<Wide>();
static_assert(L.size == 24);
