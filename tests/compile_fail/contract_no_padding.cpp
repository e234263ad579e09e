// EXPECT-ERROR: unexpected_padding<Record, memlayout::diagnostic::padding_at<1, 7>, memlayout::diagnostic::padding_bytes<11> ?>
// EXPECT-ERRORS: 1
// EXPECT-AT-SOURCE
#include <memlayout/contract.hpp>
#include <cstdint>
#ifdef MEMLAYOUT_TWIN
struct Record { double value; std::int32_t id; char tag; char flags; std::int16_t spare; };
#else
struct Record { char tag; double value; std::int32_t id; };  // 7 bytes after tag, 4 after id
#endif
MEMLAYOUT_EXPECT_NO_PADDING(Record);
