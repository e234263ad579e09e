// Prints memlayout's figures for every class of the class corpus (with Clang, the undescribed
// classes it walks too), one line per class, base and member:
//   class NAME SIZE ALIGN PAHOLE_NAME   (PAHOLE_NAME: the name pahole -C knows it by)
//   base TYPE OFFSET SIZE
//   member NAME OFFSET SIZE KIND        (KIND: 1 for an empty class, 4 for a class memlayout
//                                        shows whole, else 0)
// compare_classes.py reads this next to pahole's view of this very binary's DWARF.
#include <memlayout/memlayout.hpp>

#include "corpus/class_corpus.hpp"

#include <cstdio>
#include <string_view>

namespace {

// pahole names a class without its namespaces.
constexpr std::string_view unscoped(std::string_view name) noexcept {
    const std::size_t template_start = name.find('<');
    const std::size_t scope = name.substr(0, template_start).rfind("::");
    return scope == std::string_view::npos ? name : name.substr(scope + 2);
}

int print(std::string_view s) { return static_cast<int>(s.size()); }

template <class T>
void print_figures() {
    constexpr memlayout::layout L = memlayout::layout_of<T>();
    static T instance{};  // puts T's definition in the DWARF
    const std::string_view pahole_name = unscoped(L.type_name);
    std::printf("class %.*s %zu %zu %.*s\n", print(L.type_name), L.type_name.data(), L.size, L.align, print(pahole_name),
                pahole_name.data());
    for (const memlayout::field& f : L.fields) {
        if (f.base) {
            const std::string_view type = unscoped(f.type_name);
            std::printf("base %.*s %zu %zu\n", print(type), type.data(), f.offset, f.size);
            continue;
        }
        const bool empty_class = f.kind == memlayout::member_kind::record && f.record->fields.empty();
        const int kind = empty_class ? 1 : f.kind == memlayout::member_kind::opaque ? 4 : 0;
        std::printf("member %.*s %zu %zu %d\n", print(f.name), f.name.data(), f.offset, f.size, kind);
    }
    std::printf("object %p\n", static_cast<void*>(&instance));
}

}  // namespace

int main() {
#define MEMLAYOUT_PRINT(T) print_figures<T>();
    MEMLAYOUT_CLASS_CORPUS(MEMLAYOUT_PRINT)
    MEMLAYOUT_WALKED_CORPUS(MEMLAYOUT_PRINT)
#undef MEMLAYOUT_PRINT
}
