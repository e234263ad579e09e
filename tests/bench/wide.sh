#!/usr/bin/env bash
# The wide-struct benchmark: how compile time grows with the members of a struct.
#
#   tests/bench/wide.sh [--structs 100] [--widths "16 32 64 100"] [--compilers "g++ clang++-16"] [--runs 1] [--work DIR]
#
# For each width W, one translation unit of N random aggregates of W members, compiled
# (-fsyntax-only) three ways: Boost.PFR extracting every member type of plain scalar structs;
# memlayout::layout_of on the same plain structs; and layout_of on `mixed` structs (of every
# eight members one C array, two bit-fields and one nested struct: generate.py), which Boost.PFR
# cannot read (it counts a C array's elements as members and has no bit-fields), so its plain
# figure is the yardstick for both. Prints wall time and peak memory, memlayout's against
# Boost.PFR's, and each compile's time above the headers alone per struct and member: constant
# across widths where the cost grows linearly with the members. A benchmark: it prints figures.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
structs=100 widths="16 32 64 100" compilers="g++ clang++-16" runs=1 work="${TMPDIR:-/tmp}/memlayout-bench-wide"
. "$here/options.sh"
bench_options "structs widths compilers runs work" "$@"
mkdir -p "$work"
. "$here/timing.sh"

python3 "$here/generate.py" --structs 0 --mode pfr > "$work/pfr-0.cpp"
python3 "$here/generate.py" --structs 0 --mode memlayout > "$work/memlayout-0.cpp"
for w in $widths; do
  python3 "$here/generate.py" --structs "$structs" --members "$w" --mode pfr > "$work/pfr-$w.cpp"
  python3 "$here/generate.py" --structs "$structs" --members "$w" --mode memlayout > "$work/plain-$w.cpp"
  python3 "$here/generate.py" --structs "$structs" --members "$w" --mode memlayout --shape mixed > "$work/mixed-$w.cpp"
done

printf "%d structs of each width, one translation unit, -fsyntax-only, least of %d runs\n" "$structs" "$runs"
printf "(per member: milliseconds per struct and member, above the headers alone)\n"
printf "%-11s %-7s %-17s %-17s %-17s %-12s %-12s %s\n" compiler members "Boost.PFR plain" "memlayout plain" "memlayout mixed" \
  "plain/PFR" "mixed/PFR" "per member: PFR, plain, mixed"
for cxx in $compilers; do
  read -r hp _ <<< "$(measure "$cxx" "$work/pfr-0.cpp")"
  read -r hm _ <<< "$(measure "$cxx" "$work/memlayout-0.cpp")"
  for w in $widths; do
    read -r tp mp <<< "$(measure "$cxx" "$work/pfr-$w.cpp")"
    read -r tl ml <<< "$(measure "$cxx" "$work/plain-$w.cpp")"
    read -r tx mx <<< "$(measure "$cxx" "$work/mixed-$w.cpp")"
    awk -v cxx="$cxx" -v w="$w" -v n="$structs" -v hp="$hp" -v hm="$hm" -v tp="$tp" -v mp="$mp" -v tl="$tl" -v ml="$ml" \
        -v tx="$tx" -v mx="$mx" 'BEGIN {
      printf "%-11s %-7d %-17s %-17s %-17s %-12s %-12s %.2f %.2f %.2f\n", cxx, w,
             sprintf("%.2f s/%d MB", tp, mp), sprintf("%.2f s/%d MB", tl, ml), sprintf("%.2f s/%d MB", tx, mx),
             sprintf("%.2f/%.2f", tl / tp, ml / mp), sprintf("%.2f/%.2f", tx / tp, mx / mp),
             1000 * (tp - hp) / (n * w), 1000 * (tl - hm) / (n * w), 1000 * (tx - hm) / (n * w) }'
  done
done
printf "(ratios: time/peak memory)\n"
