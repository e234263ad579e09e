// EXPECT-ERROR: bits_mismatch<Flags, (::)?(memlayout::detail::)?literal<6>\{"level"\}, memlayout::diagnostic::bits<8, 5>, memlayout::diagnostic::bits<11, 5> ?>
// EXPECT-ERRORS: 1
// EXPECT-AT-SOURCE
// A bit contract that does not hold names the expected and the actual first bit and width:
// GCC 12's own bits, Clang 16's reflected bit-field.
#include <memlayout/contract.hpp>
#include <cstddef>
struct Flags { unsigned char kind; unsigned mode : 3, level : 5; };
// Every bit-field is named (Clang 16 places them by the ABI's rules only when told so).
template <>
inline constexpr memlayout::abi::assume memlayout::assumptions<Flags> =
    memlayout::abi::assume::named_bit_fields | memlayout::abi::assume::natural_alignment;
MEMLAYOUT_EXPECT_BITS(Flags, mode, 8, 3);
#ifdef MEMLAYOUT_TWIN
MEMLAYOUT_EXPECT_BITS(Flags, level, 11, 5);
#else
MEMLAYOUT_EXPECT_BITS(Flags, level, 8, 5);
#endif
