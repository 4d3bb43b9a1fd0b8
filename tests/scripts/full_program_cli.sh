#!/usr/bin/env bash
# naskah and naskah-full (src/cli/full_program.hpp): naskah loads no PDF reader, HTTP server, workbook or DOCX
# library, hands what needs them to naskah-full as if it had them, and says so plainly when naskah-full is missing.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"
full="$(dirname "$naskah")/naskah-full"

# 1. What each executable loads: the split is what keeps a build's start short.
ldd "$naskah" >"$tmp/naskah.libs"
# libfontconfig is opened only when a family is looked up through it (src/text/fontconfig_library.hpp).
for library in libqpdf libcpp-httplib libssl libgnutls libcairo libzip libxlsxwriter libcrypto libfontconfig libfreetype; do
  grep -q "$library" "$tmp/naskah.libs" && fail "naskah loads $library"
done
ldd "$full" | grep -q libqpdf || fail "naskah-full does not load libqpdf"
ldd "$full" | grep -q libcpp-httplib || fail "naskah-full does not load libcpp-httplib"
ldd "$full" | grep -q libcairo || fail "naskah-full does not load libcairo"

# 2. The commands naskah-full has, through naskah: the same words and exit status as naskah-full's own.
for command in serve extract archive import export; do
  "$naskah" "$command" --help >"$tmp/through" 2>&1; through=$?
  "$full" "$command" --help >"$tmp/direct" 2>&1; direct=$?
  [ "$through" -eq 0 ] && [ "$through" -eq "$direct" ] || fail "$command --help: exit $through through naskah, $direct direct"
  cmp -s "$tmp/through" "$tmp/direct" || fail "$command --help differs through naskah: $(head -2 "$tmp/through")"
done
"$naskah" extract "$sample" >"$tmp/out" 2>&1 && fail "extract of an XML plan succeeded through naskah"
grep -q "it is not a PDF" "$tmp/out" || fail "extract of an XML plan: $(cat "$tmp/out")"
# A diff given a PDF goes to naskah-full (which reads archives); given plans, naskah does it itself.
"$naskah" build "$sample" --pdfa -o "$tmp/archived.pdf" 2>/dev/null || fail "build --pdfa failed"
"$naskah" diff "$tmp/archived.pdf" "$sample" >"$tmp/diff" 2>&1 || fail "diff of an archive and its plan: $(tail -3 "$tmp/diff")"
grep -qx "0 changes" "$tmp/diff" || fail "diff of an archive and its own plan: $(head -3 "$tmp/diff")"
# A DOCX, asked for by -o or --format, through naskah: made by naskah-full.
"$naskah" build "$sample" -o "$tmp/rkt.docx" 2>/dev/null || fail "build -o rkt.docx through naskah failed"
python3 -c 'import sys, zipfile; sys.exit("word/document.xml" not in zipfile.ZipFile(sys.argv[1]).namelist())' \
  "$tmp/rkt.docx" 2>/dev/null || fail "build -o rkt.docx: no DOCX written"
"$naskah" --completion-data | grep -q "^command	serve" || fail "--completion-data lacks serve: $("$naskah" --completion-data | head -3)"

# 3. naskah alone: the commands it has work, the others are refused with the reason, not with a crash.
mkdir "$tmp/alone"
cp "$naskah" "$tmp/alone/naskah"
NASKAH_TEMPLATE_PATH="$root/templates" "$tmp/alone/naskah" check "$sample" >/dev/null 2>&1
[ $? -le 1 ] || fail "naskah alone cannot check a plan"
"$tmp/alone/naskah" serve --help >"$tmp/out" 2>&1; status=$?
[ "$status" -eq 3 ] || fail "serve without naskah-full: exit $status"
grep -q "naskah: this command is done by naskah-full, which cannot be run: .*alone/naskah-full" "$tmp/out" ||
  fail "serve without naskah-full: $(cat "$tmp/out")"

echo "$failures failed"
[ "$failures" -eq 0 ]
