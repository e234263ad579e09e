// Prints memlayout's figures for every corpus struct, one line per struct and member:
//   struct NAME SIZE ALIGN
//   reorder SIZE                      (the size memlayout::optimal_order advises)
//   member NAME OFFSET SIZE KIND   (KIND: 1 for an empty class, 2 for a member pointer,
//                                    3 for std::nullptr_t, else 0)
// compare.py reads this next to pahole's view of this very binary's DWARF.
#include <memlayout/memlayout.hpp>

#include "corpus/corpus_types.hpp"

#include <cstddef>
#include <cstdio>

namespace {

template <class T>
void print_figures() {
    constexpr memlayout::layout L = memlayout::layout_of<T>();
    static T instance{};  // puts T's definition in the DWARF
    std::printf("struct %.*s %zu %zu\n", static_cast<int>(L.type_name.size()), L.type_name.data(), L.size, L.align);
    std::printf("reorder %zu\n", memlayout::optimal_order(L).size);
    for (const memlayout::field& f : L.fields) {
        const bool empty_class = f.kind == memlayout::member_kind::record && f.record->fields.empty();
        const bool null_pointer = f.type_name == memlayout::detail::type_name_v<std::nullptr_t>;
        const int kind = empty_class                                        ? 1
                         : f.kind == memlayout::member_kind::member_pointer ? 2
                         : null_pointer                                     ? 3
                                                                            : 0;
        std::printf("member %.*s %zu %zu %d\n", static_cast<int>(f.name.size()), f.name.data(), f.offset, f.size, kind);
    }
    std::printf("object %p\n", static_cast<void*>(&instance));
}

}  // namespace

int main() {
#define MEMLAYOUT_PRINT(T) print_figures<T>();
    MEMLAYOUT_CORPUS(MEMLAYOUT_PRINT)
#undef MEMLAYOUT_PRINT
}
