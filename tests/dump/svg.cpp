// Writes the SVG of every corpus layout, and of a live object, into a folder for xmllint.
#include <memlayout/dump.hpp>
#include <memlayout/memlayout.hpp>

#include "corpus/corpus_types.hpp"

#include <fstream>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2) return 2;
    const std::string dir = argv[1];
#define MEMLAYOUT_WRITE(T) std::ofstream(dir + "/" #T ".svg") << memlayout::to_svg(memlayout::layout_of<T>());
    MEMLAYOUT_CORPUS(MEMLAYOUT_WRITE)
#undef MEMLAYOUT_WRITE
    const C12_Deep deep{};
    std::ofstream(dir + "/dump_C12_Deep.svg") << memlayout::to_svg(memlayout::dump(deep), {.bytes_per_row = 8});
}
