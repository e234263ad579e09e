// Prints memlayout's figures of one struct for tests/headers/run.py, which compares them with
// pahole's view of the same binary's DWARF:
//   struct NAME SIZE ALIGN CHECKED
//   leaf NAME OFFSET SIZE BIT_OFFSET BIT_WIDTH ALIGN   (NAME "?" where it is not visible)
//   group OFFSET SIZE                              (an anonymous member whose members memlayout
//                                                   cannot show: compared as one block)
//   refused NAME                                   (memlayout::predictable<T, host, ASSUME> is false)
// MEMLAYOUT_HEADERS_ASSUME: what is stated of every struct (run.py --assume); nothing by default.
// An anonymous member's members are leaves at their offsets in the struct, as pahole prints them.
#ifndef MEMLAYOUT_TESTS_HEADERS_FIGURES_HPP
#define MEMLAYOUT_TESTS_HEADERS_FIGURES_HPP

#include <memlayout/memlayout.hpp>

#include <cstddef>
#include <cstdio>

#ifndef MEMLAYOUT_HEADERS_ASSUME
#define MEMLAYOUT_HEADERS_ASSUME memlayout::abi::assume::nothing
#endif

namespace headers {

inline void print_leaves(const memlayout::layout& L, std::size_t base) {
    for (const memlayout::field& f : L.fields) {
        if (f.anonymous) {
            if (f.record != nullptr) print_leaves(*f.record, base + f.offset);
            else std::printf("group %zu %zu\n", base + f.offset, f.size);
            continue;
        }
        const bool named = f.name_visible && !f.name.empty();
        std::printf("leaf %.*s %zu %zu %zu %zu %zu\n", named ? static_cast<int>(f.name.size()) : 1, named ? f.name.data() : "?",
                    base + f.offset, f.size, f.is_bit_field() ? base * 8 + f.bit_offset : 0, f.bit_width, f.align);
    }
}

template <class T>
void print(const char* name) {
    if constexpr (memlayout::predictable<T, memlayout::abi::host, MEMLAYOUT_HEADERS_ASSUME>) {
        constexpr memlayout::layout L = memlayout::layout_of<T, memlayout::abi::host, MEMLAYOUT_HEADERS_ASSUME>();
        std::printf("struct %s %zu %zu %d\n", name, L.size, L.align, static_cast<int>(L.checked));
        print_leaves(L, 0);
    } else {
        std::printf("refused %s\n", name);
    }
}

}  // namespace headers

#endif
