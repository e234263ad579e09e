// Built once, on the host: prints memlayout's prediction of every generated struct for every
// modelled target, one line each: target struct size align members (offset size)...
// tests/targets/run.py compares the lines with the figures each target's compiler produced.
#include <memlayout/memlayout.hpp>

#include "corpus.hpp"

#include <cstdio>

namespace abi = memlayout::abi;

// The generator writes no alignas or pack the host cannot see, and spells each family's
// integers one way.
constexpr abi::assume fixed = abi::assume::fixed_width_integers | abi::assume::natural_alignment;
constexpr abi::assume keyword = abi::assume::keyword_integers | abi::assume::natural_alignment;
constexpr abi::assume pointer = abi::assume::pointer_sized_integers | abi::assume::natural_alignment;

void print(const memlayout::layout& L, const char* name) {
    std::printf("%.*s %s %zu %zu %zu", static_cast<int>(L.target.size()), L.target.data(), name, L.size, L.align,
                L.fields.size());
    for (const memlayout::field& f : L.fields) std::printf(" %zu %zu", f.offset, f.size);
    std::printf("\n");
}

template <class T, abi::assume A>
void predict(const char* name) {
    // x86-64 and AArch64 give every generated member the same size and alignment as this
    // host (x86-64), so those predictions need no assumption at all.
    static_assert(memlayout::same_layout(memlayout::layout_of<T, abi::x86_64>(), memlayout::layout_of<T>()));
    static_assert(memlayout::same_layout(memlayout::layout_of<T, abi::aarch64>(), memlayout::layout_of<T>()));
    print(memlayout::layout_of<T, abi::x86_64, A>(), name);
    print(memlayout::layout_of<T, abi::i386, A>(), name);
    print(memlayout::layout_of<T, abi::armhf, A>(), name);
    print(memlayout::layout_of<T, abi::aarch64, A>(), name);
    print(memlayout::layout_of<T, abi::win64_mingw, A>(), name);
    print(memlayout::layout_of<T, abi::win64_msvc, A>(), name);
}

int main() {
#define MEMLAYOUT_GEN_CHECK(T, family, offsets, sizes) predict<T, family>(#T + 5);
#include "checks.inc"
}
