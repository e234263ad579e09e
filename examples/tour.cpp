// The tour: how a few telling structs sit in memory, computed at compile time.
//
// Build and run it with `bash cmake/run.sh tour` (README). It runs twice: built for the
// host (x86_64) and built with -m32 (i386), where the same source gives other layouts.
#include <memlayout/dump.hpp>
#include <memlayout/go.hpp>
#include <memlayout/memlayout.hpp>

#include <boost/describe.hpp>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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

// A C++ class hierarchy: a vptr, an empty base that takes no byte, a base in another base's
// tail padding, private members. Boost.Describe says what the classes have; the compiler says
// where it put each of them.
class Node {
public:
    virtual ~Node() = default;

protected:
    int id_ = 0;
    BOOST_DESCRIBE_CLASS(Node, (), (), (id_), ())
};
struct Tag {};
struct Flags {
    std::uint16_t bits = 0;
};
class Widget : public Node, private Tag, public Flags {
public:
    Widget() = default;

private:
    double scale_ = 1.0;
    char kind_ = 'w';
    std::string name_;
    BOOST_DESCRIBE_CLASS(Widget, (Node, Tag, Flags), (), (), (scale_, kind_, name_))
};

namespace {

// The pahole-style report (expanded as pahole -E), a word on how it was checked, and the point.
void show(const memlayout::layout& L, std::string_view note) {
    fmt::print("{:e}", L);
    const char* how = "size and alignment (it holds pointers)";
    if (L.checked == memlayout::verification::byte_map) how = "size, alignment and byte map";
    if (L.checked == memlayout::verification::addresses) how = "every member's address, size and alignment";
    if (L.checked == memlayout::verification::described) how = "every described base's and member's address";
    fmt::print("/* checked against the compiler: {} */\n", how);
    fmt::print("-> {}\n\n", note);
}

}  // namespace

int main() {
    // Everything below is a compile-time constant; these asserts cost nothing at run time.
    constexpr auto sample = memlayout::layout_of<Sample>();
    constexpr auto reordered = memlayout::layout_of<SampleReordered>();
    static_assert(reordered.size <= sample.size && reordered.holes().empty());
    constexpr auto reading = memlayout::layout_of<Reading>();
    static_assert(reading.fields[1].offset == offsetof(Reading, value));

    fmt::print("memlayout tour, built for {} ({}-bit pointers)\n\n",
#if defined(__x86_64__)
                "x86_64",
#elif defined(__i386__)
                "i386",
#else
                "this target",
#endif
               sizeof(void*) * 8);

    show(sample, "padding: the holes after c and s, and the tail after b, hold nothing.");
    show(reordered, "the same members, largest first: no holes, only tail padding.");
    show(memlayout::layout_of<Shape>(), "nesting: Point expands in place, as pahole -E shows it.");
    show(reading, fmt::format("the i386 trap: __alignof__(double) is {} here, but a double member is aligned to {}.",
                              __alignof__(double), reading.fields[1].align));
    show(memlayout::layout_of<Counters>(), "cache lines: each counter alone on its 64-byte line.");
    show(memlayout::layout_of<WireHeader>(), "a packed wire header: no padding, length at offset 1.");
    constexpr auto widget = memlayout::layout_of<Widget>();
    static_assert(widget.fields[1].base && widget.fields[1].size == 0);  // Tag: no byte of its own
    show(widget, fmt::format("a class: Node's vptr first, Tag takes no byte, Flags sits in Node's tail padding at {}.",
                             widget.fields[2].offset));

    // The same struct on other targets, predicted from this one build. The source spells its
    // integers as <cstdint> types and hides no alignas and no unnamed bit-field (`int : 3`,
    // `: 0`, which changes nothing on x86_64 and can change a struct on ARM): memlayout is told
    // so, not left to guess.
    namespace abi = memlayout::abi;
    constexpr auto source =
        abi::assume::fixed_width_integers | abi::assume::natural_alignment | abi::assume::named_bit_fields;
    fmt::print("Reading on every target, predicted from this one build:\n");
    fmt::print("  {:<12} {:>4} {:>6} {:>9}\n", "target", "size", "align", "value at");
    const auto row = [](const memlayout::layout& L) {
        fmt::print("  {:<12} {:>4} {:>6} {:>9}\n", L.target, L.size, L.align, L.fields[1].offset);
    };
    row(memlayout::layout_of<Reading, abi::x86_64, source>());
    row(memlayout::layout_of<Reading, abi::ia32, source>());  // abi::i386, also spelled ia32
    row(memlayout::layout_of<Reading, abi::armhf, source>());
    row(memlayout::layout_of<Reading, abi::aarch64, source>());
    row(memlayout::layout_of<Reading, abi::win64_mingw, source>());
    row(memlayout::layout_of<Reading, abi::win64_msvc, source>());
    fmt::print("-> only i386 puts value at 4; the prediction for this build's own target is checked against it.\n\n");

    // Live bytes: one object explained row by row; many objects, one line each.
    int answer = 42;
    const Sample live{'a', 1.5, -7, &answer, true};
    fmt::print("{}\n", memlayout::dump(live));
    const std::array<WireHeader, 3> headers{{{1, 64, 0xbeef}, {1, 1500, 0x1234}, {2, 9000, 0xffff}}};
    fmt::print("{}\n", memlayout::dump_table(headers));

    // Go's runtime headers, as Go lays them out.
    namespace go = memlayout::go;
    fmt::print("Go's map header, runtime.hmap (Go 1.19): {} bytes on amd64, {} on 386 -- not the 40 the articles say.\n",
               go::layout_of<go::hmap, go::amd64>().size, go::layout_of<go::hmap, go::x86_32>().size);
    fmt::print("Go's slice header on {}: {} bytes; std::vector here: {} bytes -- three words each, other meanings.\n",
               go::native::model.name, go::layout_of<go::slice, go::native>().size, sizeof(std::vector<int>));
}
