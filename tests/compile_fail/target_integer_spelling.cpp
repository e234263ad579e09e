// EXPECT-ERROR: memlayout: a member's integer type \(e.g. long\) is also how this host spells std::int64_t
// EXPECT-OUTPUT: integer_spelling_is_known<memlayout::abi::i386, Wire, memlayout::diagnostic::member<1, memlayout::diagnostic::text<3>\{"len"\}>, long|member<1, .*"len"
#include <memlayout/memlayout.hpp>
#include <cstdint>
// On x86-64 Linux std::int64_t is long: 8 bytes on i386 if the source wrote std::int64_t,
// 4 if it wrote long. The twin says which.
struct Wire { std::uint32_t tag; std::int64_t len; };
#ifdef MEMLAYOUT_TWIN
constexpr auto assumed = memlayout::abi::assume::fixed_width_integers | memlayout::abi::assume::natural_alignment |
                         memlayout::abi::assume::named_bit_fields;
#else
constexpr auto assumed = memlayout::abi::assume::natural_alignment | memlayout::abi::assume::named_bit_fields;
#endif
constexpr auto L = memlayout::layout_of<Wire, memlayout::abi::i386, assumed>();
static_assert(L.size == 12);
