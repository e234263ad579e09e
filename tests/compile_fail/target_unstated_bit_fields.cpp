// EXPECT-ERROR: memlayout: a member is a bit-field, and T may hold an unnamed bit-field
// EXPECT-OUTPUT: is_stated_to_have_named_bit_fields_only<memlayout::abi::(i386|ia32), Register
// An unnamed bit-field that moves nothing on this host can move members on i386 or armhf; no
// technique lists one, so the user states there is none.
#include <memlayout/memlayout.hpp>
struct Register {
    unsigned enable : 1;
    unsigned mode : 3;
    unsigned count : 28;  // every bit of the 4 bytes: nothing unseen could move one here
};
namespace abi = memlayout::abi;
#ifdef MEMLAYOUT_TWIN
constexpr auto L = memlayout::layout_of<Register, abi::i386, abi::assume::named_bit_fields>();
#else
constexpr auto L = memlayout::layout_of<Register, abi::i386>();
#endif
static_assert(L.size == 4);
static_assert(L.fields[2].bit_offset == 4 && L.fields[2].bit_width == 28);
