#!/usr/bin/env bash
# The compile-time benchmark: what memlayout costs a user's build.
#
#   tests/bench/run.sh [--structs 500] [--members 16] [--compilers "g++ clang++-16"] [--runs 1] [--work DIR]
#
# Compiles one translation unit of N random aggregates three ways (-fsyntax-only) and prints
# wall time and peak memory for each, memlayout's cost against Boost.PFR's, and memlayout at
# half the structs (cost should grow linearly). A benchmark, not a test: it prints figures.
# With --runs N each compile runs N times and the least time counts (this machine's timings
# vary by tens of percent from run to run).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
structs=500 members=16 compilers="g++ clang++-16" runs=1 work="${TMPDIR:-/tmp}/memlayout-bench"
. "$here/options.sh"
bench_options "structs members compilers runs work" "$@"
mkdir -p "$work"
half=$(( structs / 2 > 0 ? structs / 2 : 1 ))
for mode in floor pfr memlayout; do
  python3 "$here/generate.py" --structs "$structs" --members "$members" --mode "$mode" > "$work/$mode.cpp"
done
python3 "$here/generate.py" --structs "$half" --members "$members" --mode memlayout > "$work/memlayout-half.cpp"
python3 "$here/generate.py" --structs "$half" --members "$members" --mode pfr > "$work/pfr-half.cpp"

. "$here/timing.sh"

printf "%d structs x %d members, one translation unit, -fsyntax-only, least of %d runs\n" "$structs" "$members" "$runs"
printf "%-11s %-17s %-18s %-18s %-8s %-8s %s\n" compiler "(a) floor" "(b) Boost.PFR" "(c) memlayout" "(c)/(b)" "(c)/(a)" "growth N/2 -> N: (b) (c)"
for cxx in $compilers; do
  read -r ta ma <<< "$(measure "$cxx" "$work/floor.cpp")"
  read -r tb mb <<< "$(measure "$cxx" "$work/pfr.cpp")"
  read -r tc mc <<< "$(measure "$cxx" "$work/memlayout.cpp")"
  read -r th mh <<< "$(measure "$cxx" "$work/memlayout-half.cpp")"
  read -r tp mp <<< "$(measure "$cxx" "$work/pfr-half.cpp")"
  printf "%-11s %-17s %-18s %-18s %-8s %-8s %s\n" "$cxx" "${ta} s/${ma} MB" "${tb} s/${mb} MB" "${tc} s/${mc} MB" \
    "$(awk -v c="$tc" -v b="$tb" 'BEGIN { printf "%.2f", c / b }')" \
    "$(awk -v c="$tc" -v a="$ta" 'BEGIN { printf "%.0f", c / a }')" \
    "$(awk -v b="$tb" -v p="$tp" -v c="$tc" -v h="$th" 'BEGIN { printf "x%.2f x%.2f", b / p, c / h }')"
done

# C arrays and bit-fields: memlayout on structs of the same member count, every fourth member a C
# array, or half of them bit-fields, against plain scalars.
for shape in arrays bitfields; do
  python3 "$here/generate.py" --structs "$structs" --members "$members" --mode memlayout --shape "$shape" > "$work/memlayout-$shape.cpp"
done
printf "\nmemlayout on the same %d structs x %d members, by shape (-fsyntax-only)\n" "$structs" "$members"
printf "%-11s %-18s %-18s %-18s %-10s %s\n" compiler plain "C arrays" bit-fields "arrays/plain" "bit-fields/plain"
for cxx in $compilers; do
  read -r tp mp <<< "$(measure "$cxx" "$work/memlayout.cpp")"
  read -r ta ma <<< "$(measure "$cxx" "$work/memlayout-arrays.cpp")"
  read -r tb mb <<< "$(measure "$cxx" "$work/memlayout-bitfields.cpp")"
  printf "%-11s %-18s %-18s %-18s %-10s %s\n" "$cxx" "${tp} s/${mp} MB" "${ta} s/${ma} MB" "${tb} s/${mb} MB" \
    "$(awk -v a="$ta" -v p="$tp" 'BEGIN { printf "%.2f", a / p }')" "$(awk -v b="$tb" -v p="$tp" 'BEGIN { printf "%.2f", b / p }')"
done
