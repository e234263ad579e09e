// Freezes the layouts of a few corpus structs as contracts (written to argv[1]); the test
// then compiles those contracts against the same structs (they must hold) and against
// changed structs (they must fail, naming what moved).
#include <memlayout/snapshot.hpp>

#include "corpus/c_corpus.hpp"
#include "corpus/corpus.hpp"

#include <fstream>

int main(int argc, char** argv) {
    if (argc != 2) return 2;
    std::ofstream(argv[1]) << memlayout::emit_contracts<C01_Sample, C11_Nested, C30_Ordered, K02_CArrays>();
}
