// EXPECT-ERROR: memlayout: dump takes an aggregate memlayout reflects, .*or a std::vector
// EXPECT-OUTPUT: std::map|map<int, int
#include <memlayout/dump.hpp>
#include <map>
#include <vector>
int main() {
#ifdef MEMLAYOUT_TWIN
    std::vector<int> m{1, 2};
#else
    std::map<int, int> m{{1, 2}};
#endif
    fmt::print("{}", memlayout::dump(m));
}
