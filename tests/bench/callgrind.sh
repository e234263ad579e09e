# Sourced by instructions.sh, stages.sh and pch.sh: count COMPILER FILE [FLAGS...] prints the
# millions of instructions the compiler executes on FILE (-std=c++20 -fsyntax-only, memlayout's
# headers, FLAGS), summed over every process the driver starts, counted by valgrind's callgrind.
# Needs $root (the source tree) and $work (a scratch directory).
command -v valgrind > /dev/null || { echo "$(basename "$0"): needs valgrind (apt-get install valgrind)" >&2; exit 2; }

count() {
  rm -f "$work"/callgrind.out.*
  valgrind --tool=callgrind --trace-children=yes --callgrind-out-file="$work/callgrind.out.%p" \
    "$1" -std=c++20 -fsyntax-only -I"$root/include" "${@:3}" "$2" 2> "$work/valgrind.log" > /dev/null ||
    { tail -n 20 "$work/valgrind.log" >&2; exit 1; }
  grep -h '^summary:' "$work"/callgrind.out.* | awk '{ s += $2 } END { printf "%.0f", s / 1e6 }'
}
