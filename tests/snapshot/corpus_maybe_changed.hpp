// The corpus; with -DMEMLAYOUT_CHANGED=N, C30_Ordered ({double a; int b; short c; char d;})
// changes as a struct changes between two commits:
//   1  a member `flags` at the front: everything after it moves
//   2  b widened from 4 to 8 bytes
//   3  a member added into the tail padding, after d: nothing moves, the size stays 16
//   4  b renamed to count
//   5  b's type changed from int to float: the same size and offset
#ifndef MEMLAYOUT_TESTS_CORPUS_MAYBE_CHANGED_HPP
#define MEMLAYOUT_TESTS_CORPUS_MAYBE_CHANGED_HPP

#include <cstdint>

#ifdef MEMLAYOUT_CHANGED
#define C30_Ordered C30_Ordered_Original
#endif
#include "corpus/corpus.hpp"
#ifdef MEMLAYOUT_CHANGED
#undef C30_Ordered
#if MEMLAYOUT_CHANGED == 1
struct C30_Ordered { char flags; double a; int b; short c; char d; };
#elif MEMLAYOUT_CHANGED == 2
struct C30_Ordered { double a; std::int64_t b; short c; char d; };
#elif MEMLAYOUT_CHANGED == 3
struct C30_Ordered { double a; int b; short c; char d; char added; };
#elif MEMLAYOUT_CHANGED == 4
struct C30_Ordered { double a; int count; short c; char d; };
#elif MEMLAYOUT_CHANGED == 5
struct C30_Ordered { double a; float b; short c; char d; };
#endif
#endif

#endif
