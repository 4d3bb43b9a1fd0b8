#!/usr/bin/env bash
# The options of every command, as GNU tools take them: --opt=value, -j2, bundled short options, -- before operands
# that start with '-'; one description of them behind --help, the bash completion and the man page; usage errors in
# naskah's words (Indonesian under LANG=id_ID.UTF-8, never CLI11's English) with exit status 2.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"
man="$root/docs/man/naskah.1"
minimal="$root/tests/data/valid/minimal.xml"

# 1. One description: for each command, the options --help lists, those the completion offers (naskah
#    --completion-data) and those the man page names under the command are the same; and every option its usage,
#    its options' table or its part of the man page mentions is one of its own.
"$naskah" --completion-data >"$tmp/data" || fail "--completion-data: exit $?"
commands=$(awk -F'\t' '$1 == "command" {print $2}' "$tmp/data")
[ "$(echo $commands)" = "check build batch diff init import export extract archive serve" ] || fail "the commands: $commands"
# The former names, each another name of its command, with the same options.
[ "$(awk -F'\t' '$1 == "alias" {print $2 "=" $3}' "$tmp/data" | tr '\n' ' ')" = "import-csv=import export-csv=export " ] ||
  fail "the aliases: $(grep '^alias' "$tmp/data")"
cmp -s <("$naskah" import --help) <("$naskah" import-csv --help) || fail "import-csv --help is not import's"
# The man page's part of a command: from its ".SS naskah COMMAND" to the next .SS or .SH.
man_part() { sed -n "/^\.SS naskah $(sed 's/-/\\\\-/g' <<<"$1")\$/,/^\.S[SH] /p" "$man" | sed 's/\\-/-/g'; }
for command in $commands; do
  awk -F'\t' -v c="$command" '$1 == "option" && $2 == c {print $3}' "$tmp/data" | tr ' ' '\n' | sort >"$tmp/completion"
  "$naskah" "$command" --help | sed -n 's/^  \(-[a-z]\), \(--[a-z-]*\).*/\1\n\2/p; s/^  \(--[a-z-]*\).*/\1/p' | sort >"$tmp/help"
  # The man page defines an option on the line after a .TP, one or more there.
  man_part "$command" | awk '/^\.TP$/ {getline; print}' | grep -o '\\fB-[a-z-]*\\fR' | sed 's/\\fB\(.*\)\\fR/\1/' |
    sort >"$tmp/man"
  [ -s "$tmp/completion" ] || fail "$command: no options in --completion-data"
  cmp -s "$tmp/completion" "$tmp/help" || fail "$command: --help lists other options than the parser: $(diff "$tmp/completion" "$tmp/help")"
  cmp -s "$tmp/completion" "$tmp/man" || fail "$command: the man page lists other options than the parser: $(diff "$tmp/completion" "$tmp/man")"
  # The usage lines and the options' table of --help, and the man page's part, mention only the command's options.
  for mentioned in $( ("$naskah" "$command" --help | awk 'NR == 1, /^$/ {print} /^  -/'; man_part "$command") |
                      grep -o -- '--[a-z][a-z-]*' | sort -u); do
    grep -qx -- "$mentioned" "$tmp/completion" || [ "$mentioned" = --help ] ||
      fail "$command: --help or the man page mentions $mentioned, which $command does not take"
  done
done
# The completion script names no option of its own: what it offers comes from naskah.
grep -q -- '--strict\|--output\|--tahun' "$root/completion/naskah.bash" && fail "completion/naskah.bash names options itself"
completions() {  # WORDS...: what completing the last word offers
  PATH="$(dirname "$naskah"):$PATH" bash -c \
    'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); _naskah; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$root/completion/naskah.bash" "$@"
}
[ "$(completions naskah batch --r)" = "--recursive" ] || fail "completing 'naskah batch --r': $(completions naskah batch --r)"
[ "$(completions naskah export --numbers "" | tr '\n' ' ')" = "indonesian plain " ] || fail "completing --numbers"
[ "$(completions naskah export-csv --numbers "" | tr '\n' ' ')" = "indonesian plain " ] || fail "completing the alias's --numbers"
[ "$(completions naskah import --sh)" = "--sheet" ] || fail "completing 'naskah import --sh': $(completions naskah import --sh)"
completions naskah i | grep -qx import-csv && fail "completing 'naskah i' offers the former name"
mkdir -p "$tmp/sheets" && touch "$tmp/sheets/a.xlsx" "$tmp/sheets/b.csv" "$tmp/sheets/c.xml"
[ "$(completions naskah import "$tmp/sheets/" | sort | tr '\n' ' ')" = "$tmp/sheets/a.xlsx $tmp/sheets/b.csv " ] ||
  fail "completing a spreadsheet: $(completions naskah import "$tmp/sheets/")"
[ "$(completions naskah check --format = j)" = "json" ] || fail "completing --format=j"
completions naskah diff --font-dir "" >/dev/null || fail "completing a folder"

# 2. GNU forms, each with what it does.
cd "$tmp" || exit 1
"$naskah" build --output=eq.pdf "$minimal" 2>/dev/null && [ -s eq.pdf ] || fail "build --output=FILE"
check_pdf eq.pdf
"$naskah" check --format=json "$minimal" | python3 -c 'import json, sys; assert json.load(sys.stdin) == []' ||
  fail "check --format=json"
"$naskah" export --numbers=plain --separator=, -oplain.csv "$minimal" >/dev/null 2>&1 || fail "--numbers=plain --separator=, -oFILE"
grep -q ",40206350," plain.csv || fail "export --numbers=plain --separator=,: $(sed -n 2p plain.csv)"
mkdir -p units/a units/b && cp "$minimal" units/a/rkt.xml && cp "$minimal" units/b/rkt.xml
for folder in units/a units/b .; do cp "$root/tests/data/valid/logo.png" "$folder/"; done  # the plans' logo
"$naskah" batch -rsj2 -o pdf units >/dev/null 2>"$tmp/err" || fail "batch -rsj2 (bundled -r, -s and -j 2): $(cat "$tmp/err")"
[ -s pdf/a/rkt.pdf ] && [ -s pdf/b/rkt.pdf ] || fail "batch -rsj2: $(find pdf)"
"$naskah" batch -j1 -o out1 units/a >/dev/null 2>&1 && [ -s out1/rkt.pdf ] || fail "batch -j1"
"$naskah" batch --jobs=1 -o out2 units/a >/dev/null 2>&1 && [ -s out2/rkt.pdf ] || fail "batch --jobs=1"
# -- before a plan whose name starts with '-': an operand, not an option.
cp "$minimal" ./-odd.xml
"$naskah" check -- -odd.xml >"$tmp/out" 2>&1 || fail "check -- -odd.xml: $(cat "$tmp/out")"
"$naskah" check -odd.xml >/dev/null 2>&1 && fail "check -odd.xml without -- is taken as a plan"
"$naskah" build -s --draft -- -odd.xml 2>/dev/null && [ -s ./-odd.pdf ] || fail "build -s --draft -- -odd.xml"
# init -fo NEW.xml: -f and -o bundled, -o's value the next argument; given again, --force replaces.
"$naskah" init --tahun 2025 --instansi "Dinas Kesehatan" --daerah "Kota Palopo" -fo first.xml >/dev/null 2>&1 &&
  [ -s first.xml ] || fail "init -fo first.xml"
"$naskah" init --tahun=2025 --instansi="Dinas Kesehatan" --daerah="Kota Palopo" -fo first.xml >/dev/null 2>&1 ||
  fail "init -fo over an existing file"
grep -q 'nama="Dinas Kesehatan"' first.xml || fail "--instansi=NAME"
# The last of an option given twice counts, as in GNU tools.
"$naskah" build -o one.pdf -o two.pdf "$minimal" 2>/dev/null && [ -s two.pdf ] && [ ! -e one.pdf ] ||
  fail "-o given twice: the last"

# 3. Usage errors: exit 2, the problem and where to look, in each language; nothing of CLI11's own English.
expect_usage() {  # LANGUAGE "EXPECTED FIRST LINE" naskah ARGS...
  local language=$1 expected=$2; shift 2
  LANG=$language "$naskah" "$@" >"$tmp/out" 2>"$tmp/err"
  local status=$?
  [ "$status" = 2 ] || fail "$*: exit $status, expected 2"
  [ "$(head -1 "$tmp/err")" = "$expected" ] || fail "$* under $language: $(cat "$tmp/err")"
  grep -Eq "Run with|[Ff]ollowing argument|not expected|[Rr]equired|[Ee]xpected .* got|is not in|could not be converted|\bINT\b|\bTEXT\b" \
    "$tmp/err" && fail "$* under $language: CLI11's own words: $(cat "$tmp/err")"
}
expect_usage C.UTF-8 "naskah build: unknown option --frobnicate" build --frobnicate "$minimal"
expect_usage id_ID.UTF-8 "naskah build: opsi --frobnicate tidak dikenal" build --frobnicate "$minimal"
expect_usage C.UTF-8 "naskah build: -o needs a value" build "$minimal" -o
expect_usage id_ID.UTF-8 "naskah build: -o memerlukan nilai" build "$minimal" -o
expect_usage id_ID.UTF-8 "naskah build: --output memerlukan nilai" build --output= "$minimal"
expect_usage C.UTF-8 "naskah check: --strict takes no value" check --strict=yes "$minimal"
expect_usage id_ID.UTF-8 "naskah check: --strict tidak menerima nilai" check --strict=yes "$minimal"
expect_usage C.UTF-8 "naskah check: --format xml: write text or json" check --format=xml "$minimal"
expect_usage id_ID.UTF-8 "naskah diff: --format xml: tulis text atau json" diff --format xml "$minimal" "$minimal"
expect_usage id_ID.UTF-8 "naskah batch: -j 0: berikan jumlah pekerjaan dari 1 sampai 256" batch -j0 units
expect_usage id_ID.UTF-8 "naskah init: opsi -z tidak dikenal" init -fz --tahun 2025
grep -qx "Coba 'naskah init --help' untuk keterangan lebih lanjut." "$tmp/err" || fail "the hint in Indonesian: $(cat "$tmp/err")"
expect_usage C.UTF-8 "naskah export: --separator |: write ';' or ','" export-csv --separator '|' "$minimal"
expect_usage C.UTF-8 "naskah export: --separator is for CSV; a workbook holds its cells apart and its amounts as numbers" \
  export --separator , -o out.xlsx "$minimal"
expect_usage C.UTF-8 "naskah export: out.ods: naskah writes a workbook as .xlsx, which every spreadsheet program opens, or CSV" \
  export -o out.ods "$minimal"
# --help anywhere before --, and in each language.
"$naskah" build "$minimal" --frobnicate --help | head -1 | grep -qx "usage: naskah build \[OPTIONS\] PLAN.xml" ||
  fail "--help after another argument"
LANG=id_ID.UTF-8 "$naskah" batch -h | grep -q "^  -r, --recursive  *cari rencana juga di subfolder" || fail "batch -h in Indonesian"
"$naskah" help diff | head -1 | grep -qx "usage: naskah diff \[OPTIONS\] OLD.xml NEW.xml" || fail "naskah help diff"

finish
