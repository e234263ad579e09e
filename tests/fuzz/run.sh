#!/usr/bin/env bash
# Builds the libFuzzer target with clang++-16 (ASan + UBSan) and runs it for a bounded time.
#   run.sh CLANG SOURCE_DIR INCLUDE_DIR FMT_INCLUDE WORK SECONDS
set -euo pipefail
clang="$1" source_dir="$2" include_dir="$3" fmt_include="$4" work="$5" seconds="$6"
mkdir -p "$work/corpus"
"$clang" -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -DFMT_HEADER_ONLY \
  -I"$include_dir" -I"$fmt_include" -I"$source_dir" "$source_dir/fuzz/dump_fuzzer.cpp" -o "$work/dump_fuzzer"
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  "$work/dump_fuzzer" -max_total_time="$seconds" -max_len=256 -print_final_stats=1 "$work/corpus" 2>&1 | tail -n 12
