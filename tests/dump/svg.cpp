// Writes the SVG of every corpus layout, and of a live object, into a folder for xmllint.
#include <memlayout/dump.hpp>
#include <memlayout/memlayout.hpp>

#include "corpus/class_corpus.hpp"
#include "corpus/corpus_types.hpp"

#include <fstream>
#include <string>

int main(int argc, char** argv) {
    if (argc != 2) return 2;
    const std::string dir = argv[1];
#define MEMLAYOUT_WRITE(T) std::ofstream(dir + "/" #T ".svg") << memlayout::to_svg(memlayout::layout_of<T>());
    MEMLAYOUT_CORPUS(MEMLAYOUT_WRITE)
#undef MEMLAYOUT_WRITE
    // C++ classes: bases (the legend calls each <ancestor>, which the SVG escapes), vptrs, a live object.
    std::ofstream(dir + "/X04_Widget.svg") << memlayout::to_svg(memlayout::layout_of<X04_Widget>());
    std::ofstream(dir + "/X20_Holder.svg") << memlayout::to_svg(memlayout::layout_of<X20_Holder<double>>());
    const X14_Both both{};
    std::ofstream(dir + "/dump_X14_Both.svg") << memlayout::to_svg(memlayout::dump(both), {.bytes_per_row = 8});
    const C12_Deep deep{};
    std::ofstream(dir + "/dump_C12_Deep.svg") << memlayout::to_svg(memlayout::dump(deep), {.bytes_per_row = 8});
}
