// Writes a JSON snapshot of a few corpus structs; built twice, the second time with
// -DMEMLAYOUT_CHANGED, where C30_Ordered gains a member `flags` at the front.
#include <memlayout/json.hpp>
#include <memlayout/memlayout.hpp>

#include "snapshot/corpus_maybe_changed.hpp"

int main() { fmt::print("{}", memlayout::json_snapshot<C01_Sample, C11_Nested, C30_Ordered>()); }
