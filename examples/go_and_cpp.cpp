// Go's runtime headers next to their C++ analogues, as the articles memlayout began from
// compare them: a Go slice header and std::vector are both three words, a Go string header
// and std::string_view both two, but the words mean different things. The C++ sizes come
// from the compiler; std::vector's header is decoded from a live object's bytes and checked
// against data(), size() and capacity(). Built with libstdc++ and, where installed, libc++.
#include <memlayout/cgo.hpp>
#include <memlayout/report.hpp>
#include <memlayout/go.hpp>

#include <fmt/core.h>

#include <cstdint>
#include <cstring>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace go = memlayout::go;

namespace {

#if defined(_LIBCPP_VERSION)
constexpr const char* library = "libc++";
#elif defined(__GLIBCXX__)
constexpr const char* library = "libstdc++";
#else
constexpr const char* library = "this standard library";
#endif

// The object representation of any object, read as unsigned char (which may alias anything),
// word by word: how a debugger, or pahole, sees a class whose members are private.
template <class T>
std::array<std::uintptr_t, sizeof(T) / sizeof(std::uintptr_t)> words_of(const T& object) {
    std::array<std::uintptr_t, sizeof(T) / sizeof(std::uintptr_t)> words{};
    const auto* bytes = reinterpret_cast<const unsigned char*>(&object);
    for (std::size_t w = 0; w < words.size(); ++w) {
        std::uintptr_t word = 0;
        for (std::size_t b = 0; b < sizeof word; ++b) reinterpret_cast<unsigned char*>(&word)[b] = bytes[w * sizeof word + b];
        words[w] = word;
    }
    return words;
}

}  // namespace

int main() {
    using arch = memlayout::cgo::host_arch;  // the Go architecture of this build
    constexpr auto slice = go::layout_of<go::slice, arch>();
    constexpr auto string = go::layout_of<go::string, arch>();
    constexpr auto hmap = go::layout_of<go::hmap, arch>();
    fmt::print("{}\n{}\n{}\n", slice, string, hmap);

    fmt::print("Go ({:<5})                       C++ ({}, this build)\n", arch::model.name, library);
    fmt::print("  slice header  {:3} bytes         std::vector<long long>  {:3} bytes\n", slice.size,
               sizeof(std::vector<long long>));
    fmt::print("                                   std::span<long long>    {:3} bytes\n", sizeof(std::span<long long>));
    fmt::print("  string header {:3} bytes         std::string_view        {:3} bytes\n", string.size,
               sizeof(std::string_view));
    fmt::print("                                   std::string             {:3} bytes\n", sizeof(std::string));
    fmt::print("  map header    {:3} bytes (hmap)  std::unordered_map      {:3} bytes\n", hmap.size,
               sizeof(std::unordered_map<std::string, int>));
    fmt::print("                                   std::map                {:3} bytes\n",
               sizeof(std::map<std::string, int>));

    // A Go slice is (pointer, len, cap); a std::vector is three pointers: begin, end, and
    // the end of its capacity. Decoded from a live vector's bytes:
    std::vector<long long> v{1, 2, 3, 4, 5};
    v.reserve(8);
    const auto w = words_of(v);
    static_assert(sizeof(v) == 3 * sizeof(std::uintptr_t), "memlayout: this std::vector is not three words");
    const auto* begin = reinterpret_cast<const long long*>(w[0]);
    const auto len = (w[1] - w[0]) / sizeof(long long);
    const auto cap = (w[2] - w[0]) / sizeof(long long);
    fmt::print("\nstd::vector<long long> header bytes, as a Go slice would name them:\n");
    fmt::print("  word 0  {:#018x}  begin         -> ptr {}\n", w[0], static_cast<const void*>(begin));
    fmt::print("  word 1  {:#018x}  end           -> len {}\n", w[1], len);
    fmt::print("  word 2  {:#018x}  end of storage-> cap {}\n", w[2], cap);
    const bool agrees = begin == v.data() && len == v.size() && cap == v.capacity();
    fmt::print("  checked against data(), size(), capacity(): {}\n", agrees ? "agree" : "DISAGREE");
    return agrees ? 0 : 1;
}
