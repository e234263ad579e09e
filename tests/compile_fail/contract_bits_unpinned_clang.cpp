// EXPECT-ERROR: memlayout: a member of T \(its index, name and type are in this error's condition\) is placed by the ABI's rules
// EXPECT-OUTPUT: has_members_whose_place_the_compiler_shows<Flags,
// Only built with Clang: GCC 12 shows the bits, and checks the contract.
// A bit contract on a type whose bit-fields Clang 16 places by the rules, with room an unnamed
// bit-field could take: the first error says what to state, not only that no bits are seen.
#include <memlayout/contract.hpp>
struct Flags { unsigned char kind; unsigned mode : 3, level : 5; };
#ifdef MEMLAYOUT_TWIN
template <>
inline constexpr memlayout::abi::assume memlayout::assumptions<Flags> =
    memlayout::abi::assume::named_bit_fields | memlayout::abi::assume::natural_alignment;
#endif
MEMLAYOUT_EXPECT_BITS(Flags, mode, 8, 3);
