// EXPECT-ERROR: memlayout: a member is aligned differently on the target than on this host
// EXPECT-OUTPUT: alignment_is_the_same_on_target<memlayout::abi::armhf, Node, memlayout::diagnostic::member<1, .*"next"|member<1, .*"next"
#include <memlayout/memlayout.hpp>
// alignas(8) on Node would change nothing on x86-64 (the pointer is 8-aligned already) but
// would keep Node 8-aligned on armhf, where pointers are 4-aligned: the host cannot tell.
struct Node { int key; Node* next; };
#ifdef MEMLAYOUT_TWIN
constexpr auto assumed = memlayout::abi::assume::natural_alignment | memlayout::abi::assume::named_bit_fields;
#else
constexpr auto assumed = memlayout::abi::assume::named_bit_fields;
#endif
constexpr auto L = memlayout::layout_of<Node, memlayout::abi::armhf, assumed>();
static_assert(L.size == 8);
