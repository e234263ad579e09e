// The articles' struct, and the order that makes it smallest (what pahole --reorganize and
// Go's fieldalignment advise).
#include <memlayout/memlayout.hpp>

#include <cstdint>
#include <cstdio>

struct Sample {
    char c;
    double d;
    std::int16_t s;
    int* p;
    bool b;
};

int main() {
    constexpr memlayout::layout L = memlayout::layout_of<Sample>();
    constexpr memlayout::reorder_advice advice = memlayout::optimal_order(L);
    static_assert(advice.size <= L.size);

    std::printf("struct %.*s: %zu bytes, %zu of them padding\n", static_cast<int>(L.type_name.size()),
                L.type_name.data(), L.size, L.padding_bytes());
    std::printf("reordered, largest alignment first (%zu bytes, saves %zu):\n", advice.size, advice.saved_bytes);
    for (std::size_t k = 0; k < advice.count; ++k) {
        const memlayout::field& f = L.fields[advice.order[k]];
        std::printf("  %-12.*s %-4.*s /* offset %2zu  size %zu */\n", static_cast<int>(f.type_name.size()),
                    f.type_name.data(), static_cast<int>(f.name.size()), f.name.data(), advice.offsets[k], f.size);
    }
}
