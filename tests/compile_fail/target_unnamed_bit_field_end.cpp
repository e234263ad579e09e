// EXPECT-ERROR: memlayout: this host makes T larger or more aligned than the ABI's rules make its members
// EXPECT-OUTPUT: has_its_end_where_the_rules_place_it<memlayout::abi::(i386|ia32), Tagged, memlayout::diagnostic::compiler_size<2>, memlayout::diagnostic::rules_size<1>
// An unnamed bit-field after the last member makes T larger (here 2 bytes, not 1), with no named
// bit-field in T: the target's end is not known. Found by the target differential.
#include <memlayout/memlayout.hpp>
#include <cstdint>
struct Tagged {
    signed char tag;
#ifndef MEMLAYOUT_TWIN
    std::uint16_t : 0;
#endif
};
namespace abi = memlayout::abi;
constexpr auto L = memlayout::layout_of<Tagged, abi::i386, abi::assume::named_bit_fields>();
static_assert(L.size >= 1);
