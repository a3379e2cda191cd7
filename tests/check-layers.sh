#!/bin/bash
# check-layers.sh SRCDIR: the layers depend on each other one way only
# (ARCHITECTURE.md): ui → map, io → store → core; only ui/ and the map view
# use GTK; SQL stays in store/.
set -euo pipefail
cd "$1/src"
fail=0

layer_of_header () {
  local h=$1 d
  for d in core store map io ui cli; do
    [ -f "$d/$h" ] && { echo "$d"; return; }
  done
  echo "generated"
}

allowed () {  # allowed FROM TO
  case "$1:$2" in
    core:core|core:generated) return 0 ;;
    store:core|store:store|store:generated) return 0 ;;
    map:core|map:store|map:map|map:generated) return 0 ;;
    io:core|io:store|io:map|io:io|io:generated) return 0 ;;
    cli:core|cli:store|cli:map|cli:io|cli:cli|cli:generated) return 0 ;;
    ui:*) return 0 ;;
  esac
  return 1
}

for layer in core store map io cli; do
  for f in "$layer"/*.[ch]; do
    [ -e "$f" ] || continue
    while read -r h; do
      to=$(layer_of_header "$h")
      # The map view is the one GTK widget outside ui/; the CLI never includes it.
      if [ "$to" = map ] && [[ "$h" == *view* ]] && [ "$layer" != map ]; then
        echo "not ok: $f includes the map view $h"; fail=1
      elif ! allowed "$layer" "$to"; then
        echo "not ok: $f ($layer) includes $h ($to)"; fail=1
      fi
    done < <(grep -oE '^#include "lds-[a-z0-9-]+\.h"' "$f" | sed 's/#include "\(.*\)"/\1/')
    if grep -qE '#include <(gtk|gdk)/' "$f" && ! [[ "$f" == map/*view* ]]; then
      echo "not ok: $f uses GTK outside ui/ and the map view"; fail=1
    fi
  done
done

for f in $(ls core/*.[ch] map/*.[ch] io/*.[ch] ui/*.[ch] cli/*.[ch] 2>/dev/null); do
  if grep -qE 'sqlite3_|#include <sqlite3.h>|"(SELECT|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM) ' "$f"; then
    echo "not ok: $f speaks SQL; that belongs in src/store"; fail=1
  fi
done

exit $fail
