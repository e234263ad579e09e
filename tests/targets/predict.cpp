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
// A struct with no unnamed bit-field, as the generator knows: every prediction for another
// target than x86_64, this host, needs it stated.
constexpr abi::assume fixed_named = fixed | abi::assume::named_bit_fields;
constexpr abi::assume keyword_named = keyword | abi::assume::named_bit_fields;
constexpr abi::assume pointer_named = pointer | abi::assume::named_bit_fields;

// A bit-field's figures: its first bit, marked (generate.py's BIT_FIGURE), and its width.
constexpr std::size_t bit_figure = 0x80000000u;

void print(const memlayout::layout& L, const char* name) {
    std::printf("%.*s %s %zu %zu %zu", static_cast<int>(L.target.size()), L.target.data(), name, L.size, L.align,
                L.fields.size());
    for (const memlayout::field& f : L.fields) {
        if (f.is_bit_field()) std::printf(" %zu %zu", bit_figure | f.bit_offset, f.bit_width);
        else std::printf(" %zu %zu", f.offset, f.size);
    }
    std::printf("\n");
}

// A struct with bit-fields is predicted only where it can be (not with Microsoft's bit-field
// rules; not where an unnamed bit-field moved something on this host; not on another target
// when it has an unnamed one): a refusal is printed as one, and the driver accepts it for
// such structs alone.
template <class T, class Target, abi::assume A>
void print_or_refuse(const char* name) {
    if constexpr (memlayout::predictable<T, Target, A>) print(memlayout::layout_of<T, Target, A>(), name);
    else std::printf("%.*s %s refused\n", static_cast<int>(Target::model.name.size()), Target::model.name.data(), name);
}

template <class T, abi::assume A>
void predict(const char* name) {
    // x86-64 and AArch64 give every generated member the same size and alignment as this
    // host (x86-64), so those predictions need no assumption but that T has no unnamed
    // bit-field (AArch64 only: x86_64 is this host's own target), where A states it.
    if constexpr (memlayout::predictable<T, abi::x86_64>)
        static_assert(memlayout::same_layout(memlayout::layout_of<T, abi::x86_64>(), memlayout::layout_of<T>()));
    constexpr abi::assume named = abi::has(A, abi::assume::named_bit_fields) ? abi::assume::named_bit_fields
                                                                              : abi::assume::nothing;
    if constexpr (memlayout::predictable<T, abi::aarch64, named>)
        static_assert(memlayout::same_layout(memlayout::layout_of<T, abi::aarch64, named>(), memlayout::layout_of<T>()));
    print_or_refuse<T, abi::x86_64, A>(name);
    print_or_refuse<T, abi::i386, A>(name);
    print_or_refuse<T, abi::armhf, A>(name);
    print_or_refuse<T, abi::aarch64, A>(name);
    print_or_refuse<T, abi::win64_mingw, A>(name);
    print_or_refuse<T, abi::win64_msvc, A>(name);
}

int main() {
#define MEMLAYOUT_GEN_CHECK(T, family, offsets, sizes) predict<T, family>(#T + 5);
#define MEMLAYOUT_GEN_CHECK_BITS(T, family) predict<T, family>(#T + 5);
#include "checks.inc"
}
