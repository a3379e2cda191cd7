#!/bin/bash
# check-cli.sh LODESTAR: the command line as a user meets it.
set -uo pipefail
lodestar=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
n=0 fail=0
ok () { n=$((n+1)); echo "ok $n - $1"; }
not_ok () { n=$((n+1)); echo "not ok $n - $1"; fail=1; }
expect () {  # expect STATUS "DESCRIPTION" COMMAND…
  local want=$1 what=$2; shift 2
  "$@" >out.txt 2>err.txt; local got=$?
  if [ "$got" = "$want" ]; then ok "$what"; else not_ok "$what (exit $got, wanted $want)"; cat out.txt err.txt; fi
}
contains () {  # contains FILE TEXT DESCRIPTION
  if grep -qF -- "$2" "$1"; then ok "$3"; else not_ok "$3: no “$2” in:"; cat "$1"; fi
}

expect 0 "demo writes the sample company" "$lodestar" demo --out s.lodestar --language en
contains out.txt "s.lodestar" "demo names the file it wrote"
expect 0 "check accepts the sample" "$lodestar" check s.lodestar
contains out.txt "intact Lodestar organisation file" "check says the file is intact"
contains out.txt "Objectives" "check shows what the file holds"
expect 1 "demo refuses to overwrite a file" "$lodestar" demo --out s.lodestar
contains err.txt "exists already" "and says why"

expect 0 "demo writes a synthetic organisation" "$lodestar" demo --objectives 300 --out big.lodestar
"$lodestar" check big.lodestar > out.txt
if grep -qE "Objectives +300$" out.txt; then ok "it has exactly 300 objectives"; else not_ok "300 objectives"; cat out.txt; fi
if grep -qE "Key results +900$" out.txt; then ok "with three key results each"; else not_ok "900 key results"; fi

cp /etc/passwd passwd
printf '' > empty.lodestar
head -c 9000 s.lodestar > truncated.lodestar
md5sum passwd empty.lodestar truncated.lodestar > before.md5
expect 1 "check refuses /etc/passwd" "$lodestar" check passwd
contains err.txt "“$tmp/passwd” is not a Lodestar organisation file" "with a message naming the file"
expect 1 "check refuses an empty file" "$lodestar" check empty.lodestar
contains err.txt "is empty" "and says it is empty"
expect 1 "check refuses a truncated file" "$lodestar" check truncated.lodestar
contains err.txt "damaged" "and says it is damaged"
expect 1 "check refuses a missing file" "$lodestar" check nothing.lodestar
if md5sum --quiet -c before.md5 && [ -z "$(ls ./*-wal ./*-shm 2>/dev/null)" ]; then
  ok "the refused files are untouched"; else not_ok "a refused file was changed"; fi

expect 2 "an unknown option is a usage error" "$lodestar" check --frobnicate s.lodestar
expect 2 "check needs a file" "$lodestar" check
expect 2 "demo needs --out" "$lodestar" demo
expect 2 "demo knows its languages" "$lodestar" demo --out x.lodestar --language fr
expect 0 "help lists the verbs" "$lodestar" help
contains out.txt "demo" "help names demo"

# The commands speak Chinese under LANGUAGE=zh_CN.
expect 0 "demo in Chinese" env LANGUAGE=zh_CN "$lodestar" demo --out zh.lodestar
expect 0 "check in Chinese" env LANGUAGE=zh_CN "$lodestar" check zh.lodestar
contains out.txt "目标" "check speaks Chinese"
expect 1 "errors in Chinese" env LANGUAGE=zh_CN "$lodestar" check passwd
if grep -qP "\\p{Han}" err.txt; then ok "the error is in Chinese"; else not_ok "the error is not in Chinese"; cat err.txt; fi

# The alignment map leaves as PDF, SVG, PNG and DOT.
expect 0 "export writes the map as PDF" "$lodestar" export s.lodestar --format pdf -o map.pdf
if head -c 5 map.pdf | grep -q "%PDF-"; then ok "a PDF file"; else not_ok "not a PDF file"; fi
expect 0 "export writes the map as SVG" "$lodestar" export s.lodestar --format svg -o map.svg
contains map.svg "<text" "the SVG holds real text"
expect 0 "export writes the map as PNG, at a scale" "$lodestar" export s.lodestar --format png --scale 0.5 -o map.png
if head -c 8 map.png | grep -q "PNG"; then ok "a PNG file"; else not_ok "not a PNG file"; fi
expect 0 "export writes the map as DOT" "$lodestar" export s.lodestar --format dot -o map.dot
contains map.dot "digraph" "a Graphviz graph"
expect 0 "export tiles the map on A4 pages" "$lodestar" export s.lodestar --format pdf --page a4 --landscape -o a4.pdf
expect 0 "export takes a cycle and a unit" "$lodestar" export s.lodestar --format pdf --cycle "2026 Q3" --unit Sales -o q3.pdf
expect 2 "--page is for paper" "$lodestar" export s.lodestar --format png --page a4 -o x.png
expect 1 "an unknown unit is named" "$lodestar" export s.lodestar --format pdf --unit Marketing -o x.pdf
contains err.txt "Marketing" "in the message"
expect 1 "a picture too large is refused" "$lodestar" export s.lodestar --format png --scale 16 -o huge.png
contains err.txt "pixels" "saying how large it would be"
if [ ! -e huge.png ] && [ ! -e x.pdf ]; then ok "and nothing is written"; else not_ok "a refused export wrote a file"; fi
expect 0 "export in Chinese" env LANGUAGE=zh_CN "$lodestar" export zh.lodestar --format pdf -o zh.pdf
if command -v pdftotext > /dev/null; then
  pdftotext zh.pdf zh.txt
  contains zh.txt "青禾科技" "the PDF's Chinese text reads back"
fi

echo "1..$n"
exit $fail
