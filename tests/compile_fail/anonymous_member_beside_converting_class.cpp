// EXPECT-ERROR: memlayout: T has an anonymous union or struct member, so no structured binding decomposes it
// EXPECT-OUTPUT: (T = |<)Reading\b
// Beside an anonymous member, a member's type is read from aggregate initialization. A class
// whose constructor template asks whether the initializer converts to another type (long, here;
// std::optional<int> asks for int) shows that type first: GCC 12 would have called the member a
// long. Refused on both compilers; the twin, with a plain aggregate member, is laid out.
#include <memlayout/memlayout.hpp>
#include <type_traits>
struct Count {
#ifdef MEMLAYOUT_TWIN
    long v = 0;
#else
    template <class U>
        requires std::is_constructible_v<long, U>
    constexpr Count(U&& u) : v(static_cast<long>(u)) {}
    Count() = default;
    long v = 0;
#endif
};
struct Reading {
    Count count;
    struct {
        long x;
    };
};
constexpr auto L = memlayout::layout_of<Reading>();
static_assert(L.size == 16);
