// Built by each target's own compiler (g++, g++ -m32, the ARM and AArch64 cross compilers,
// MinGW-w64): memlayout's prediction for the target that compiler builds for must equal the
// compiler's sizeof, alignof, offsetof and member sizes, for every generated struct. Compiled
// only; a mismatch is a failed static_assert.
#include <memlayout/memlayout.hpp>

#include "corpus.hpp"

#include <cstddef>
#include <initializer_list>

namespace abi = memlayout::abi;

using native = abi::native;  // the target this compiler builds for
static_assert(!std::is_same_v<native, abi::host>, "no memlayout data model for this compiler's target");

// On its own target the host build shows everything: no assumption is needed.
constexpr abi::assume fixed = abi::assume::nothing;
constexpr abi::assume keyword = abi::assume::nothing;
constexpr abi::assume pointer = abi::assume::nothing;

// The index of the first figure that differs (0: size, 1: alignment, 2: member count, 3 + i:
// member i), or 1000 when all agree.
template <class T, abi::assume A>
constexpr std::size_t first_difference(std::initializer_list<std::size_t> offsets, std::initializer_list<std::size_t> sizes) {
    constexpr memlayout::layout L = memlayout::layout_of<T, native, A>();
    static_assert(L.target == native::model.name);
    if (L.size != sizeof(T)) return 0;
    if (L.align != alignof(T)) return 1;
    if (L.fields.size() != offsets.size()) return 2;
    for (std::size_t i = 0; i < offsets.size(); ++i)
        if (L.fields[i].offset != offsets.begin()[i] || L.fields[i].size != sizes.begin()[i]) return 3 + i;
    return 1000;
}

#define MEMLAYOUT_GEN_LIST(...) {__VA_ARGS__}
#define MEMLAYOUT_GEN_CHECK(T, family, offsets, sizes) \
    static_assert(first_difference<T, family>(MEMLAYOUT_GEN_LIST offsets, MEMLAYOUT_GEN_LIST sizes) == 1000);
#include "checks.inc"

int main() {}
