// EXPECT-ERROR: memlayout: a member is a class memlayout cannot reflect
// EXPECT-OUTPUT: member_is_reflectable<memlayout::abi::aarch64, Named, memlayout::diagnostic::member<1, .*"name".*std::(__cxx11::)?basic_string|member<1, .*"name"
#include <memlayout/memlayout.hpp>
#include <string>
struct Named {
    int id;
#ifdef MEMLAYOUT_TWIN
    const char* name;
#else
    std::string name;
#endif
};
constexpr auto L = memlayout::layout_of<Named, memlayout::abi::aarch64, memlayout::abi::assume::named_bit_fields>();
static_assert(L.size >= 16);
