// Prints memlayout::to_json of every corpus struct, one per line, then a hand-made layout
// whose names need escaping; check_json.py parses each and checks the figures.
#include <memlayout/json.hpp>
#include <memlayout/memlayout.hpp>

#include "corpus/corpus_types.hpp"

#include <array>

namespace {
constexpr std::array<memlayout::field, 1> odd_fields = [] {
    std::array<memlayout::field, 1> fields{};
    fields[0].name = "quote\"back\\slash\nnew\tline\x01";
    fields[0].type_name = "char";
    fields[0].size = 1;
    fields[0].align = 1;
    return fields;
}();
constexpr memlayout::layout odd{"Odd<\"x\">", 4, 1, odd_fields};
}  // namespace

int main() {
#define MEMLAYOUT_PRINT(T) fmt::print("{}\n", memlayout::to_json(memlayout::layout_of<T>()));
    MEMLAYOUT_CORPUS(MEMLAYOUT_PRINT)
#undef MEMLAYOUT_PRINT
    fmt::print("{}\n", memlayout::to_json(odd));
}
