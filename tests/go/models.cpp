// Prints memlayout's Go 1.19 models for every GOARCH, one line each:
//   goarch dwarf-name size member:offset:size ...
// tests/go/compare.py compares the lines with the DWARF of real Go binaries.
#include <memlayout/go.hpp>

#include <cstdio>

namespace go = memlayout::go;

template <class Arch, class Model>
void print() {
    constexpr memlayout::layout L = go::layout_of<Model, Arch>();
    std::printf("%.*s %.*s %zu", static_cast<int>(Arch::model.name.size()), Arch::model.name.data(),
                static_cast<int>(L.type_name.size()), L.type_name.data(), L.size);
    for (const memlayout::field& f : L.fields)
        std::printf(" %.*s:%zu:%zu", static_cast<int>(f.name.size()), f.name.data(), f.offset, f.size);
    std::printf("\n");
}

template <class Arch>
void print_all() {
    print<Arch, go::slice>();
    print<Arch, go::string>();
    print<Arch, go::eface>();
    print<Arch, go::iface>();
    print<Arch, go::itab>();
    print<Arch, go::hmap>();
    print<Arch, go::mapextra>();
    print<Arch, go::hchan>();
    print<Arch, go::waitq>();
    print<Arch, go::mutex>();
}

int main() {
    print_all<go::amd64>();
    print_all<go::arm64>();
    print_all<go::x86_32>();
    print_all<go::arm>();
}
