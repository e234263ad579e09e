// EXPECT-ERROR: offset_mismatch<Header, &Header::length, memlayout::diagnostic::(member_index_unknown|member_index<1>), memlayout::diagnostic::expected_offset<2>, memlayout::diagnostic::actual_offset<4> ?>
// EXPECT-ERRORS: 1
// EXPECT-AT-SOURCE
// A class GCC 12 cannot reflect (it has a constructor; Clang 16 walks it): offsetof still pins it.
#include <memlayout/contract.hpp>
#include <cstddef>
#include <cstdint>
struct Header {
    Header() : kind(0), length(0) {}
    std::uint8_t kind;
    std::uint32_t length;
};
#ifdef MEMLAYOUT_TWIN
MEMLAYOUT_EXPECT_OFFSET(Header, length, 4);
#else
MEMLAYOUT_EXPECT_OFFSET(Header, length, 2);
#endif
