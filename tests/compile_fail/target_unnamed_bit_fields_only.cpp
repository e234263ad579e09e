// EXPECT-ERROR: memlayout: this host makes T larger or more aligned than the ABI's rules make its members
// EXPECT-OUTPUT: has_its_end_where_the_rules_place_it<memlayout::abi::aarch64, Reserved, memlayout::diagnostic::compiler_size<(14|10)>, memlayout::diagnostic::rules_size<1>
// A struct of unnamed bit-fields alone has no member to check, and only its size shows them:
// 14 bytes on x86_64, where `unsigned long long : 46` starts at bit 26; where they would lie on
// another target is not known, and stating that T has no unnamed bit-field would be untrue.
#include <memlayout/memlayout.hpp>
struct Reserved {
#ifndef MEMLAYOUT_TWIN
    unsigned : 26;
    unsigned long long : 46;
#endif
};
namespace abi = memlayout::abi;
constexpr auto L = memlayout::layout_of<Reserved, abi::aarch64, abi::assume::named_bit_fields>();
static_assert(L.fields.size() == 0);
