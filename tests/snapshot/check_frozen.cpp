// Compiles frozen contracts (MEMLAYOUT_FROZEN, a file freeze.cpp wrote) against the corpus.
// With -DMEMLAYOUT_CHANGED, C30_Ordered gains a member at the front: the contracts must fail.
#include <memlayout/contract.hpp>

#include <cstddef>
#include <cstdint>

#ifdef MEMLAYOUT_CHANGED
#define C30_Ordered C30_Ordered_Original
#endif
#include "corpus/corpus.hpp"
#ifdef MEMLAYOUT_CHANGED
#undef C30_Ordered
struct C30_Ordered { char flags; double a; int b; short c; char d; };
#endif

#include MEMLAYOUT_FROZEN

int main() {}
