#!/usr/bin/env bash
# Where layout_of's compile time goes, stage by stage, in instructions (callgrind; see
# instructions.sh). Each stage's translation unit asks, of every struct, what the stages before
# it asked and one part of memlayout's reflection more (memlayout::detail names, which may
# change with the code: this is a tool for working on it); the difference from the stage before,
# divided by the number of structs, is what that part costs one struct.
#
# With --warm N, N more structs come first and are laid out whole in every stage: their member
# types' own instantiations are then made before the stages, and the figures are what one more
# struct costs in a translation unit that has seen its member types (as in the 500-struct bench).
#
# Last, Boost.PFR's extraction of the same structs' member types, measured the same way, and
# memlayout's cost against it: all the stages, and the first five alone (counting, binding, the
# reflection's class, the offsets and the names: what the layout is made of before any check,
# field or layout value).
#
#   tests/bench/stages.sh [--structs 10] [--members 16] [--shape plain] [--warm 0] [--compilers "g++ clang++-16"] [--work DIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
structs=10 members=16 shape=plain warm=0 compilers="g++ clang++-16" work="${TMPDIR:-/tmp}/memlayout-bench-stages"
. "$here/options.sh"
bench_options "structs members shape warm compilers work" "$@"
mkdir -p "$work"
. "$here/callgrind.sh"

d=memlayout::detail
R="$d::reflection<T>"
# name|what it asks of T (T stands for each struct)
stages=(
  "headers|true"
  "count the members|$d::member_count<T> > 0 && !$d::has_uninitializable_member<T>"
  "bind them (types)|sizeof($d::members_of<T>) > 0"
  "reflection class|$R::count > 0"
  "offsets, bit-fields|$R::places.offset[0] == 0 && $R::bits_agree"
  "names|$R::names_complete"
  "byte map and its check|$R::bytes_agree"
  "every refusal checked|$d::first_refusal<T>() == $d::refusal::none"
  "the fields|$R::fields.size() > 0"
  "layout_of|memlayout::layout_of<T>().size > 0"
)

python3 "$here/generate.py" --structs "$((structs + warm))" --members "$members" --mode memlayout --shape "$shape" > "$work/structs.cpp"
printf "%d structs x %d members (%s), after %d laid out whole, -fsyntax-only, millions of instructions per struct (callgrind)\n" "$structs" "$members" "$shape" "$warm"
for cxx in $compilers; do
  asked="true"
  previous=""
  for stage in "${stages[@]}"; do
    name="${stage%%|*}"
    asked="$asked && (${stage#*|})"
    python3 - "$asked" "$work/structs.cpp" "$warm" > "$work/stage.cpp" <<'PY'
import re, sys
asked, source, warm = sys.argv[1], sys.argv[2], int(sys.argv[3])
for line in open(source).read().splitlines():
    m = re.match(r"static_assert\(memlayout::layout_of<S(\d+)>", line)
    print(f"static_assert({asked.replace('<T>', '<S' + m.group(1) + '>')});" if m and int(m.group(1)) >= warm else line)
PY
    n="$(count "$cxx" "$work/stage.cpp")"
    [ "$name" = names ] && core="$n"
    if [ -z "$previous" ]; then
      first="$n"
      printf "%-11s %-24s %8d (the headers, %d struct declarations, %d structs laid out whole)\n" "$cxx" "$name" "$n" "$((structs + warm))" "$warm"
    else
      awk -v cxx="$cxx" -v name="$name" -v n="$n" -v p="$previous" -v s="$structs" 'BEGIN { printf "%-11s %-24s %8.1f\n", cxx, name, (n - p) / s }'
    fi
    previous="$n"
  done
  # Boost.PFR's member types of the same structs, measured the same way (after the same warm
  # structs), and the part of memlayout no check can drop: counting, binding, the class, the
  # offsets and the names (the stages up to names), without the byte map, the refusals, the
  # fields or the layout value.
  python3 "$here/generate.py" --structs "$warm" --members "$members" --mode pfr > "$work/pfr-warm.cpp"
  python3 "$here/generate.py" --structs "$((structs + warm))" --members "$members" --mode pfr > "$work/pfr-all.cpp"
  pw="$(count "$cxx" "$work/pfr-warm.cpp")"
  pa="$(count "$cxx" "$work/pfr-all.cpp")"
  awk -v cxx="$cxx" -v s="$structs" -v pw="$pw" -v pa="$pa" -v first="$first" -v core="$core" -v last="$previous" 'BEGIN {
    pfr = (pa - pw) / s; c = (core - first) / s; t = (last - first) / s
    printf "%-11s %-24s %8.1f\n", cxx, "Boost.PFR member types", pfr
    printf "%-11s memlayout / Boost.PFR: all %.2f; counting to names alone %.2f (%.1f)\n", cxx, t / pfr, c / pfr, c }'
done
