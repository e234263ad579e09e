// EXPECT-ERROR: layout_mismatch<Status, Mirror, memlayout::diagnostic::member_index<0>, memlayout::diagnostic::bit_places<memlayout::diagnostic::bits<0, 3>, memlayout::diagnostic::bits<0, 5> ?> ?>
// EXPECT-ERRORS: 1
// EXPECT-AT-SOURCE
// A mirror of a register whose fields were swapped: each bit-field has its storage unit's offset
// and size (0 and 4) in both; only the bits differ.
#include <memlayout/contract.hpp>
struct Status {
    unsigned code : 3;
    unsigned flags : 5;
    unsigned rest : 24;  // every bit of the unit: nothing unseen could move one
};
#ifdef MEMLAYOUT_TWIN
struct Mirror { unsigned code : 3, flags : 5, rest : 24; };
#else
struct Mirror { unsigned code : 5, flags : 3, rest : 24; };
#endif
MEMLAYOUT_EXPECT_SAME_LAYOUT(Status, Mirror);
