#!/usr/bin/env bash
# The compile-time benchmark: what memlayout costs a user's build.
#
#   tests/bench/run.sh [--structs 500] [--members 16] [--compilers "g++ clang++-16"] [--work DIR]
#
# Compiles one translation unit of N random aggregates three ways (-fsyntax-only) and prints
# wall time and peak memory for each, memlayout's cost against Boost.PFR's, and memlayout at
# half the structs (cost should grow linearly). A benchmark, not a test: it prints figures.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
structs=500 members=16 compilers="g++ clang++-16" work="${TMPDIR:-/tmp}/memlayout-bench"
while [ $# -gt 0 ]; do
  case "$1" in
    --structs) structs="$2"; shift 2 ;;
    --members) members="$2"; shift 2 ;;
    --compilers) compilers="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$work"
half=$(( structs / 2 > 0 ? structs / 2 : 1 ))
for mode in floor pfr memlayout; do
  python3 "$here/generate.py" --structs "$structs" --members "$members" --mode "$mode" > "$work/$mode.cpp"
done
python3 "$here/generate.py" --structs "$half" --members "$members" --mode memlayout > "$work/memlayout-half.cpp"

measure() {  # compiler file -> "seconds peak_MB"
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$1" -std=c++20 -fsyntax-only -I"$root/include" "$2"
  awk '{ printf "%.2f %.0f", $1, $2 / 1024 }' "$work/time.txt"
}

printf "%d structs x %d members, one translation unit, -fsyntax-only\n" "$structs" "$members"
printf "%-14s %-22s %-22s %-22s %-10s %-22s %s\n" compiler "(a) sizeof/offsetof" "(b) Boost.PFR types" "(c) memlayout" "(c)/(b)" "(c) at N/2" "(c)/(c at N/2)"
for cxx in $compilers; do
  read -r ta ma <<< "$(measure "$cxx" "$work/floor.cpp")"
  read -r tb mb <<< "$(measure "$cxx" "$work/pfr.cpp")"
  read -r tc mc <<< "$(measure "$cxx" "$work/memlayout.cpp")"
  read -r th mh <<< "$(measure "$cxx" "$work/memlayout-half.cpp")"
  printf "%-14s %-22s %-22s %-22s %-10s %-22s %s\n" "$cxx" "${ta} s / ${ma} MB" "${tb} s / ${mb} MB" "${tc} s / ${mc} MB" \
    "$(awk -v c="$tc" -v b="$tb" 'BEGIN { printf "%.2f", c / b }')" "${th} s / ${mh} MB" \
    "$(awk -v c="$tc" -v h="$th" 'BEGIN { printf "%.2f", c / h }')"
done
