// EXPECT-ERROR: memlayout: a member is a pointer to member; with MSVC
// EXPECT-OUTPUT: is_not_a_member_pointer_on_msvc<memlayout::abi::win64_msvc, Handler, memlayout::diagnostic::member<0, .*"method"|member<0, .*"method"
#include <memlayout/memlayout.hpp>
struct Widget { void draw(); };
struct Handler {
#ifdef MEMLAYOUT_TWIN
    void (*method)(Widget*);
#else
    void (Widget::*method)();
#endif
    int flags;
};
constexpr auto L = memlayout::layout_of<Handler, memlayout::abi::win64_msvc, memlayout::abi::assume::named_bit_fields>();
static_assert(L.size == 16);
