// EXPECT-ERROR: member_type_mismatch<Reading, memlayout::diagnostic::member<1, .*\{"value"\}>, memlayout::diagnostic::expected_type<.*\{"double"\}>, memlayout::diagnostic::actual_type<.*\{"float"\}> ?>
// EXPECT-ERRORS: 1
// EXPECT-AT-SOURCE
// A frozen member contract: the type changed from double to float; a member's name, type,
// offset and size are checked in that order, so the type is the error.
#include <memlayout/contract.hpp>
struct Reading {
    int sensor;
#ifdef MEMLAYOUT_TWIN
    double value;
#else
    float value;
#endif
};
MEMLAYOUT_EXPECT_MEMBERS(Reading, 2);
MEMLAYOUT_EXPECT_MEMBER(Reading, 0, sensor, "int", 0, 4);
MEMLAYOUT_EXPECT_MEMBER(Reading, 1, value, "double", 8, 8);
