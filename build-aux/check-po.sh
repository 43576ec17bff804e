#!/usr/bin/env bash
# Checks that every translatable string of the sources listed in po/POTFILES.in has a
# translation in each po/*.po (none missing, none left empty or fuzzy), and that the
# catalogues compile. Run by `meson test` (suite "data").
#
#   build-aux/check-po.sh SRCDIR
set -euo pipefail

srcdir=${1:?usage: check-po.sh SRCDIR}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The keywords of meson's "glib" preset, plus plain ngettext.
xgettext --package-name=volunteer-desk --files-from="$srcdir/po/POTFILES.in" \
  --directory="$srcdir" --from-code=UTF-8 \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --keyword=ngettext:1,2 --output="$tmp/template.pot"

status=0
while read -r lang; do
  [[ -z $lang || $lang == \#* ]] && continue
  po=$srcdir/po/$lang.po
  msgfmt --check --output-file=/dev/null "$po" || status=1
  # Merged with the template, an entry whose conversions differ from its source
  # string's comes out fuzzy (at run time printf would crash on it).
  msgmerge --quiet --no-fuzzy-matching --output-file="$tmp/merged.po" "$po" "$tmp/template.pot"
  if msgattrib --only-fuzzy --no-obsolete "$tmp/merged.po" | grep -q '^msgid'; then
    echo "po/$lang.po has translations whose % conversions differ from the source:" >&2
    msgattrib --only-fuzzy --no-obsolete "$tmp/merged.po" >&2
    status=1
  fi
  # Untranslated and fuzzy entries count as missing.
  if ! msgcmp "$po" "$tmp/template.pot" 2>"$tmp/missing"; then
    echo "po/$lang.po lacks translations:" >&2
    cat "$tmp/missing" >&2
    status=1
  fi
  if grep -q '^#, fuzzy' <(sed 1,20d "$po"); then
    echo "po/$lang.po has fuzzy entries" >&2
    status=1
  fi
done <"$srcdir/po/LINGUAS"
exit "$status"
