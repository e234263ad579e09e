// Built by each target's own compiler, like check.cpp, for the hand-written corpora of the
// core tests (tests/corpus, and the C structs of c_corpus.hpp): every corpus struct memlayout
// can predict for the target this compiler builds for must be predicted as the compiler lays it
// out (same_layout: size, alignment, every member's offset and size), and agree on every
// member's alignment and every bit-field's bits (GCC shows them: a byte image of the struct).
#include <memlayout/memlayout.hpp>

#include "corpus/c_corpus.hpp"
#include "corpus/corpus_types.hpp"

namespace abi = memlayout::abi;

using native = abi::native;  // the target this compiler builds for
static_assert(!std::is_same_v<native, abi::host>, "no memlayout data model for this compiler's target");

template <class T>
constexpr bool predicted_as_built() {
    if constexpr (memlayout::predictable<T, native>) {
        constexpr memlayout::layout predicted = memlayout::layout_of<T, native>();
        constexpr memlayout::layout built = memlayout::layout_of<T>();
        if (!memlayout::same_layout(predicted, built)) return false;
        for (std::size_t i = 0; i < built.fields.size(); ++i)
            if (predicted.fields[i].align != built.fields[i].align ||
                predicted.fields[i].bit_offset != built.fields[i].bit_offset ||
                predicted.fields[i].bit_width != built.fields[i].bit_width)
                return false;
    }
    return true;
}

#define MEMLAYOUT_CHECK_CORPUS(T) static_assert(predicted_as_built<T>(), #T);
MEMLAYOUT_CORPUS(MEMLAYOUT_CHECK_CORPUS)
MEMLAYOUT_C_CORPUS(MEMLAYOUT_CHECK_CORPUS)

// How many corpus structs this target predicts (printed by the driver).
#define MEMLAYOUT_COUNT_CORPUS(T) +(memlayout::predictable<T, native> ? 1 : 0)
constexpr int predicted_count = 0 MEMLAYOUT_CORPUS(MEMLAYOUT_COUNT_CORPUS) MEMLAYOUT_C_CORPUS(MEMLAYOUT_COUNT_CORPUS);
extern "C" const int memlayout_corpus_predicted = predicted_count;

int main() {}
