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

# The shortcuts window loads. GTK's tool has once been seen to crash on a
# brand-new machine, in its own start-up; a crash (death by a signal) is
# tried once more, a report of an invalid file is not.
validate_ui () {
  local rc=0
  gtk4-builder-tool validate "$1" || rc=$?
  if [ "$rc" -gt 128 ]; then
    echo "# gtk4-builder-tool died of signal $((rc - 128)); once more"
    gtk4-builder-tool validate "$1"
  else
    return "$rc"
  fi
}
check validate_ui "$src/src/ui/gtk/help-overlay.ui"

exit $fail
