#!/usr/bin/env bash
# The dumper against xxd on the same bytes, in the same run.
#   tests/bench/dump.sh [OBJECTS] [WORK]       (needs g++, libfmt-dev and xxd)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
count="${1:-200000}" work="${2:-${TMPDIR:-/tmp}/memlayout-dump-bench}"
mkdir -p "$work"
g++ -std=c++20 -O2 -DNDEBUG -DFMT_HEADER_ONLY -I"$root/include" "$here/dump_bench.cpp" -o "$work/dump_bench"
lines=$("$work/dump_bench" "$count" "$work/objects.bin")
echo "$lines"
size=$(stat -c %s "$work/objects.bin")
start=$(date +%s.%N); xxd "$work/objects.bin" > /dev/null; end=$(date +%s.%N)
xxd_rate=$(awk -v s="$size" -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", s / 1e6 / (b - a) }')
echo "xxd: $(awk -v s="$size" 'BEGIN { printf "%.1f", s / 1e6 }') MB in $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }') s: $xxd_rate MB/s"
echo "$lines" | while IFS= read -r line; do
    what=$(echo "$line" | sed -E 's/: [0-9]+ objects.*//')
    rate=$(echo "$line" | sed -E 's/.* ([0-9.]+) MB\/s.*/\1/')
    awk -v w="$what" -v o="$rate" -v x="$xxd_rate" 'BEGIN { printf "%s / xxd: %.1fx the byte throughput\n", w, o / x }'
done
# The standing goal: dump_table with values costs no more than the hand-written loop.
table_ns=$(echo "$lines" | grep '^memlayout::dump_table:' | sed -E 's/.* ([0-9]+) ns per object.*/\1/')
loop_ns=$(echo "$lines" | grep '^a hand-written' | sed -E 's/.* ([0-9]+) ns per object.*/\1/')
awk -v t="$table_ns" -v l="$loop_ns" 'BEGIN { printf "memlayout::dump_table / the hand-written fmt loop: %.2fx its time per object\n", t / l }'
