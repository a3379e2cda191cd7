#!/bin/bash
# check-data.sh SRCDIR BUILDDIR: the data files are valid for the tools
# that read them (desktop file, AppStream metainfo, GSettings schema, MIME
# type, icons, shortcuts window).
set -euo pipefail
src=$1 build=$2
fail=0
check () { echo "# $*"; "$@" || { echo "not ok: $*"; fail=1; }; }

check desktop-file-validate "$build/data/io.github.lodestar.Lodestar.desktop"
check appstreamcli validate --no-net --explain "$build/data/io.github.lodestar.Lodestar.metainfo.xml"
check glib-compile-schemas --strict --dry-run "$src/data"
check xmllint --noout "$src/data/io.github.lodestar.Lodestar.xml"
for svg in "$src"/data/icons/hicolor/*/apps/*.svg; do
  check xmllint --noout "$svg"
done

# The desktop file and metainfo carry the Chinese translation.
grep -q '^Name\[zh_CN\]=' "$build/data/io.github.lodestar.Lodestar.desktop" \
  || { echo "not ok: the desktop file has no Chinese name"; fail=1; }
grep -q 'xml:lang="zh_CN"' "$build/data/io.github.lodestar.Lodestar.metainfo.xml" \
  || { echo "not ok: the metainfo has no Chinese text"; fail=1; }

# The desktop file names the executable and icon that are installed.
grep -q '^Exec=lodestar ' "$build/data/io.github.lodestar.Lodestar.desktop" || fail=1
grep -q '^Icon=io.github.lodestar.Lodestar$' "$build/data/io.github.lodestar.Lodestar.desktop" || fail=1
test -f "$src/data/icons/hicolor/scalable/apps/io.github.lodestar.Lodestar.svg" || fail=1

# The shortcuts window loads.
check gtk4-builder-tool validate "$src/src/ui/gtk/help-overlay.ui"

exit $fail
