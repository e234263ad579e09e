#!/usr/bin/env bash
# freeze -> compile the frozen contracts alone and against the same structs (they must hold),
# with the compiler that froze them and with another (a C array's type is spelled alike)
# -> against each change of a struct (each must fail, its first error naming what changed).
set -euo pipefail
freeze="$1" compiler="$2" source_dir="$3" include_dir="$4" work="$5" other_compiler="$6"
mkdir -p "$work"
"$freeze" "$work/frozen.hpp"
grep -q '^#include <memlayout/contract.hpp>$' "$work/frozen.hpp"
grep -q 'MEMLAYOUT_EXPECT_MEMBER(C30_Ordered, 3, d, "char", 14, 1);' "$work/frozen.hpp"
grep -q 'MEMLAYOUT_EXPECT_MEMBER(K02_CArrays, 1, m, "int\[2\]\[3\]", 8, 24);' "$work/frozen.hpp"
flags=(-std=c++20 -fsyntax-only -I"$include_dir" -I"$source_dir" -DMEMLAYOUT_FROZEN="\"$work/frozen.hpp\"")
"$compiler" "${flags[@]}" "$source_dir/snapshot/check_frozen.cpp"
"$other_compiler" "${flags[@]}" "$source_dir/snapshot/check_frozen.cpp"
echo "frozen contracts hold, with $(basename "$other_compiler") too"

# change -> the first error must match
expect() {
  local change="$1" pattern="$2"
  if "$compiler" "${flags[@]}" -DMEMLAYOUT_CHANGED="$change" "$source_dir/snapshot/check_frozen.cpp" > "$work/changed$change.log" 2>&1; then
    echo "change $change passed its frozen contracts"; exit 1
  fi
  local first_error
  first_error=$(grep -m1 "error" "$work/changed$change.log")
  echo "change $change: $first_error"
  if ! echo "$first_error" | grep -Eq "$pattern"; then
    echo "change $change: the first error does not match /$pattern/"; exit 1
  fi
  # The error is at the contract's line in the frozen file, not inside memlayout's headers.
  if ! echo "$first_error" | grep -q "^$work/frozen.hpp:"; then
    echo "change $change: the first error is not at a line of the frozen file"; exit 1
  fi
}
expect 1 "size_mismatch<C30_Ordered, memlayout::diagnostic::expected_size<16>, memlayout::diagnostic::actual_size<24> ?>"
expect 2 "size_mismatch<C30_Ordered, memlayout::diagnostic::expected_size<16>, memlayout::diagnostic::actual_size<24> ?>"
expect 3 "member_count_mismatch<C30_Ordered, memlayout::diagnostic::expected_members<4>, memlayout::diagnostic::actual_members<5> ?>"
expect 4 "member_name_mismatch<C30_Ordered, memlayout::diagnostic::member_index<1>, memlayout::diagnostic::expected_name<.*\{\"b\"\}>, memlayout::diagnostic::actual_name<.*\{\"count\"\}> ?>"
expect 5 "member_type_mismatch<C30_Ordered, memlayout::diagnostic::member<1, .*\{\"b\"\}>, memlayout::diagnostic::expected_type<.*\{\"int\"\}>, memlayout::diagnostic::actual_type<.*\{\"float\"\}> ?>"
echo "each changed struct fails its frozen contracts, naming the change"
