// Where the bytes live: a constant table in read-only static memory, a global counter in
// writable static memory, a local array on the stack, a std::vector's buffer on the heap —
// the picture the articles begin with, read from the running process.
#include <memlayout/region.hpp>

#include <fmt/format.h>

#include <array>
#include <vector>

namespace {
constexpr std::array<int, 4> primes{2, 3, 5, 7};
int hits = 0;
}  // namespace

int main() {
    std::array<int, 4> local{1, 2, 3, 4};
    std::vector<int> numbers(16, 42);
    const auto show = [](const char* what, const void* address) {
        fmt::print("{:<28} {:>18}  {}\n", what, address, memlayout::to_string(memlayout::region_of(address)));
    };
    show("constexpr table primes", primes.data());
    show("global counter hits", &hits);
    show("local array", local.data());
    show("std::vector's buffer", numbers.data());
    show("the std::vector object", &numbers);
    show("a string literal", "hello");
    ++hits;
}
