// Prints memlayout's pahole-style report of every corpus struct (and of the C corpus: bit-fields,
// C arrays, a flexible array member), each after a line
// "@@@ NAME KIND..." (KIND per member, as in figures.cpp), for compare_report.py.
#include <memlayout/report.hpp>
#include <memlayout/memlayout.hpp>

#include "corpus/c_corpus.hpp"
#include "corpus/corpus_types.hpp"

#include <cstddef>

namespace {

template <class T>
void print_report() {
    constexpr memlayout::layout L = memlayout::layout_of<T>();
    static T instance{};  // puts T's definition in the DWARF
    fmt::print("@@@ {}", L.type_name);
    for (const memlayout::field& f : L.fields) {
        const bool empty_class = f.kind == memlayout::member_kind::record && f.record->fields.empty();
        const bool odd_size = f.kind == memlayout::member_kind::member_pointer ||
                              f.type_name == memlayout::detail::type_name_v<std::nullptr_t>;
        fmt::print(" {}", empty_class ? 1 : odd_size ? 2 : 0);
    }
    fmt::print(" {}\n{}", static_cast<const void*>(&instance), L);
}

}  // namespace

int main() {
#define MEMLAYOUT_PRINT(T) print_report<T>();
    MEMLAYOUT_CORPUS(MEMLAYOUT_PRINT)
    MEMLAYOUT_C_CORPUS(MEMLAYOUT_PRINT)
#undef MEMLAYOUT_PRINT
}
