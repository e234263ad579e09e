// Writes SVG pictures of layouts and of live objects: the byte grid memlayout::to_svg draws.
//   picture [DIR]   writes sample_layout.svg, sample_dump.svg, nested_layout.svg,
//                   nested_dump.svg and wide_layout.svg into DIR (default: .)
// tools/render_pictures.sh turns them into the PNGs of docs/pictures.
#include <memlayout/dump.hpp>
#include <memlayout/memlayout.hpp>

#include <cstdint>
#include <fstream>
#include <string>

struct Sample {
    char c;
    double d;
    std::int16_t s;
    int* p;
    bool b;
};

struct Point {
    char tag;
    double x, y;
};
struct Segment {  // two nested records, each with a hole inside
    std::uint16_t id;
    Point from, to;
    bool visible;
};

// Forty members of every size: a wide struct, as real headers have.
struct Wide {
    char a0; int a1; double a2; short a3; char a4; long a5; float a6; char a7; int a8; char a9;
    double b0; char b1; short b2; int b3; char b4; char b5; long b6; float b7; char b8; int b9;
    char c0; double c1; short c2; char c3; int c4; char c5; long c6; char c7; float c8; short c9;
    char d0; int d1; double d2; char d3; short d4; char d5; int d6; char d7; long d8; bool d9;
};

int main(int argc, char** argv) {
    const std::string dir = argc > 1 ? argv[1] : ".";
    static int target = 42;
    const Sample sample{'a', 1.5, -7, &target, true};
    const Segment segment{7, {'f', 0.5, -2.0}, {'t', 3.25, 4.0}, true};
    const memlayout::dump_options options{.regions = false};
    std::ofstream(dir + "/sample_layout.svg") << memlayout::to_svg(memlayout::layout_of<Sample>());
    std::ofstream(dir + "/sample_dump.svg") << memlayout::to_svg(memlayout::dump(sample, options));
    std::ofstream(dir + "/nested_layout.svg") << memlayout::to_svg(memlayout::layout_of<Segment>());
    std::ofstream(dir + "/nested_dump.svg") << memlayout::to_svg(memlayout::dump(segment, options), {.bytes_per_row = 8});
    std::ofstream(dir + "/wide_layout.svg") << memlayout::to_svg(memlayout::layout_of<Wide>());
    fmt::print("wrote {0}/sample_layout.svg, {0}/sample_dump.svg, {0}/nested_layout.svg, {0}/nested_dump.svg and "
               "{0}/wide_layout.svg\n", dir);
}
