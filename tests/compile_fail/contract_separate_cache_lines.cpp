// EXPECT-ERROR: false_sharing<Counters, memlayout::diagnostic::line_size<64>, &Counters::reads, &Counters::writes, memlayout::diagnostic::shared_line<0> ?>
// EXPECT-ERRORS: 1
// EXPECT-AT-SOURCE
#include <memlayout/contract.hpp>
#include <cstddef>
#include <cstdint>
struct alignas(64) Counters {
    std::uint64_t reads;
#ifdef MEMLAYOUT_TWIN
    alignas(64) std::uint64_t writes;
#else
    std::uint64_t writes;  // same line as reads: every write invalidates the readers' line
#endif
};
MEMLAYOUT_EXPECT_SEPARATE_CACHE_LINES(Counters, 64, reads, writes);
