// EXPECT-ERROR: memlayout: a member's type does not exist on the target
// EXPECT-OUTPUT: type_exists_on_target<memlayout::abi::armhf, Inner, memlayout::diagnostic::member<0, .*"wide"|member<0, .*"wide"
#include <memlayout/memlayout.hpp>
// The refusal names the member of the nested record that has no armhf layout.
struct Inner {
#ifdef MEMLAYOUT_TWIN
    long long wide;
#else
    __extension__ __int128 wide;
#endif
};
struct Outer { char tag; Inner inner; };
constexpr auto L = memlayout::layout_of<Outer, memlayout::abi::armhf,
                                             memlayout::abi::assume::natural_alignment | memlayout::abi::assume::named_bit_fields>();
static_assert(L.size == 16);
