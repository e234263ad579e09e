// EXPECT-ERROR: memlayout: T has a bit-field whose width Clang 16 cannot see
// EXPECT-OUTPUT: (T = |<)Packet\b
// Only built with Clang: GCC 12 refuses Packet too, with its own text (a union stops its byte
// image), and lays out the twin from the values its bit-fields keep, as Clang does.
// Clang 16's walk of Packet reads the union's inactive bit-field `hi`: no constant. The width of
// `urgent` then shows only in the values it keeps, and a bool keeps the same ones at any width.
#include <memlayout/memlayout.hpp>
union Halves {
    unsigned whole;
    struct {
        unsigned lo : 16;
        unsigned hi : 16;
    } parts;
};
struct Packet {
#ifdef MEMLAYOUT_TWIN
    unsigned urgent : 1;
#else
    bool urgent : 1;
#endif
    unsigned length : 31;  // every bit up to `halves`: nothing unseen could move one
    Halves halves;
};
constexpr auto L = memlayout::layout_of<Packet>();
static_assert(L.size == 8);
static_assert(L.fields[0].bit_width == 1 && L.fields[1].bit_offset == 1 && L.fields[1].bit_width == 31);
