#!/usr/bin/env bash
# A frozen JSON snapshot, a changed struct, and layout_diff.py's report of the drift.
set -euo pipefail
before="$1" after="$2" tool="$3" work="$4"
mkdir -p "$work"
"$before" > "$work/before.json"
"$after" > "$work/after.json"
python3 "$tool" "$work/before.json" "$work/before.json"
set +e
python3 "$tool" "$work/before.json" "$work/after.json" > "$work/drift.txt"
status=$?
set -e
cat "$work/drift.txt"
[ "$status" -eq 1 ] || { echo "expected exit status 1 on drift, got $status"; exit 1; }
grep -qx 'C30_Ordered: size changed from 16 to 24' "$work/drift.txt"
grep -qx 'C30_Ordered: member `flags` inserted at 0' "$work/drift.txt"
grep -qx 'C30_Ordered: offset of `a` changed from 0 to 8' "$work/drift.txt"
grep -qx 'C30_Ordered: offset of `d` changed from 14 to 22' "$work/drift.txt"
! grep -q 'C01_Sample' "$work/drift.txt"
echo "drift reported as expected"
