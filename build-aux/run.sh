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

exec "$builddir/src/volunteer-desk" "$@"
