#!/usr/bin/env bash
# A frozen JSON snapshot, a changed struct, and `memlayout diff`'s report of the drift; the
# same snapshot made by clang++-16 shows no drift; the exit status says which.
#   diff.sh MEMLAYOUT BEFORE_PROGRAM AFTER_PROGRAM CLANG SOURCE_DIR INCLUDE_DIR FMT_INCLUDE WORK
set -euo pipefail
memlayout="$1" before="$2" after="$3" clang="$4" source_dir="$5" include_dir="$6" fmt_include="$7" work="$8"
mkdir -p "$work"
"$before" > "$work/before.json"
"$after" > "$work/after.json"

status() { set +e; "$@" > "$work/out.txt" 2>&1; echo $?; set -e; }

[ "$(status "$memlayout" diff "$work/before.json" "$work/before.json")" -eq 0 ] || { cat "$work/out.txt"; exit 1; }
grep -qx 'no layout drift (4 types)' "$work/out.txt"

code=$(status "$memlayout" diff "$work/before.json" "$work/after.json")
cat "$work/out.txt"
[ "$code" -eq 1 ] || { echo "expected exit status 1 on drift, got $code"; exit 1; }
grep -qx 'C30_Ordered: size changed from 16 to 24' "$work/out.txt"
grep -qx 'C30_Ordered: member `flags` inserted at 0' "$work/out.txt"
grep -qx 'C30_Ordered: offset of `a` changed from 0 to 8' "$work/out.txt"
grep -qx 'C30_Ordered: offset of `d` changed from 14 to 22' "$work/out.txt"
! grep -q 'C01_Sample' "$work/out.txt"
# A described class: its base grew, what follows it moved.
grep -qx 'S02_Derived: size changed from 16 to 24' "$work/out.txt"
grep -qx 'S02_Derived: size of `<ancestor S01_Base>` changed from 4 to 8' "$work/out.txt"
grep -qx 'S02_Derived: offset of `d_` changed from 12 to 16' "$work/out.txt"
! grep -q 'vptr' "$work/out.txt"

# The same snapshot by another compiler: types spelled alike, no drift.
"$clang" -std=c++20 -DFMT_HEADER_ONLY -I"$include_dir" -I"$source_dir" -I"$fmt_include" \
  "$source_dir/snapshot/json_freeze.cpp" -o "$work/json_freeze_clang"
"$work/json_freeze_clang" > "$work/clang.json"
code=$(status "$memlayout" diff "$work/before.json" "$work/clang.json")
cat "$work/out.txt"
[ "$code" -eq 0 ] || { echo "a clang++ snapshot of the same code drifted from the g++ one"; exit 1; }

# Errors: exit status 2 and one line saying what.
echo '{"schema":"something else"}' > "$work/other.json"
code=$(status "$memlayout" diff "$work/before.json" "$work/other.json")
[ "$code" -eq 2 ] && grep -q 'memlayout diff: .*other.json: schema "something else" is not one this memlayout reads' "$work/out.txt" \
  || { cat "$work/out.txt"; echo "expected exit status 2 on a foreign document, got $code"; exit 1; }
echo 'not json' > "$work/broken.json"
[ "$(status "$memlayout" diff "$work/before.json" "$work/broken.json")" -eq 2 ] || { cat "$work/out.txt"; exit 1; }
[ "$(status "$memlayout" diff "$work/before.json" "$work/missing.json")" -eq 2 ] || { cat "$work/out.txt"; exit 1; }
[ "$(status "$memlayout" diff "$work/before.json")" -eq 2 ] || { cat "$work/out.txt"; exit 1; }
code=$(status "$memlayout" diff --help)
[ "$code" -eq 0 ] && grep -q 'EXIT STATUS' "$work/out.txt" && grep -q '0 no drift, 1 drift, 2' "$work/out.txt" \
  || { cat "$work/out.txt"; echo "diff --help"; exit 1; }
code=$(status "$memlayout" --version)
[ "$code" -eq 0 ] && grep -Eq '^memlayout [0-9]+\.[0-9]+\.[0-9]+$' "$work/out.txt" || { cat "$work/out.txt"; exit 1; }
echo "drift reported as expected"
