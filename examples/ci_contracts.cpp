// Contracts a real project pins in CI: a C++ mirror of Go's slice header for cgo, a wire
// header, and a pair of counters kept off each other's cache line. Each line is checked by
// the compiler; a change that moves a byte fails the build with a message that says which
// member moved, from where to where.
#include <memlayout/go.hpp>
#include <memlayout/memlayout.hpp>
#include <memlayout/snapshot.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>

// What Go's runtime.slice is on 64-bit targets: array unsafe.Pointer; len, cap int.
struct GoSliceHeader {
    void* array;
    std::int64_t len;
    std::int64_t cap;
};

// The mirror a C++ bridge reads Go slices through.
struct SliceView {
    const std::int64_t* data;
    long long size;
    long long capacity;
};

#pragma pack(push, 1)
struct WireHeader {  // on the wire: 1 + 4 + 2 bytes, no padding
    std::uint8_t version;
    std::uint32_t length;
    std::uint16_t checksum;
};
#pragma pack(pop)

struct alignas(64) Stats {
    std::uint64_t reads;
    alignas(64) std::uint64_t writes;  // written by another thread: keep it off reads' line
};

MEMLAYOUT_EXPECT_SAME_LAYOUT(SliceView, GoSliceHeader);  // on every target: same sizes, same offsets
#if defined(__x86_64__) || defined(__aarch64__)
MEMLAYOUT_EXPECT_SIZE(GoSliceHeader, 24);
MEMLAYOUT_EXPECT_OFFSET(GoSliceHeader, len, 8);
MEMLAYOUT_EXPECT_OFFSET(GoSliceHeader, cap, 16);
#endif
MEMLAYOUT_EXPECT_SIZE(WireHeader, 7);
MEMLAYOUT_EXPECT_NO_PADDING(WireHeader);
MEMLAYOUT_EXPECT_OFFSET(WireHeader, checksum, 5);
MEMLAYOUT_EXPECT_SEPARATE_CACHE_LINES(Stats, 64, reads, writes);
MEMLAYOUT_EXPECT_CACHE_LINES(Stats, 64, 2);

// The mirror is Go's own slice header, as memlayout models it for this build's GOARCH
// (checked against real Go binaries by the test suite).
static_assert(memlayout::same_layout(memlayout::layout_of<GoSliceHeader>(),
                                     memlayout::go::layout_of<memlayout::go::slice, memlayout::go::amd64>()) ||
              sizeof(void*) != 8);

// The wire header is the same on every platform the project ships, checked from this one
// build: the source spells integers as <cstdint> types and hides no alignas and no unnamed
// bit-field.
namespace abi = memlayout::abi;
MEMLAYOUT_EXPECT_PORTABLE(WireHeader,
                          abi::assume::fixed_width_integers | abi::assume::natural_alignment |
                              abi::assume::named_bit_fields,
                          abi::x86_64, abi::i386, abi::armhf, abi::aarch64, abi::win64_mingw, abi::win64_msvc);

int main() {
    // The same contracts, frozen from today's build, to paste into a header that CI compiles:
    std::fputs(memlayout::emit_contracts<GoSliceHeader, WireHeader>().c_str(), stdout);
}
