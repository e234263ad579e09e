// Compiles frozen contracts (MEMLAYOUT_FROZEN, a file freeze.cpp wrote) against the corpus.
// With -DMEMLAYOUT_CHANGED, C30_Ordered gains a member at the front: the contracts must fail.
#include <memlayout/contract.hpp>

#include <cstddef>
#include <cstdint>

#include "snapshot/corpus_maybe_changed.hpp"

#include MEMLAYOUT_FROZEN

int main() {}
