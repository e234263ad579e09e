// Where bytes live (<memlayout/region.hpp>).
#include <memlayout/region.hpp>

#include "catch.hpp"

#include <fstream>
#include <memory>
#include <string>

namespace {
const int pointed_to[] = {4, 5, 6};
int counter = 0;

[[maybe_unused]] bool maps_name_a_heap() {  // not with ASan, whose allocator maps its own
    std::ifstream maps("/proc/self/maps");
    for (std::string line; std::getline(maps, line);)
        if (line.find("[heap]") != std::string::npos) return true;
    return false;
}
}  // namespace

TEST_CASE("region_of tells stack, heap, static and mapped memory apart") {
    int local = 0;
    CHECK(memlayout::region_of(&local) == memlayout::region::stack);
    CHECK(memlayout::region_of(pointed_to) == memlayout::region::static_ro);
    CHECK(memlayout::region_of(&counter) == memlayout::region::static_rw);
    CHECK(memlayout::region_of("a literal") == memlayout::region::static_ro);
    const auto small = std::make_unique<int>(1);
#if defined(__SANITIZE_ADDRESS__)
    CHECK(memlayout::region_of(small.get()) != memlayout::region::unknown);  // ASan's allocator maps its own
#else
    // Under qemu-user (the i386 variant, on kernels without IA-32 emulation) the brk heap continues
    // the program's .bss in one anonymous mapping, and /proc/self/maps has no "[heap]" line: the
    // file then tells the heap from the .bss no more than region_of can.
    CHECK(memlayout::region_of(small.get()) == (maps_name_a_heap() ? memlayout::region::heap : memlayout::region::static_rw));
#endif
    CHECK(memlayout::region_of(nullptr) == memlayout::region::unknown);
    CHECK(memlayout::to_string(memlayout::region::static_rw) == "static_rw");
}

TEST_CASE("region_map answers as region_of does, from one read") {
    int local = 0;
    const auto heap = std::make_unique<int>(2);
    const memlayout::region_map maps = memlayout::region_map::read();
    CHECK(maps.size() > 3);
    for (const void* address : {static_cast<const void*>(&local), static_cast<const void*>(pointed_to),
                                static_cast<const void*>(&counter), static_cast<const void*>(heap.get()),
                                static_cast<const void*>("a literal")})
        CHECK(maps.of(address) == memlayout::region_of(address));
    CHECK(maps.of(nullptr) == memlayout::region::unknown);
}
