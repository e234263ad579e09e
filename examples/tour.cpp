// The tour: how a few telling structs sit in memory, computed at compile time.
//
// Build and run it with `bash cmake/run.sh tour` (README). It runs twice: built for the
// host (x86_64) and built with -m32 (i386), where the same source gives other layouts.
#include <memlayout/memlayout.hpp>

#include <array>
#include <cstdint>
#include <cstdio>
#include <string_view>

// --- the structs ----------------------------------------------------------------------

// Padding: 20 of its 40 bytes on x86_64 hold nothing.
struct Sample {
    char c;
    double d;
    std::int16_t s;
    int* p;
    bool b;
};

// The same members, largest first: no holes at all.
struct SampleReordered {
    double d;
    int* p;
    std::int16_t s;
    char c;
    bool b;
};

// Nesting: a record inside a record, expanded the way `pahole -E` does.
struct Point {
    float x;
    float y;
};
enum class Kind : std::uint8_t { circle, polygon };
struct Shape {
    Kind kind;
    Point origin;
    std::array<Point, 2> box;
    void (*draw)(const Shape&);
};

// The i386 trap: alignof(double) is 8 for a double on its own, but inside a struct the
// i386 System V ABI places it at a multiple of 4. Only the compiler knows; memlayout asks it.
struct Reading {
    std::int32_t sensor;
    double value;
};

// False sharing, avoided by hand: each counter on its own 64-byte cache line.
struct alignas(64) Counter {
    std::uint64_t hits;
};
struct Counters {
    Counter reads;
    Counter writes;
};

// A wire format, packed: no padding, members at odd offsets.
#pragma pack(push, 1)
struct WireHeader {
    std::uint8_t version;
    std::uint32_t length;
    std::uint16_t checksum;
};
#pragma pack(pop)

namespace {

// --- a small report (memlayout/dump.hpp will bring the full pahole-style printer) -------

void print_members(const memlayout::layout& L, int depth) {
    const auto indent = static_cast<int>(depth * 4);
    auto holes = L.holes();
    auto next_hole = holes.begin();
    for (std::size_t i = 0; i < L.fields.size(); ++i) {
        const memlayout::field& f = L.fields[i];
        std::printf("%*s  %-28.*s %-10.*s /* offset %3zu  size %3zu  align %2zu */\n", indent, "",
                    static_cast<int>(f.type_name.size()), f.type_name.data(), static_cast<int>(f.name.size()),
                    f.name.data(), f.offset, f.size, f.align);
        if (f.record != nullptr && f.kind == memlayout::member_kind::record && !f.record->fields.empty()) {
            print_members(*f.record, depth + 1);
        }
        if (next_hole != holes.end() && (*next_hole).after == i) {
            std::printf("%*s  /* XXX %zu byte%s hole */\n", indent, "", (*next_hole).size, (*next_hole).size == 1 ? "" : "s");
            ++next_hole;
        }
    }
}

void print(const memlayout::layout& L, std::string_view note) {
    std::printf("struct %.*s {\n", static_cast<int>(L.type_name.size()), L.type_name.data());
    print_members(L, 0);
    std::printf("  /* size %zu, align %zu, members %zu, holes %zu, tail padding %zu: %zu padding bytes */\n", L.size,
                L.align, L.fields.size(), L.holes().size(), L.tail_padding(), L.padding_bytes());
    if (L.packing != 0) std::printf("  /* packed to %zu */\n", L.packing);
    std::printf("  /* checked against the compiler: %s */\n",
                L.checked == memlayout::verification::byte_map ? "size, alignment and byte map"
                                                               : "size and alignment (holds pointers)");
    std::printf("};\n%.*s\n\n", static_cast<int>(note.size()), note.data());
}

}  // namespace

int main() {
    // Everything below is a compile-time constant; these asserts cost nothing at run time.
    constexpr auto sample = memlayout::layout_of<Sample>();
    constexpr auto reordered = memlayout::layout_of<SampleReordered>();
    static_assert(reordered.size <= sample.size && reordered.holes().empty());
    constexpr auto reading = memlayout::layout_of<Reading>();
    static_assert(reading.fields[1].offset == offsetof(Reading, value));

    std::printf("memlayout tour, built for %s (%zu-bit pointers)\n\n",
#if defined(__x86_64__)
                "x86_64",
#elif defined(__i386__)
                "i386",
#else
                "this target",
#endif
                sizeof(void*) * 8);

    print(sample, "-> padding: the holes after c and s, and the tail after b, hold nothing.");
    print(reordered, "-> the same members, largest first: no holes, only tail padding.");
    print(memlayout::layout_of<Shape>(), "-> nesting: Point and std::array<Point, 2> expand in place.");
    char note[160];
    std::snprintf(note, sizeof note,
                  "-> the i386 trap: __alignof__(double) is %zu here, but a double member is aligned to %zu.",
                  static_cast<std::size_t>(__alignof__(double)), reading.fields[1].align);
    print(reading, note);
    print(memlayout::layout_of<Counters>(), "-> cache lines: each counter alone on its 64-byte line.");
    print(memlayout::layout_of<WireHeader>(), "-> a packed wire header: no padding, length at offset 1.");
}
