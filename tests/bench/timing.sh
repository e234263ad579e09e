# Sourced by run.sh and wide.sh: measure COMPILER FILE prints "seconds peak_MB" for one
# -fsyntax-only compile of FILE with memlayout's headers, the least time of $runs runs (this
# machine's timings vary by tens of percent from run to run). Needs $root, $work and $runs.
measure() {
  : > "$work/times.txt"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$1" -std=c++20 -fsyntax-only -I"$root/include" "$2"
    cat "$work/time.txt" >> "$work/times.txt"
  done
  sort -n "$work/times.txt" | head -1 | awk '{ printf "%.2f %.0f", $1, $2 / 1024 }'
}
