// EXPECT-ERROR: memlayout: this host places a member where the ABI's bit-field rules would not
// EXPECT-OUTPUT: has_bit_fields_where_the_rules_place_the_named_ones<memlayout::abi::armhf, Register
// Only built with GCC: GCC 12 shows `count` at bit 8, after the unnamed bit-field, where the
// rules put it at bit 4 for the named members alone; Clang 16 shows no bits, and refuses T on
// the host first (an unnamed bit-field could move `count` unseen).
#include <memlayout/memlayout.hpp>
struct Register {
    unsigned enable : 1;
    unsigned mode : 3;
#ifndef MEMLAYOUT_TWIN
    unsigned : 4;  // reserved
#endif
    unsigned count : 8;
};
namespace abi = memlayout::abi;
constexpr auto L = memlayout::layout_of<Register, abi::armhf, abi::assume::named_bit_fields>();
static_assert(L.size == 4);
