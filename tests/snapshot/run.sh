#!/usr/bin/env bash
# freeze -> compile the frozen contracts (must hold) -> change a struct (must fail, naming it).
set -euo pipefail
freeze="$1" compiler="$2" source_dir="$3" include_dir="$4" work="$5"
mkdir -p "$work"
"$freeze" "$work/frozen.hpp"
grep -q "MEMLAYOUT_EXPECT_OFFSET(C30_Ordered, d, " "$work/frozen.hpp"
flags=(-std=c++20 -fsyntax-only -I"$include_dir" -I"$source_dir" -DMEMLAYOUT_FROZEN="\"$work/frozen.hpp\"")
"$compiler" "${flags[@]}" "$source_dir/snapshot/check_frozen.cpp"
echo "frozen contracts hold"
if "$compiler" "${flags[@]}" -DMEMLAYOUT_CHANGED "$source_dir/snapshot/check_frozen.cpp" > "$work/changed.log" 2>&1; then
  echo "a changed struct passed its frozen contracts"; exit 1
fi
first_error=$(grep -m1 "error" "$work/changed.log")
echo "changed struct: $first_error"
echo "$first_error" | grep -Eq "offset_mismatch<C30_Ordered, &C30_Ordered::a, memlayout::diagnostic::member_index<1>, memlayout::diagnostic::expected_offset<0>, memlayout::diagnostic::actual_offset<8> ?>|size_mismatch<C30_Ordered"
