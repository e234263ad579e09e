// EXPECT-ERROR: too_many_cache_lines<Hot, memlayout::diagnostic::line_size<64>, memlayout::diagnostic::expected_lines<1>, memlayout::diagnostic::actual_lines<2> ?>
// EXPECT-ERRORS: 1
// EXPECT-AT-SOURCE
#include <memlayout/contract.hpp>
#include <array>
struct Hot {
#ifdef MEMLAYOUT_TWIN
    std::array<char, 64> bytes;
#else
    std::array<char, 65> bytes;
#endif
};
MEMLAYOUT_EXPECT_CACHE_LINES(Hot, 64, 1);
