// EXPECT-ERROR: cache_line_split<Queue, memlayout::diagnostic::line_size<64>, &Queue::head, memlayout::diagnostic::lines<0, 0>, &Queue::tail, memlayout::diagnostic::lines<1, 1> ?>
// EXPECT-ERRORS: 1
// EXPECT-AT-SOURCE
#include <memlayout/contract.hpp>
#include <array>
#include <cstddef>
#include <cstdint>
struct alignas(64) Queue {
    std::uint64_t head;
#ifdef MEMLAYOUT_TWIN
    std::uint64_t tail;
    std::array<char, 64> buffer;
#else
    std::array<char, 64> buffer;  // pushed tail onto the next line
    std::uint64_t tail;
#endif
};
MEMLAYOUT_EXPECT_SAME_CACHE_LINE(Queue, 64, head, tail);
