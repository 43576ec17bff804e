#!/usr/bin/env bash
# Installs what is missing, builds Volunteer Desk and runs it from the build tree.
#
#   build-aux/run.sh [APP ARGS…]        e.g. build-aux/run.sh --database /tmp/test.db
#
# Environment: BUILDDIR (default: build, relative to the source tree).
set -euo pipefail

srcdir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
builddir=${BUILDDIR:-build}
[[ $builddir == /* ]] || builddir=$srcdir/$builddir

"$srcdir/build-aux/install-deps.sh"

if [[ ! -f $builddir/build.ninja ]]; then
  meson setup "$builddir" "$srcdir"
fi
meson compile -C "$builddir"

# Uninstalled run: schemas compiled into <build>/data, translations built into <build>/po,
# and the icons found through the hicolor tree in the source's data/ folder.
export GSETTINGS_SCHEMA_DIR=$builddir/data
export VOLUNTEER_DESK_LOCALEDIR=$builddir/po
export XDG_DATA_DIRS=$srcdir/data:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}

# Someone trying the app without a register of their own gets the sample district
# (in a file of its own, never mixed with real data); --database, or
# VOLUNTEER_DESK_DB, or an existing database of theirs wins. The sample describes this
# year up to today (the generator's default), so the pages that open on "this year"
# show something: it is made once a year, in a file named after the year.
data_dir=${XDG_DATA_HOME:-$HOME/.local/share}/volunteer-desk
if [[ $# -eq 0 && -z ${VOLUNTEER_DESK_DB:-} && ! -e $data_dir/volunteer-desk.db ]]; then
  year=$(date +%Y)
  sample=$data_dir/sample-district-$year.db
  if [[ ! -e $sample ]]; then
    echo "run: no database yet; writing the sample district of $year to $sample" >&2
    mkdir -p "$data_dir"
    "$builddir/src/cli/volunteer-desk-cli" sample --scale district --year "$year" "$sample.part" >/dev/null
    mv "$sample.part" "$sample"
    rm -f "$sample.part-wal" "$sample.part-shm"
  fi
  set -- --database "$sample"
fi

exec "$builddir/src/volunteer-desk" "$@"
