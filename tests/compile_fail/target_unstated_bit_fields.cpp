// EXPECT-ERROR: memlayout: T, or a record inside it, may hold an unnamed bit-field
// EXPECT-OUTPUT: is_stated_to_have_no_unnamed_bit_field<memlayout::abi::aarch64, Tag
// An unnamed bit-field changes nothing on x86_64 here and T's size and alignment on ARM: in
// `struct { unsigned : 0; unsigned char id[3]; }` the `: 0` makes the struct 4 bytes, 4-aligned,
// on armhf and aarch64 (AAPCS), and 3 bytes, 1-aligned, on x86_64. No technique lists one, so
// every prediction for another target needs the user's word that there is none.
#include <memlayout/memlayout.hpp>
struct Tag {
    unsigned char id[3];
};
namespace abi = memlayout::abi;
#ifdef MEMLAYOUT_TWIN
constexpr auto L = memlayout::layout_of<Tag, abi::aarch64, abi::assume::named_bit_fields>();
#else
constexpr auto L = memlayout::layout_of<Tag, abi::aarch64>();
#endif
static_assert(L.size == 3 && L.align == 1);
