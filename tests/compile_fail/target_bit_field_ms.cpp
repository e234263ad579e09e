// EXPECT-ERROR: memlayout: a member is a bit-field that memlayout does not predict on this target
// EXPECT-OUTPUT: is_not_a_bit_field<memlayout::abi::win64_mingw, Flags
// MinGW-w64 GCC lays bit-fields out by Microsoft's rules (-mms-bitfields, its default): `kind`
// starts a unit of its own there, after `mode`'s. memlayout predicts System V and AAPCS targets.
#include <memlayout/memlayout.hpp>
struct Flags {
    unsigned mode : 3;
    unsigned short kind : 5;
    unsigned rest : 24;  // every bit of the 4 bytes: nothing unseen could move one
};
namespace abi = memlayout::abi;
#ifdef MEMLAYOUT_TWIN
constexpr auto L = memlayout::layout_of<Flags, abi::aarch64, abi::assume::named_bit_fields>();
#else
constexpr auto L = memlayout::layout_of<Flags, abi::win64_mingw, abi::assume::named_bit_fields>();
#endif
static_assert(L.size == 4);
static_assert(L.fields[1].bit_offset == 3);
