// Writes a JSON snapshot of a few corpus structs; built twice, the second time with
// -DMEMLAYOUT_CHANGED, where C30_Ordered gains a member `flags` at the front.
#include <memlayout/dump.hpp>
#include <memlayout/memlayout.hpp>

#ifdef MEMLAYOUT_CHANGED
#define C30_Ordered C30_Ordered_Original
#endif
#include "corpus/corpus.hpp"
#ifdef MEMLAYOUT_CHANGED
#undef C30_Ordered
struct C30_Ordered { char flags; double a; int b; short c; char d; };
#endif

int main() { fmt::print("{}", memlayout::json_snapshot<C01_Sample, C11_Nested, C30_Ordered>()); }
