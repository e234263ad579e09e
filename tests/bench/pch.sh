#!/usr/bin/env bash
# What memlayout's header costs a translation unit parsed, and as a precompiled header, in
# instructions (callgrind; see instructions.sh).
#
#   tests/bench/pch.sh [--structs 10] [--compilers "g++ clang++-16"] [--work DIR]
#
# For each compiler, builds <memlayout/memlayout.hpp> as a precompiled header (what CMake's
# target_precompile_headers does), then counts two translation units each way: the header
# alone, and the header with N random 16-member structs laid out (generate.py). Both compilers
# take a precompiled header for `-include H` when H.gch (GCC) or H.pch (Clang) lies beside H.
# A benchmark: it prints figures.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
structs=10 compilers="g++ clang++-16" work="${TMPDIR:-/tmp}/memlayout-bench-pch"
. "$here/options.sh"
bench_options "structs compilers work" "$@"
mkdir -p "$work"
. "$here/callgrind.sh"

: > "$work/alone.cpp"
python3 "$here/generate.py" --structs "$structs" --mode memlayout | grep -v '^#include <memlayout/' > "$work/structs.cpp"
printf "millions of instructions a translation unit (-fsyntax-only, callgrind): memlayout.hpp parsed, and precompiled\n"
printf "%-11s %-30s %10s %12s\n" compiler "translation unit" parsed precompiled
for cxx in $compilers; do
  rm -rf "$work/parsed" "$work/precompiled"
  mkdir -p "$work/parsed" "$work/precompiled"
  for dir in parsed precompiled; do printf '#include <memlayout/memlayout.hpp>\n' > "$work/$dir/header.hpp"; done
  case "$("$cxx" --version)" in
    *clang*) suffix=pch ;;
    *) suffix=gch ;;
  esac
  "$cxx" -std=c++20 -I"$root/include" -x c++-header "$work/precompiled/header.hpp" -o "$work/precompiled/header.hpp.$suffix"
  for tu in alone structs; do
    p="$(count "$cxx" "$work/$tu.cpp" -include "$work/parsed/header.hpp")"
    c="$(count "$cxx" "$work/$tu.cpp" -include "$work/precompiled/header.hpp")"
    label="the header alone"
    [ "$tu" = structs ] && label="the header and $structs structs"
    printf "%-11s %-30s %10d %12d\n" "$cxx" "$label" "$p" "$c"
  done
done
