// EXPECT-ERROR: memlayout: dump_table takes a contiguous range of aggregates memlayout reflects
// EXPECT-OUTPUT: basic_string
#include <memlayout/dump.hpp>
#include <string>
#include <vector>
struct Named {
    int id;
    char tag;
};
int main() {
#ifdef MEMLAYOUT_TWIN
    std::vector<Named> objects{{1, 'a'}, {2, 'b'}};
#else
    std::vector<std::string> objects{"a", "b"};
#endif
    fmt::print("{}", memlayout::dump_table(objects));
}
