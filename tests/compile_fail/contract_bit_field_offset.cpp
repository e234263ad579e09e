// EXPECT-ERROR: bit_field_has_no_byte_offset<Flags, (::)?(memlayout::detail::)?literal<5>\{"mode"\} ?>
// EXPECT-ERRORS: 1
// EXPECT-AT-SOURCE
// An offset contract on a bit-field says the bit-field has no byte offset (not the compiler's
// "invalid pointer to bit-field"); its twin pins the bits instead.
#include <memlayout/contract.hpp>
#include <cstddef>
struct Flags { unsigned char kind; unsigned mode : 3, level : 5; };
// Every bit-field is named (Clang 16 places them by the ABI's rules only when told so).
template <>
inline constexpr memlayout::abi::assume memlayout::assumptions<Flags> =
    memlayout::abi::assume::named_bit_fields | memlayout::abi::assume::natural_alignment;
MEMLAYOUT_EXPECT_OFFSET(Flags, kind, 0);
#ifdef MEMLAYOUT_TWIN
MEMLAYOUT_EXPECT_BITS(Flags, mode, 8, 3);
#else
MEMLAYOUT_EXPECT_OFFSET(Flags, mode, 1);
#endif
