// Compiles frozen contracts (MEMLAYOUT_FROZEN, a file freeze.cpp wrote) against the corpus.
// With -DMEMLAYOUT_CHANGED=N, C30_Ordered changes (corpus_maybe_changed.hpp): they must fail.
#include <memlayout/contract.hpp>

#include <cstddef>
#include <cstdint>

#include "corpus/c_corpus.hpp"
#include "snapshot/corpus_maybe_changed.hpp"

#include MEMLAYOUT_FROZEN

int main() {}
