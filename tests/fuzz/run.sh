#!/bin/sh
# run.sh — build the libFuzzer targets against the core library and run each of them
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: tests/fuzz/run.sh [SECONDS] [TARGET…]
#
#   SECONDS   how long each target runs (default 60)
#   TARGET    (default: all of them, one after the other)
#             fuzz-table-reader   raw bytes, CSV or XLSX as sniffed
#             fuzz-csv-utf8, fuzz-csv-utf8-bom, fuzz-csv-utf16le, fuzz-csv-utf16be,
#             fuzz-csv-gb18030    text written in that encoding; the rows must be
#                                 the same as those of its UTF-8 form (fuzz-csv.c)
#             fuzz-xlsx           the XML parts of a workbook, zipped by the target
#             fuzz-import         the importer: header search, column mapping, every
#                                 row checked and written (then rolled back)
#             fuzz-identity       ID numbers of every type, phones, dates
#             fuzz-header         column headers, labels, search queries
#
# It needs clang (14 or later) and its runtime (libclang-rt-14-dev on Debian). The
# core library is built with ASan, UBSan and libFuzzer's coverage in its own meson
# build directory, $FUZZ_BUILD_DIR (default /tmp/fuzz-build), outside the normal build.
# New inputs go to $FUZZ_BUILD_DIR/fuzz/corpus/TARGET (the seeds in
# tests/fuzz/corpus/TARGET are only read); a crashing input is written to
# $FUZZ_BUILD_DIR/fuzz/artifacts/TARGET/, and the script exits non-zero.
#
# The seeds of each target are in tests/fuzz/corpus/: fuzz-csv-* share corpus/fuzz-csv
# (UTF-8 text, from the reader's tests), fuzz-import reads corpus/fuzz-table-reader too.
#
# The long form, before a release or after changing a reader (on 2 cores, two
# targets at a time):
#
#   tests/fuzz/run.sh 60 fuzz-header                         # builds, quick check
#   FUZZ_NO_BUILD=1 tests/fuzz/run.sh 1800 fuzz-table-reader fuzz-csv-utf8 … &
#   FUZZ_NO_BUILD=1 tests/fuzz/run.sh 1800 fuzz-identity fuzz-header …; wait
#
# or by a number of runs instead of time: FUZZ_ARGS=-runs=10000000 tests/fuzz/run.sh.
# On a busy machine (or under nice) add -timeout=300 to FUZZ_ARGS: libFuzzer's
# per-input limit is wall-clock time, and a starved process trips its default 10 s.
# Extra libFuzzer options go in FUZZ_ARGS. To replay one input:
#
#   $FUZZ_BUILD_DIR/fuzz/fuzz-table-reader path/to/crash-…
#
# .ci/run runs every target for a short while (FUZZ_SECONDS there); a crash found by
# a longer run becomes a regression test in the normal suite, next to the tests of the
# code it broke (e.g. /table-reader/xlsx/row-order in tests/test-table-reader.c).

set -eu

duration=${1:-60}
[ $# -gt 0 ] && shift
all_targets="fuzz-table-reader fuzz-csv-utf8 fuzz-csv-utf8-bom fuzz-csv-utf16le \
fuzz-csv-utf16be fuzz-csv-gb18030 fuzz-xlsx fuzz-import fuzz-identity fuzz-header"
targets=${*:-$all_targets}

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
  for target in $all_targets; do
    echo "Building $target"
    source=$target.c
    defines=
    case $target in
      fuzz-csv-*)
        source=fuzz-csv.c
        case $target in
          fuzz-csv-utf8) encoding=UTF-8 ;;
          fuzz-csv-utf8-bom) encoding=UTF-8-BOM ;;
          fuzz-csv-utf16le) encoding=UTF-16LE ;;
          fuzz-csv-utf16be) encoding=UTF-16BE ;;
          fuzz-csv-gb18030) encoding=GB18030 ;;
        esac
        defines="-DFUZZ_ENCODING=\"$encoding\"" ;;
    esac
    # shellcheck disable=SC2046,SC2086
    "$cc" -std=gnu11 -g -O1 -fsanitize=fuzzer,address,undefined \
      -fno-sanitize-recover=undefined $defines \
      -Wall -Wno-unused-parameter -Wdeclaration-after-statement \
      -I"$src_dir/src/core" -I"$build_dir" -I"$build_dir/src/core" \
      $(pkg-config --cflags $pkgs) \
      -o "$out_dir/$target" "$fuzz_dir/$source" \
      "$build_dir/src/core/libvolunteer-desk-core.a" \
      $(pkg-config --libs $pkgs) -lm
  done
fi

# UBSan only reports by default; a report must stop the run like a crash.
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}

seeds_of() {
  case $1 in
    fuzz-csv-*) echo "$fuzz_dir/corpus/fuzz-csv" ;;
    fuzz-import) echo "$fuzz_dir/corpus/fuzz-import $fuzz_dir/corpus/fuzz-table-reader" ;;
    *) echo "$fuzz_dir/corpus/$1" ;;
  esac
}

status=0
for target in $targets; do
  mkdir -p "$out_dir/corpus/$target" "$out_dir/artifacts/$target"
  echo "Running $target for ${duration}s"
  # shellcheck disable=SC2046,SC2086
  if ! "$out_dir/$target" -max_len=65536 -timeout=10 -max_total_time="$duration" \
         -print_final_stats=1 -artifact_prefix="$out_dir/artifacts/$target/" \
         ${FUZZ_ARGS:-} \
         "$out_dir/corpus/$target" $(seeds_of "$target"); then
    echo "$target FAILED; see $out_dir/artifacts/$target/" >&2
    status=1
  fi
done
exit $status
