#!/bin/sh
# run.sh — build the libFuzzer targets against the core library and run each of them
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: tests/fuzz/run.sh [SECONDS] [TARGET…]
#
#   SECONDS   how long each target runs (default 60)
#   TARGET    fuzz-table-reader, fuzz-identity, fuzz-header (default: all three, one
#             after the other)
#
# It needs clang (14 or later) and its runtime (libclang-rt-14-dev on Debian). The
# core library is built with ASan, UBSan and libFuzzer's coverage in its own meson
# build directory, $FUZZ_BUILD_DIR (default /tmp/fuzz-build), outside the normal build.
# New inputs go to $FUZZ_BUILD_DIR/fuzz/corpus/TARGET (the seeds in
# tests/fuzz/corpus/TARGET are only read); a crashing input is written to
# $FUZZ_BUILD_DIR/fuzz/artifacts/TARGET/, and the script exits non-zero.
#
# The long form, before a release or after changing a reader (on 2 cores, two
# targets at a time):
#
#   tests/fuzz/run.sh 60 fuzz-header                         # builds, quick check
#   FUZZ_NO_BUILD=1 tests/fuzz/run.sh 1800 fuzz-table-reader &
#   FUZZ_NO_BUILD=1 tests/fuzz/run.sh 1800 fuzz-identity; wait
#   FUZZ_NO_BUILD=1 tests/fuzz/run.sh 1800 fuzz-header
#
# or by a number of runs instead of time: FUZZ_ARGS=-runs=10000000 tests/fuzz/run.sh.
# Extra libFuzzer options go in FUZZ_ARGS. To replay one input:
#
#   $FUZZ_BUILD_DIR/fuzz/fuzz-table-reader path/to/crash-…
#
# This is not part of `meson test` or .ci/run.

set -eu

duration=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-fuzz-table-reader fuzz-identity fuzz-header}

fuzz_dir=$(cd "$(dirname "$0")" && pwd)
src_dir=$(cd "$fuzz_dir/../.." && pwd)
build_dir=${FUZZ_BUILD_DIR:-/tmp/fuzz-build}
out_dir=$build_dir/fuzz
cc=${CC:-clang}
pkgs="glib-2.0 gobject-2.0 gio-2.0 sqlite3 libgsf-1 libxml-2.0 xlsxwriter"

if [ -z "${FUZZ_NO_BUILD:-}" ]; then
  if [ ! -f "$build_dir/build.ninja" ]; then
    CC=$cc meson setup "$build_dir" "$src_dir" \
      -Db_sanitize=address,undefined -Db_lundef=false -Dui_tests=false \
      -Dc_args=-fsanitize=fuzzer-no-link
  fi
  ninja -C "$build_dir" src/core/libvolunteer-desk-core.a

  mkdir -p "$out_dir"
  for target in fuzz-table-reader fuzz-identity fuzz-header; do
    echo "Building $target"
    # shellcheck disable=SC2046
    "$cc" -std=gnu11 -g -O1 -fsanitize=fuzzer,address,undefined \
      -fno-sanitize-recover=undefined \
      -Wall -Wno-unused-parameter -Wdeclaration-after-statement \
      -I"$src_dir/src/core" -I"$build_dir" -I"$build_dir/src/core" \
      $(pkg-config --cflags $pkgs) \
      -o "$out_dir/$target" "$fuzz_dir/$target.c" \
      "$build_dir/src/core/libvolunteer-desk-core.a" \
      $(pkg-config --libs $pkgs) -lm
  done
fi

# UBSan only reports by default; a report must stop the run like a crash.
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}

status=0
for target in $targets; do
  mkdir -p "$out_dir/corpus/$target" "$out_dir/artifacts/$target"
  echo "Running $target for ${duration}s"
  # shellcheck disable=SC2086
  if ! "$out_dir/$target" -max_len=65536 -timeout=10 -max_total_time="$duration" \
         -print_final_stats=1 -artifact_prefix="$out_dir/artifacts/$target/" \
         ${FUZZ_ARGS:-} \
         "$out_dir/corpus/$target" "$fuzz_dir/corpus/$target"; then
    echo "$target FAILED; see $out_dir/artifacts/$target/" >&2
    status=1
  fi
done
exit $status
