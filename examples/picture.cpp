// Writes SVG pictures of a layout and of a live object: the byte grid memlayout::to_svg draws.
//   picture [DIR]   writes DIR/sample_layout.svg and DIR/sample_dump.svg (DIR: .)
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

int main(int argc, char** argv) {
    const std::string dir = argc > 1 ? argv[1] : ".";
    static int target = 42;
    const Sample sample{'a', 1.5, -7, &target, true};
    std::ofstream(dir + "/sample_layout.svg") << memlayout::to_svg(memlayout::layout_of<Sample>());
    std::ofstream(dir + "/sample_dump.svg") << memlayout::to_svg(memlayout::dump(sample));
    fmt::print("wrote {0}/sample_layout.svg and {0}/sample_dump.svg\n", dir);
}
