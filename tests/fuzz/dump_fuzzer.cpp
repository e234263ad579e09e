// libFuzzer target: random bytes as objects of several types, through the dumper, the
// report, JSON and SVG. Any crash or sanitizer report is a failure.
#include <memlayout/dump.hpp>
#include <memlayout/memlayout.hpp>

#include "corpus/corpus.hpp"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>
#include <span>
#include <string>

namespace {

template <class T>
void exercise(const std::uint8_t* data, std::size_t size) {
    alignas(T) unsigned char storage[sizeof(T)] = {};
    std::memcpy(storage, data, size < sizeof(T) ? size : sizeof(T));
    // The bytes become the object representation of a T; the dumper only ever reads them as
    // bytes (a bool's byte, an enum's underlying integer), never as possibly invalid values.
    const T* object = std::launder(reinterpret_cast<const T*>(storage));
    const auto dumped = memlayout::dump(*object, {.show_padding = (size & 1) != 0,
                                                  .color = memlayout::dump_options::colors::always});
    std::string text = fmt::format("{}", dumped);
    text += fmt::format("{}", memlayout::dump_table(std::span<const T>(object, 1),
                                                    {.show_padding = (size & 2) != 0, .cache_line = (size & 8) != 0 ? 16u : 64u,
                                                     .values = (size & 4) != 0}));
    text += memlayout::to_svg(dumped);
    text += fmt::format("{:erc32}", memlayout::layout_of<T>());
    text += memlayout::to_json(memlayout::layout_of<T>());
    if (text.empty()) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    switch (data[0] % 6) {
        case 0: exercise<C01_Sample>(data + 1, size - 1); break;
        case 1: exercise<C12_Deep>(data + 1, size - 1); break;
        case 2: exercise<C05_LongDouble>(data + 1, size - 1); break;
        case 3: exercise<C09_Enums>(data + 1, size - 1); break;
        case 4: exercise<C43_Packed>(data + 1, size - 1); break;
        default: exercise<C02_Chars>(data + 1, size - 1); break;
    }
    return 0;
}
