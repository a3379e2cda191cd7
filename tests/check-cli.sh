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

# A file damaged where a verb reads it is refused with a clear message; a
# read-only verb checks the pages of what it reads, `check` every page.
scribble () {  # scribble FILE TABLE: garbage over the first page of TABLE
  local page size
  page=$(sqlite3 -readonly "$1" "SELECT rootpage FROM sqlite_schema WHERE name = '$2'")
  size=$(sqlite3 -readonly "$1" "PRAGMA page_size")
  head -c $((size - 16)) /dev/zero | tr '\0' 'Z' |
    dd of="$1" bs=1 seek=$(( (page - 1) * size + 8 )) conv=notrunc status=none
}
cp s.lodestar damaged.lodestar && scribble damaged.lodestar objectives
cp s.lodestar checkins.lodestar && scribble checkins.lodestar checkins
md5sum damaged.lodestar checkins.lodestar > before.md5
expect 1 "export refuses a file whose objectives are damaged" "$lodestar" export damaged.lodestar --format pdf -o damaged.pdf
contains err.txt "damaged.lodestar” is damaged" "and says it is damaged"
expect 1 "so do the reports" "$lodestar" export damaged.lodestar --format report-md -o damaged.md
contains err.txt "is damaged" "with the same words"
expect 1 "JSON export reads the check-ins, and refuses damaged ones" "$lodestar" export checkins.lodestar --format json -o checkins.json
contains err.txt "checkins.lodestar” is damaged" "saying so"
expect 1 "check reads every page" "$lodestar" check checkins.lodestar
contains err.txt "is damaged" "and finds the damage"
if md5sum --quiet -c before.md5 && [ ! -e damaged.pdf ] && [ ! -e checkins.json ]; then
  ok "the damaged files are untouched, and nothing was written"; else not_ok "a damaged file was changed, or an export written"; fi

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
expect 0 "export writes the map as it stood on a past day" "$lodestar" export s.lodestar --format svg --at 2026-10-20 -o past.svg
contains past.svg "118 / 600" "with the values of that day's check-ins"
if ! grep -qF "118 / 600" map.svg; then ok "which today's map does not show"; else not_ok "today's map shows an old value"; fi
expect 0 "and before the cycle's objectives were written" "$lodestar" export s.lodestar --format dot --at 2026-09-01 -o early.dot
if ! grep -qF "recurring revenue" early.dot && grep -qF "recurring revenue" map.dot; then
  ok "an objective written later is left out"; else not_ok "an objective written later is shown"; fi
expect 2 "--at takes a date" "$lodestar" export s.lodestar --format svg --at yesterday -o x.svg
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
# Export and import: CSV and JSON round trips, Chinese text intact.
expect 0 "export writes CSV" "$lodestar" export zh.lodestar --format csv -o zh.csv
expect 0 "import makes a new file from CSV" "$lodestar" import zh2.lodestar zh.csv
contains out.txt "Objectives" "import says what it added"
expect 0 "and exports it again" "$lodestar" export zh2.lodestar --format csv -o zh2.csv
if cmp -s zh.csv zh2.csv; then ok "the CSV round trip gives the same file"; else not_ok "CSV round trip"; diff zh.csv zh2.csv | head; fi
expect 0 "export writes JSON" "$lodestar" export zh.lodestar --format json -o zh.json
# The first copy adds the base of the exchange (where it came from); from there
# on the files are the same byte for byte.
mkdir a b c
expect 0 "import makes a new file from JSON" "$lodestar" import a/copy.lodestar zh.json
indexed=$(sqlite3 -readonly a/copy.lodestar "SELECT count(*) FROM search_index")
if [ "$indexed" -gt 0 ] && [ "$indexed" = "$(sqlite3 -readonly zh.lodestar "SELECT count(*) FROM search_index")" ]; then
  ok "the new file's records can be searched"; else not_ok "the new file's search index holds $indexed rows"; fi
expect 0 "which exports" "$lodestar" export a/copy.lodestar --format json -o a.json
if diff <(grep -v '"file" :' zh.json) <(sed '/"base" : {/,/^  },$/d' a.json | grep -v '"file" :') >/dev/null; then
  ok "the copy holds the same records"; else not_ok "the copy differs"; fi
expect 0 "and imports again" "$lodestar" import b/copy.lodestar a.json
expect 0 "and exports again" "$lodestar" export b/copy.lodestar --format json -o b.json
expect 0 "and once more" "$lodestar" import c/copy.lodestar b.json
expect 0 "and exports once more" "$lodestar" export c/copy.lodestar --format json -o c.json
if cmp -s b.json c.json; then ok "the JSON round trip gives the same file"; else not_ok "JSON round trip"; diff b.json c.json | head; fi
contains c.json "青禾科技" "Chinese text survives"
expect 0 "a department exports its part" "$lodestar" export zh.lodestar --format json --unit 产品部 -o part.json
contains part.json '"unit_path" : "青禾科技/产品部"' "the part says where it came from"

# Malformed input: a message with the line, status 1, the file untouched.
printf 'cycle,unit,objective,key_result,target\n2027 Q1,Acme,Grow,Customers,lots\n' > badnum.csv
printf 'cycle,unit,key_result\n2027 Q1,Acme,Customers\n' > nocol.csv
printf 'cycle,unit,objective_ref,objective,aligns_to,key_result,kr_ref\n2027 Q1,Acme,O1,Grow,KR2,A,KR1\n2027 Q1,Acme,O2,Keep,KR1,B,KR2\n' > loop.csv
head -c 4000 zh.json > cut.json
md5sum zh.lodestar > before.md5
expect 1 "a bad number is refused" "$lodestar" import zh.lodestar badnum.csv
contains err.txt "Line 2, column 5 (target): “lots” is not a number" "with its line and column"
expect 1 "a missing column is refused" "$lodestar" import zh.lodestar nocol.csv
contains err.txt "The column “objective” (目标) is missing" "naming the column"
expect 1 "an alignment loop is refused" "$lodestar" import zh.lodestar loop.csv
contains err.txt "Line 3, column 5 (aligns_to): This alignment makes a circle" "at the row that closes it"
expect 1 "a truncated file is refused" "$lodestar" import zh.lodestar cut.json
contains err.txt "cut short" "saying it was cut short"
if md5sum --quiet -c before.md5; then ok "the organisation file is byte for byte as before"; else not_ok "a refused import changed the file"; fi
expect 1 "a refused import makes no new file" "$lodestar" import new.lodestar badnum.csv
if [ ! -e new.lodestar ]; then ok "no file was left behind"; else not_ok "a half-made file was left"; fi
expect 0 "--check says what would happen" "$lodestar" import zh.lodestar zh.csv --check
if md5sum --quiet -c before.md5; then ok "--check changes nothing"; else not_ok "--check changed the file"; fi
expect 1 "import errors speak Chinese" env LANGUAGE=zh_CN "$lodestar" import zh.lodestar badnum.csv
if grep -qP "\\p{Han}" err.txt; then ok "the import error is in Chinese"; else not_ok "not in Chinese"; cat err.txt; fi

# The coach: findings are advice, so it exits 0 whatever it finds.
expect 0 "coach checks the sample" "$lodestar" coach s.lodestar
contains out.txt "[too-many-objectives]" "coach names each rule by its id"
contains out.txt "The coach found 14 things to improve." "and counts what it found"
expect 0 "coach writes JSON" "$lodestar" coach s.lodestar --cycle "2026 Q4" --unit "Sales" --format json
contains out.txt '"record_type" : "key_result"' "with the fields of a finding"
expect 0 "coach writes Markdown" "$lodestar" coach s.lodestar --format markdown
contains out.txt "# Coach Findings" "as a document"
expect 0 "a clean sample" "$lodestar" demo --clean --out clean.lodestar
expect 0 "coach on a clean sample" "$lodestar" coach clean.lodestar --format json
if [ "$(tr -d ' \n' < out.txt)" = "[]" ]; then ok "finds nothing"; else not_ok "the clean sample has findings"; cat out.txt; fi
expect 2 "coach knows its formats" "$lodestar" coach s.lodestar --format yaml
expect 1 "coach names an unknown cycle" "$lodestar" coach s.lodestar --cycle "1999 Q1"
contains err.txt "1999 Q1" "and says which"
expect 0 "coach in Chinese" env LANGUAGE=zh_CN "$lodestar" coach zh.lodestar --unit 销售部/直销组
contains out.txt "直销组在" "speaks Chinese about a Chinese team"
expect 0 "export writes a champion report" "$lodestar" export s.lodestar --format champion-md --unit Finance -o finance.md
contains finance.md "# Champion Report: Finance" "the report is the team's"
expect 0 "and as PDF" "$lodestar" export s.lodestar --format champion-pdf -o org.pdf
if head -c 5 org.pdf | grep -q "%PDF-"; then ok "a PDF"; else not_ok "not a PDF"; fi

echo "1..$n"
exit $fail
