// EXPECT-ERROR: memlayout: a member's integer type fits two of the spellings stated, which differ on the target
// EXPECT-OUTPUT: integer_spellings_stated_agree<memlayout::abi::armhf, Counted, memlayout::diagnostic::member<0, memlayout::diagnostic::text<5>\{"total"\}>, long unsigned int|member<0, .*"total"
#include <memlayout/memlayout.hpp>
#include <cstdint>
// On x86-64 Linux std::uint64_t and std::size_t are both unsigned long: 8 bytes on armhf as the
// one, 4 as the other. Stated to use both, Counted's two members could each be either; the twin
// states the one spelling it is read with.
struct Counted { std::uint64_t total; std::size_t n; };
#ifdef MEMLAYOUT_TWIN
constexpr auto assumed = memlayout::abi::assume::fixed_width_integers | memlayout::abi::assume::natural_alignment |
                         memlayout::abi::assume::named_bit_fields;
#else
constexpr auto assumed = memlayout::abi::assume::fixed_width_integers | memlayout::abi::assume::pointer_sized_integers |
                         memlayout::abi::assume::natural_alignment | memlayout::abi::assume::named_bit_fields;
#endif
constexpr auto L = memlayout::layout_of<Counted, memlayout::abi::armhf, assumed>();
static_assert(L.size == 16);
