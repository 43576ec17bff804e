#!/usr/bin/env bash
# Installs the Debian 12 packages Volunteer Desk needs to build, run and test.
# Idempotent: when every package is present it only runs dpkg-query (well under a second).
#
#   build-aux/install-deps.sh          build + run + test dependencies
set -euo pipefail

packages=(
  # build
  gcc meson ninja-build pkg-config gettext
  libglib2.0-dev libglib2.0-dev-bin libgtk-4-dev libadwaita-1-dev
  libsqlite3-dev libcairo2-dev libpango1.0-dev
  # spreadsheets: libgsf (zip) + libxml2 read .xlsx, libxlsxwriter writes it
  libgsf-1-dev libxml2-dev libxlsxwriter-dev
  # run: the gdk-pixbuf SVG loader draws the app icon and the symbolic icons (only a
  # Recommends of GTK, which --no-install-recommends skips)
  librsvg2-common
  # data validation (tests)
  desktop-file-utils appstream
  # UI tests and screenshots: a display server, a session bus, CJK fonts, locales
  xvfb xauth dbus dbus-x11 fonts-noto-cjk locales
  # the sqlite3 shell, for inspecting databases and for the benchmarks
  sqlite3
  # pdftotext, pdfinfo: the tests read back the PDFs the app writes
  poppler-utils
  # fuzzing (tests/fuzz/run.sh, a stage of .ci/run): clang and its libFuzzer runtime
  clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [[ $status == installed ]] || missing+=("$p")
done

if [[ ${#missing[@]} -gt 0 ]]; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "install-deps: missing packages: ${missing[*]}" >&2
    echo "install-deps: run this script as root (or with sudo) to install them." >&2
    exit 1
  fi
  echo "install-deps: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The Chinese locale: the app's main users read Chinese, and the UI tests check it.
if ! locale -a 2>/dev/null | grep -qix 'zh_CN.utf8'; then
  if [[ $(id -u) -eq 0 ]]; then
    grep -q '^zh_CN.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null || echo 'zh_CN.UTF-8 UTF-8' >>/etc/locale.gen
    locale-gen >/dev/null
  else
    echo "install-deps: the zh_CN.UTF-8 locale is missing (run as root to generate it)" >&2
  fi
fi
