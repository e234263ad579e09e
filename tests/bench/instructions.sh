#!/usr/bin/env bash
# The compile-time benchmark in instructions: what the compiler executes, counted by valgrind's
# callgrind, the same from run to run whatever else the machine does (wall time on the build
# machine varies by tens of percent between two runs of the same compile).
#
#   tests/bench/instructions.sh [--structs 20] [--members 16] [--compilers "g++ clang++-16"]
#                               [--shapes "plain arrays bitfields"] [--work DIR]
#
# For each compiler, compiles (-fsyntax-only, under callgrind) the headers alone and then N
# random structs, for Boost.PFR's member-type extraction and for memlayout::layout_of, and
# prints millions of instructions: the headers, each struct (the difference, divided by N),
# and memlayout's cost per struct against Boost.PFR's. "500 structs" is the ratio the wall-time
# bench (run.sh) measures: both headers and 500 structs. Each compile runs about 50 times
# slower under callgrind than alone (20 structs: about a minute). A benchmark: it prints figures.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
structs=20 members=16 compilers="g++ clang++-16" shapes="plain" work="${TMPDIR:-/tmp}/memlayout-bench-instructions"
. "$here/options.sh"
bench_options "structs members compilers shapes work" "$@"
mkdir -p "$work"
. "$here/callgrind.sh"

printf "%d structs x %d members, -fsyntax-only, millions of instructions (callgrind)\n" "$structs" "$members"
printf "%-11s %-9s %-14s %-14s %-16s %-14s %s\n" compiler shape "PFR headers" "PFR /struct" "memlayout hdrs" "memlayout /struct" "memlayout/PFR: per struct, and 500 structs with the headers"
for cxx in $compilers; do
  for mode in pfr memlayout; do
    python3 "$here/generate.py" --structs 0 --members "$members" --mode "$mode" > "$work/$mode-0.cpp"
  done
  read -r hp <<< "$(count "$cxx" "$work/pfr-0.cpp")"
  read -r hm <<< "$(count "$cxx" "$work/memlayout-0.cpp")"
  python3 "$here/generate.py" --structs "$structs" --members "$members" --mode pfr > "$work/pfr.cpp"
  read -r np <<< "$(count "$cxx" "$work/pfr.cpp")"
  for shape in $shapes; do
    python3 "$here/generate.py" --structs "$structs" --members "$members" --mode memlayout --shape "$shape" > "$work/memlayout.cpp"
    read -r nm <<< "$(count "$cxx" "$work/memlayout.cpp")"
    awk -v cxx="$cxx" -v shape="$shape" -v n="$structs" -v hp="$hp" -v np="$np" -v hm="$hm" -v nm="$nm" 'BEGIN {
      sp = (np - hp) / n; sm = (nm - hm) / n
      printf "%-11s %-9s %-14d %-14.1f %-16d %-17.1f %.2f, %.2f\n", cxx, shape, hp, sp, hm, sm, sm / sp,
             (hm + 500 * sm) / (hp + 500 * sp) }'
  done
done
