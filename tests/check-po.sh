#!/bin/bash
# check-po.sh SRCDIR: every user-visible string is translated.
#
# Extracts a fresh template from the sources listed in po/POTFILES.in, merges
# po/zh_CN.po into it, and fails on any string that is missing, untranslated
# or fuzzy, on any file with translatable strings that POTFILES.in forgets,
# and when msgfmt --check finds a fault (such as a mismatched placeholder).
set -euo pipefail
src=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
cd "$src"

# Files that hold translatable strings must be listed, and listed files must exist.
grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort > "$tmp/listed"
sort -c "$tmp/listed" 2>/dev/null || { echo "not ok: po/POTFILES.in is not sorted"; fail=1; }
{ grep -rlE '\b(N?C?_|g_dngettext|g_dpgettext2)\s*\(' src --include='*.c' || true
  grep -rl 'translatable="yes"' src data --include='*.ui' --include='*.xml.in' || true
  ls data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml 2>/dev/null || true
} | sort -u > "$tmp/needed"
missing=$(comm -23 "$tmp/needed" "$tmp/listed")
[ -z "$missing" ] || { echo "not ok: files with strings missing from po/POTFILES.in:"; echo "$missing"; fail=1; }
while read -r f; do
  [ -f "$f" ] || { echo "not ok: po/POTFILES.in lists $f, which does not exist"; fail=1; }
done < "$tmp/listed"

build-aux/extract-strings "$tmp/lodestar.pot" 2>"$tmp/xgettext.log" \
  || { cat "$tmp/xgettext.log"; exit 1; }

msgmerge --quiet --no-fuzzy-matching -o "$tmp/merged.po" po/zh_CN.po "$tmp/lodestar.pot"
stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$tmp/merged.po" 2>&1) || { echo "$stats"; fail=1; }
echo "# $stats"
case "$stats" in
  *untranslated*|*fuzzy*) echo "not ok: po/zh_CN.po is incomplete:"; \
    msgattrib --untranslated --only-fuzzy "$tmp/merged.po" 2>/dev/null | grep '^msgid' | head -20; \
    msgattrib --untranslated "$tmp/merged.po" | grep -A1 '^msgid' | head -40; fail=1 ;;
esac
LC_ALL=C msgfmt --check -o /dev/null po/zh_CN.po || fail=1

# Entries that no source uses any more are dead weight.
obsolete=$(msgattrib --only-obsolete "$tmp/merged.po" | grep -c '^#~ msgid' || true)
[ "$obsolete" = 0 ] || { echo "not ok: po/zh_CN.po has $obsolete strings no source uses"; fail=1; }

exit $fail
