// EXPECT-ERROR: memlayout: a member of T \(its index, name and type are in this error's condition\) is placed by the ABI's rules
// EXPECT-OUTPUT: has_members_whose_place_the_compiler_shows<Reg, memlayout::diagnostic::member<0, memlayout::diagnostic::text<6>\{"enable"\}>, memlayout::diagnostic::of_type<memlayout::diagnostic::text<12>\{"unsigned int"\}>, memlayout::diagnostic::unnamed_bit_field_could_move_one<true>
// Only built with Clang: GCC 12 shows the bits (std::bit_cast), and lays Reg out exactly.
// Clang 16 shows no bit-field's bits in a constant expression: an unnamed bit-field before
// `enable` or `mode` would move it, and neither sizeof nor `next`'s address would change.
#include <memlayout/memlayout.hpp>
struct Reg {
    unsigned enable : 1;
#ifdef MEMLAYOUT_TWIN
    unsigned mode : 2, rest : 29;  // pinned: the bits run to `next`
#else
    unsigned : 3;
    unsigned mode : 2;
#endif
    int next;
};
constexpr auto L = memlayout::layout_of<Reg>();
static_assert(L.size == 8);
