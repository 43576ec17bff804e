#!/usr/bin/env bash
# Installs what is missing, builds Volunteer Desk and runs every test.
#
#   build-aux/test.sh [--builddir DIR] [MESON SETUP OPTIONS…]
#
# The default build directory is "build" in the source tree. Options are passed to
# `meson setup` (or `meson setup --reconfigure` when DIR is already configured).
# With CI=true, -Dwerror=true is added. TIMEOUT_MULTIPLIER (default 1) is passed to
# `meson test --timeout-multiplier`, e.g. for sanitizer builds.
# The exit status is that of `meson test` (or of the step that failed before it).
set -euo pipefail

srcdir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
builddir=build
setup_opts=()

while [[ $# -gt 0 ]]; do
  case $1 in
    --builddir) builddir=${2:?--builddir needs a directory}; shift 2 ;;
    --builddir=*) builddir=${1#--builddir=}; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) setup_opts+=("$1"); shift ;;
  esac
done
[[ $builddir == /* ]] || builddir=$srcdir/$builddir

if [[ ${CI:-} == true ]]; then
  setup_opts=(-Dwerror=true "${setup_opts[@]}")
fi

"$srcdir/build-aux/install-deps.sh"

if [[ ! -f $builddir/build.ninja ]]; then
  meson setup "$builddir" "$srcdir" "${setup_opts[@]}"
elif [[ ${#setup_opts[@]} -gt 0 ]]; then
  meson setup --reconfigure "$builddir" "$srcdir" "${setup_opts[@]}"
fi
meson compile -C "$builddir"

# UI tests need an X display and a session bus: a private Xvfb server and a private
# D-Bus session, both torn down afterwards.
exec xvfb-run -a -s '-screen 0 1280x1024x24' \
  dbus-run-session -- \
  meson test -C "$builddir" --print-errorlogs \
    --timeout-multiplier "${TIMEOUT_MULTIPLIER:-1}"
