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
constexpr abi::assume fixed_named = abi::assume::nothing;
constexpr abi::assume keyword_named = abi::assume::nothing;
constexpr abi::assume pointer_named = abi::assume::nothing;

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

// A struct with bit-fields (offsetof names none): where memlayout predicts it for this
// compiler's target, layout_of compares the prediction with the compiler's own layout of it,
// every bit-field's bits included (GCC shows them in a constant image of the struct).
template <class T, abi::assume A>
constexpr bool predicted_as_built() {
    if constexpr (memlayout::predictable<T, native, A>) return memlayout::layout_of<T, native, A>().size == sizeof(T);
    else return true;
}

#define MEMLAYOUT_GEN_LIST(...) {__VA_ARGS__}
#define MEMLAYOUT_GEN_CHECK(T, family, offsets, sizes) \
    static_assert(first_difference<T, family>(MEMLAYOUT_GEN_LIST offsets, MEMLAYOUT_GEN_LIST sizes) == 1000);
#define MEMLAYOUT_GEN_CHECK_BITS(T, family) static_assert(predicted_as_built<T, family>());
#include "checks.inc"

int main() {}
