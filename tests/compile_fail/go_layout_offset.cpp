// EXPECT-ERROR: layout_offset_mismatch<
// EXPECT-ERRORS: 1
// EXPECT-AT-SOURCE
// EXPECT-OUTPUT: runtime\.hchan.*go1\.19/arm.*"lock".*expected_offset<56>, memlayout::diagnostic::actual_offset<48>
#include <memlayout/go.hpp>
#include <memlayout/contract.hpp>
constexpr memlayout::layout hchan = memlayout::go::layout_of<memlayout::go::hchan, memlayout::go::arm>();
MEMLAYOUT_EXPECT_LAYOUT_OFFSET(hchan, "lock",
#ifdef MEMLAYOUT_TWIN
                               48
#else
                               56
#endif
);
