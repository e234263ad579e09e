// The corpus; with -DMEMLAYOUT_CHANGED, C30_Ordered gains a member `flags` at the front, as a
// struct changes between two commits.
#ifndef MEMLAYOUT_TESTS_CORPUS_MAYBE_CHANGED_HPP
#define MEMLAYOUT_TESTS_CORPUS_MAYBE_CHANGED_HPP

#ifdef MEMLAYOUT_CHANGED
#define C30_Ordered C30_Ordered_Original
#endif
#include "corpus/corpus.hpp"
#ifdef MEMLAYOUT_CHANGED
#undef C30_Ordered
struct C30_Ordered { char flags; double a; int b; short c; char d; };
#endif

#endif
