#!/usr/bin/env bash
# naskah export and import with CSV, as planners use them: a plan's rencana out to a CSV spreadsheet and back (the
# sample, the minimal sample, generated plans), the spreadsheet's errors at their row and column with nothing written,
# and a first plan filled from a spreadsheet; the former names export-csv and import-csv, which keep working.
# (Workbooks: xlsx_cli.sh.)
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"
minimal="$root/samples/rkt-2025-bappeda-luwu-timur.xml"
header='No Sasaran;Sasaran;Indikator Sasaran;Target Sasaran;No Program;Kode Program;Program;Indikator Program;Target Program;Anggaran Program;No Kegiatan;Kode Kegiatan;Kegiatan;Anggaran Kegiatan;No Sub Kegiatan;Kode Sub Kegiatan;Sub Kegiatan;Indikator Sub Kegiatan;Target Sub Kegiatan;Anggaran Sub Kegiatan;Ket Program;Ket Kegiatan;Ket Sub Kegiatan'

# The findings of naskah check without their places: a rebuilt plan must have the same ones. Those that stand
# before the rencana keep their places too (the text there is the same).
findings() { "$naskah" check "$1" 2>/dev/null | sed -E 's/^[^:]*:[0-9]+:[0-9]+: //' | sort; }
findings_before() { "$naskah" check "$1" 2>/dev/null | awk -F: -v limit="$2" '$2 < limit' | sed -E 's/^[^:]*://'; }

# A plan → export → import --into a copy → the same rencana (its export is the same bytes), the rest of the
# file byte for byte, the same findings.
round_trip() {  # PLAN NAME [export options]
  local plan=$1 name=$2; shift 2
  local csv="$tmp/$name.csv" copy="$tmp/$name.xml" again="$tmp/$name-again.csv"
  "$naskah" export "$plan" -o "$csv" "$@" >"$tmp/out" 2>&1 || { fail "$name: export: $(cat "$tmp/out")"; return; }
  cp "$plan" "$copy"
  "$naskah" import "$csv" --into "$copy" >"$tmp/out" 2>"$tmp/err" || { fail "$name: import: $(cat "$tmp/out" "$tmp/err")"; return; }
  [ -s "$tmp/err" ] && fail "$name: import printed on standard error: $(cat "$tmp/err")"
  "$naskah" export "$copy" -o "$again" "$@" >/dev/null 2>&1 || fail "$name: export of the rebuilt plan"
  cmp -s "$csv" "$again" || fail "$name: the rebuilt plan's rencana differs: $(diff <(tr ';' '\n' <"$csv") <(tr ';' '\n' <"$again") | head -5)"
  python3 - "$plan" "$copy" <<'PY' || fail "$name: the rebuilt rencana or the text outside it differs"
import sys
import xml.etree.ElementTree as ET
old, new = (open(p, encoding="utf-8", newline="").read() for p in sys.argv[1:])
def outside(t):
    return t[:t.index("<rencana")], t[t.index("</rencana>"):]
assert outside(old) == outside(new), "the text outside <rencana> changed"
# The rencana read by another parser than naskah's: every attribute, amounts by value, ket inherited downwards.
ns = "{urn:naskah:rkt:1}"
def item(e, ket=""):
    a = dict(e.attrib)
    for k in ("anggaran",):
        if k in a:
            a[k] = int(a[k].replace(".", ""))
    if e.tag in (ns + "program", ns + "kegiatan", ns + "subkegiatan"):
        a["ket"] = a.get("ket") or ket
    return (e.tag, tuple(sorted(a.items())), tuple(item(c, a.get("ket", "")) for c in e))
rencana = [item(ET.fromstring(t.encode("utf-8")).find(ns + "rencana")) for t in (old, new)]
assert rencana[0] == rencana[1], "the rebuilt rencana differs"
PY
  [ "$(findings "$plan")" = "$(findings "$copy")" ] || fail "$name: other findings: $(diff <(findings "$plan") <(findings "$copy"))"
  local first; first=$(grep -n "<rencana" "$plan" | head -1 | cut -d: -f1)
  [ "$(findings_before "$plan" "$first")" = "$(findings_before "$copy" "$first")" ] || fail "$name: findings before the rencana moved"
  grep -q "^wrote $copy: the rencana of $csv: " "$tmp/out" || fail "$name: the report: $(head -1 "$tmp/out")"
}

round_trip "$sample" sample
round_trip "$sample" sample-plain --separator , --numbers plain
round_trip "$minimal" minimal
python3 "$root/bench/gen-plan" --sub-kegiatan 300 --seed 7 -o "$tmp/gen-300.xml" || fail "gen-plan"
round_trip "$tmp/gen-300.xml" generated
python3 "$root/bench/gen-plan" --sub-kegiatan 40 --seed 2 -o "$tmp/gen-40.xml" || fail "gen-plan"
round_trip "$tmp/gen-40.xml" generated-2 --numbers plain
[ -z "$(findings "$tmp/gen-300.xml")" ] || fail "the generated plan is not clean"

# What export writes: UTF-8 with a byte order mark, the header, CRLF rows; the sample's first sub kegiatan.
"$naskah" export "$sample" -o "$tmp/sample.csv" >/dev/null 2>&1
[ "$(head -c 3 "$tmp/sample.csv" | od -An -tx1 | tr -d ' ')" = "efbbbf" ] || fail "no byte order mark"
[ "$(head -1 "$tmp/sample.csv" | tail -c +4)" = "$header"$'\r' ] || fail "the header: $(head -1 "$tmp/sample.csv")"
sed -n 2p "$tmp/sample.csv" | grep -q '^;Meningkatnya akuntabilitas Kinerja dan Keuangan;Persentase Capaian Kinerja Program Pada Sekretariat DPRD;100%;1;;Program Penunjang Urusan Pemerintahan Daerah Kabupaten/ Kota;.*;100%;28.584.558.694;1;;Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah;;1;;Penyusunan Dokumen Perencanaan Perangkat Daerah;Jumlah Dokumen Perencanaan yang disusun;2 Dokumen;40.206.350;Bagian Umum Dan Keuangan;;'$'\r''$' ||
  fail "the first row: $(sed -n 2p "$tmp/sample.csv")"
[ "$(wc -l <"$tmp/sample.csv")" -eq 52 ] || fail "expected the header and 51 rows: $(wc -l <"$tmp/sample.csv")"
"$naskah" export "$sample" -o "$tmp/plain.csv" --separator , --numbers plain >/dev/null 2>&1
grep -q ',"Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah",,1,,Penyusunan Dokumen Perencanaan Perangkat Daerah,Jumlah Dokumen Perencanaan yang disusun,2 Dokumen,40206350,' "$tmp/plain.csv" ||
  fail "--separator , --numbers plain: $(sed -n 2p "$tmp/plain.csv")"
# The former name export-csv writes a CSV by default: the plan's name, with .csv.
cp "$minimal" "$tmp/rkt-2025.xml"
(cd "$tmp" && "$naskah" export-csv rkt-2025.xml >out 2>&1) || fail "export-csv with the default name: $(cat "$tmp/out")"
[ -s "$tmp/rkt-2025.csv" ] || fail "export-csv rkt-2025.xml did not write rkt-2025.csv"
grep -qx "wrote rkt-2025.csv: the rencana of rkt-2025.xml in 9 rows of 23 columns, separated by ';'" "$tmp/out" ||
  fail "the report of export-csv: $(cat "$tmp/out")"

# A spreadsheet with bad cells: every one at its row and column, exit 1, the plan untouched, nothing left behind.
cp "$minimal" "$tmp/target.xml"; cp "$tmp/target.xml" "$tmp/target.orig"
printf '%s\r\n' "$header" \
  ';Sasaran A;Indeks;1.5 Dokumen;1;;Program A;;;;1;;Kegiatan A;;1;;Sub A;Jumlah;2 Dokumen;28,584,558,694;;;' \
  ';;;;;;Program B;;;;1;;Kegiatan B;;1;;Sub B;;;5.000;;;' \
  ';;;;;;;;;;;;;;2;;;Jumlah;1 Dokumen;;;;' >"$tmp/bad.csv"
"$naskah" import "$tmp/bad.csv" --into "$tmp/target.xml" >"$tmp/out" 2>"$tmp/err"; code=$?
[ $code -eq 1 ] || fail "bad cells: exit $code, expected 1"
cat >"$tmp/expected" <<EXPECTED
$tmp/bad.csv:2:4: error: Target Sasaran "1.5 Dokumen": write decimals with a comma (96,86) and dots only between thousands (1.250) [bad-value]
$tmp/bad.csv:2:20: error: Anggaran Sub Kegiatan "28,584,558,694": use dots between thousands (28.584.558.694), not commas [bad-amount]
$tmp/bad.csv:3:5: error: a new program starts on this row, but column "No Program" is empty; write its number [csv-structure]
$tmp/bad.csv:4:17: error: the sub kegiatan that starts on this row has no name: column "Sub Kegiatan" is empty [empty-name]
$tmp/bad.csv:4:20: error: sub kegiatan 0.1.2 "" has no anggaran; write it in column "Anggaran Sub Kegiatan" [bad-amount]
naskah import: nothing written: fix the errors of $tmp/bad.csv first
EXPECTED
diff "$tmp/expected" "$tmp/err" >/dev/null || fail "the errors of bad cells: $(diff "$tmp/expected" "$tmp/err")"
[ -s "$tmp/out" ] && fail "bad cells: something on standard output: $(cat "$tmp/out")"
cmp -s "$tmp/target.xml" "$tmp/target.orig" || fail "bad cells changed the plan"

# A bad header: the unknown column with its near miss, the missing one.
printf 'Sasaran;Progam;Kegiatan;Sub Kegiatan\n' >"$tmp/header.csv"
"$naskah" import "$tmp/header.csv" --into "$tmp/target.xml" >/dev/null 2>"$tmp/err"; code=$?
[ $code -eq 1 ] || fail "a bad header: exit $code, expected 1"
grep -qxF "$tmp/header.csv:1:1: error: the header has no \"Anggaran Sub Kegiatan\" column; docs/spreadsheets.md lists the columns [csv-header]" "$tmp/err" &&
  grep -qxF "$tmp/header.csv:1:2: error: unknown column \"Progam\"; did you mean \"Program\"? [csv-header]" "$tmp/err" ||
  fail "the errors of a bad header: $(cat "$tmp/err")"
[ "$(grep -c 'error:' "$tmp/err")" -eq 2 ] || fail "a bad header: expected 2 errors: $(cat "$tmp/err")"
# A spreadsheet saved in Windows-1252, and one that is not there.
printf 'Sasaran;Program;Kegiatan;Sub Kegiatan;Anggaran Sub Kegiatan\nS;P;K;Rapat \x96 DPRD;5\n' >"$tmp/cp1252.csv"
"$naskah" import "$tmp/cp1252.csv" --into "$tmp/target.xml" >/dev/null 2>"$tmp/err"; code=$?
[ $code -eq 1 ] || fail "Windows-1252: exit $code, expected 1"
grep -qF "$tmp/cp1252.csv:2:4: error: the file is not UTF-8 here; save the spreadsheet as \"CSV UTF-8\" (Excel)" "$tmp/err" ||
  fail "the Windows-1252 error: $(cat "$tmp/err")"
"$naskah" import "$tmp/none.csv" --into "$tmp/target.xml" >/dev/null 2>"$tmp/err"; code=$?
[ $code -eq 1 ] || fail "no spreadsheet: exit $code, expected 1"
grep -qF "$tmp/none.csv: error: cannot read the file: No such file or directory [io]" "$tmp/err" || fail "no spreadsheet: $(cat "$tmp/err")"
cmp -s "$tmp/target.xml" "$tmp/target.orig" || fail "a failed import changed the plan"

# Another output: not over an existing file without --force; with -o, the plan itself stays as it was.
"$naskah" export "$sample" -o "$tmp/good.csv" >/dev/null 2>&1
echo "<!-- mine -->" >"$tmp/exists.xml"
"$naskah" import "$tmp/good.csv" --into "$tmp/target.xml" -o "$tmp/exists.xml" >/dev/null 2>"$tmp/err"; code=$?
[ $code -eq 2 ] || fail "an existing output: exit $code, expected 2"
grep -qxF "naskah import: $tmp/exists.xml exists; it is not replaced without --force" "$tmp/err" || fail "existing output: $(cat "$tmp/err")"
[ "$(cat "$tmp/exists.xml")" = "<!-- mine -->" ] || fail "an existing output was replaced"
"$naskah" import "$tmp/good.csv" --into "$tmp/target.xml" -o "$tmp/exists.xml" --force >/dev/null 2>&1 || fail "--force"
cmp -s "$tmp/target.xml" "$tmp/target.orig" || fail "import -o changed the plan it read"
grep -q 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/ Kota' "$tmp/exists.xml" || fail "-o did not get the rencana"

# A plan with errors outside its rencana is refused; errors inside it are what gets replaced.
sed 's/nip="197603162008031001"/nip="1976031620080310"/' "$sample" >"$tmp/broken.xml"; cp "$tmp/broken.xml" "$tmp/broken.orig"
"$naskah" import "$tmp/good.csv" --into "$tmp/broken.xml" >/dev/null 2>"$tmp/err"; code=$?
[ $code -eq 1 ] || fail "errors outside the rencana: exit $code, expected 1"
grep -q "^$tmp/broken.xml:[0-9]*:[0-9]*: error: nip=\"1976031620080310\"" "$tmp/err" &&
  grep -qxF "naskah import: nothing written: fix the errors of $tmp/broken.xml outside its <rencana> first" "$tmp/err" ||
  fail "errors outside the rencana: $(cat "$tmp/err")"
cmp -s "$tmp/broken.xml" "$tmp/broken.orig" || fail "a plan with errors was changed"
sed 's/anggaran="40.206.350"/anggaran="40,206,350"/' "$sample" >"$tmp/bad-rencana.xml"
"$naskah" import "$tmp/good.csv" --into "$tmp/bad-rencana.xml" >/dev/null 2>"$tmp/err" || fail "errors only inside the rencana: $(cat "$tmp/err")"
"$naskah" check "$tmp/bad-rencana.xml" >/dev/null 2>&1 || fail "the replaced rencana still has errors"
printf '<rkt xmlns="urn:naskah:rkt:1">\n  <rencana>\n</rkt>\n' >"$tmp/malformed.xml"
"$naskah" import "$tmp/good.csv" --into "$tmp/malformed.xml" >/dev/null 2>"$tmp/err"; code=$?
[ $code -eq 1 ] || fail "a malformed plan: exit $code, expected 1"
grep -qF "$tmp/malformed.xml:3:1: error: </rkt> closes <rencana>" "$tmp/err" || fail "a malformed plan: $(cat "$tmp/err")"

# export refuses a plan with errors and writes nothing; bad options are usage errors.
"$naskah" export "$root/tests/data/invalid/amount-commas.xml" -o "$tmp/broken.csv" >/dev/null 2>"$tmp/err"; code=$?
[ $code -eq 1 ] || fail "export of a broken plan: exit $code, expected 1"
[ -e "$tmp/broken.csv" ] && fail "export of a broken plan wrote a file"
grep -q "nothing written: fix the errors of" "$tmp/err" || fail "export of a broken plan: $(cat "$tmp/err")"
"$naskah" export "$sample" --separator '|' -o "$tmp/x.csv" >/dev/null 2>&1; [ $? -eq 2 ] || fail "--separator | accepted"
"$naskah" export "$sample" --numbers roman -o "$tmp/x.csv" >/dev/null 2>&1; [ $? -eq 2 ] || fail "--numbers roman accepted"
"$naskah" import "$tmp/good.csv" >/dev/null 2>&1; [ $? -eq 2 ] || fail "import without a plan accepted"
"$naskah" import "$tmp/good.csv" --into "$tmp/target.xml" --instansi X >/dev/null 2>&1; [ $? -eq 2 ] || fail "--into with --instansi accepted"

# The documented start from a spreadsheet: init, then import --into, and the lambang added by hand; the plan
# builds.
(cd "$tmp" && "$naskah" init --tahun 2025 --instansi "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah" \
   --singkatan Bappelitbangda --daerah "Kabupaten Luwu Timur" --penandatangan "Ir. ANDI MAKKULAU, M.Si" \
   --jabatan "Kepala Bappelitbangda" --nip 197805122005011003 --pangkat "Pembina Utama Muda (IV/c)" --tempat Malili \
   --tanggal 2025-01-06 -o first.xml >out 2>&1) || fail "init of a first plan: $(cat "$tmp/out")"
"$naskah" export "$minimal" -o "$tmp/minimal.csv" >/dev/null 2>&1
"$naskah" import "$tmp/minimal.csv" --into "$tmp/first.xml" >"$tmp/out" 2>&1 || fail "import into the first plan: $(cat "$tmp/out")"
grep -qx "wrote $tmp/first.xml: the rencana of $tmp/minimal.csv: 2 sasaran, 3 program, 6 kegiatan, 9 sub kegiatan" "$tmp/out" ||
  fail "the report of import: $(head -1 "$tmp/out")"
[ "$(grep -c 'warning:' "$tmp/out")" -eq 1 ] && grep -q "warning: .*\[logo-missing\]" "$tmp/out" ||
  fail "the filled first plan has warnings besides the logo: $(cat "$tmp/out")"
sed -i 's|daerah="Kabupaten Luwu Timur"/>|daerah="Kabupaten Luwu Timur" logo="lambang.png"/>|' "$tmp/first.xml"
cp "$root/samples/lambang.png" "$tmp/"
"$naskah" check --strict "$tmp/first.xml" >/dev/null 2>&1 || fail "the filled first plan fails check --strict"
xmllint --noout --schema "$root/schema/naskah-rkt-1.xsd" "$tmp/first.xml" 2>"$tmp/err" || fail "the filled first plan is not valid: $(cat "$tmp/err")"
"$naskah" build "$tmp/first.xml" -o "$tmp/first.pdf" >/dev/null 2>"$tmp/err" || fail "build of the filled first plan: $(cat "$tmp/err")"
check_pdf "$tmp/first.pdf"
pdftotext -layout "$tmp/first.pdf" - 2>/dev/null | grep -q " 425.750.000" || fail "the annex lacks the imported sub kegiatan"
# In one step: import without --into makes the first plan itself.
(cd "$tmp" && "$naskah" import minimal.csv --tahun 2026 --instansi "Dinas Kesehatan" --daerah "Kota Palopo" >out 2>&1) ||
  fail "import into a new first plan: $(cat "$tmp/out")"
grep -qx "wrote rkt-2026.xml: the rencana of minimal.csv: 2 sasaran, 3 program, 6 kegiatan, 9 sub kegiatan" "$tmp/out" ||
  fail "the report of the one-step import: $(head -1 "$tmp/out")"
[ "$(grep -c '\[signatory-missing\]' "$tmp/out")" -eq 5 ] || fail "the one-step plan: expected 5 signatory-missing warnings: $(cat "$tmp/out")"

"$naskah" import --help | grep -q "^  naskah import lampiran-2025.csv --into rkt-2025.xml" || fail "import --help has no example"
"$naskah" export --help | grep -q "^  naskah export rkt-2024.xml -o lampiran.csv " || fail "export --help has no example"
"$naskah" --help | grep -q "^  import " && "$naskah" --help | grep -q "^  export " || fail "naskah --help does not list the commands"
# The former import-csv reads a CSV as import does.
cp "$minimal" "$tmp/former.xml"
"$naskah" import-csv "$tmp/good.csv" --into "$tmp/former.xml" >/dev/null 2>&1 || fail "import-csv, the former name"
cmp -s "$tmp/former.xml" "$tmp/exists.xml" || fail "import-csv gives another plan than import"
# A spreadsheet larger than naskah reads is refused from its size, before it is read, and named a spreadsheet.
truncate -s 65M "$tmp/huge.csv"
cp "$root/samples/rkt-2025-bappeda-luwu-timur.xml" "$tmp/huge-target.xml"
cp "$tmp/huge-target.xml" "$tmp/huge-before.xml"
"$naskah" import "$tmp/huge.csv" --into "$tmp/huge-target.xml" >"$tmp/out" 2>"$tmp/err"; code=$?
[ "$code" = 1 ] || fail "a 65 MB spreadsheet: exit $code, expected 1"
grep -qx "$tmp/huge.csv: error: the spreadsheet is larger than 64 MB, the largest naskah reads; split it by sasaran \[limit\]" "$tmp/err" ||
  fail "the message for a spreadsheet too large: $(cat "$tmp/err")"
cmp -s "$tmp/huge-target.xml" "$tmp/huge-before.xml" || fail "the plan was changed by a refused import"
rm -f "$tmp/huge.csv"

# A sheet as Excel saves it, through the command: "CSV UTF-8" with its byte order mark, CRLF, ';', a title row above
# the header with no separator of its own, non-breaking spaces between thousands and ",00" from cells formatted as
# Accounting, the "No" columns kept but left empty; and the same sheet saved as "Text (Tab delimited)".
nbsp=$'\xc2\xa0'
{
  printf '\xef\xbb\xbfRENCANA KINERJA TAHUNAN (RKT) BAPPEDA, TAHUN 2025\r\n'
  printf 'No;Sasaran;Indikator Sasaran;Target Sasaran;No Program;Program;Indikator Program;Target Program;No Kegiatan;Kegiatan;No Sub Kegiatan;Sub Kegiatan;Indikator Sub Kegiatan;Target Sub Kegiatan;Anggaran Sub Kegiatan\r\n'
  printf ';Meningkatnya kualitas perencanaan;Persentase dokumen tepat waktu;100%%;;Program Perencanaan;Persentase dokumen;100%%;;Penyusunan Perencanaan;;Penyusunan RKPD;Jumlah dokumen RKPD;1 Dokumen;425%s750%s000,00\r\n' "$nbsp" "$nbsp"
  printf ';;Persentase program selaras;97%%;;;;;;;;Koordinasi Musrenbang;Jumlah laporan;15 Laporan;" 612%s400%s000,00 "\r\n' "$nbsp" "$nbsp"
} >"$tmp/excel.csv"
tr ';' '\t' <"$tmp/excel.csv" >"$tmp/excel-tabs.csv"
for sheet in excel excel-tabs; do
  (cd "$tmp" && "$naskah" import "$sheet.csv" --tahun 2025 --instansi Bappeda --daerah "Kota Palopo" -o "$sheet.xml" \
     >"$sheet.out" 2>&1) || fail "$sheet.csv: $(cat "$tmp/$sheet.out")"
  grep -qx "wrote $sheet.xml: the rencana of $sheet.csv: 1 sasaran, 1 program, 1 kegiatan, 2 sub kegiatan" "$tmp/$sheet.out" ||
    fail "$sheet.csv: $(cat "$tmp/$sheet.out")"
  grep -q 'anggaran="425.750.000"' "$tmp/$sheet.xml" && grep -q 'anggaran="612.400.000"' "$tmp/$sheet.xml" &&
    grep -q '<subkegiatan nomor="2" nama="Koordinasi Musrenbang"' "$tmp/$sheet.xml" || fail "$sheet.csv: the amounts or numbers read"
done
cmp -s "$tmp/excel.xml" "$tmp/excel-tabs.xml" || fail "the tab-separated sheet gives another plan"

# A row deleted from the sheet takes every cell that stood on it: import --into says which indikator and items the
# plan loses with it.
"$naskah" export "$minimal" -o "$tmp/full.csv" >/dev/null 2>&1
grep -v "Koordinasi Musyawarah" "$tmp/full.csv" >"$tmp/short.csv"
cp "$minimal" "$tmp/shrinks.xml"
"$naskah" import "$tmp/short.csv" --into "$tmp/shrinks.xml" >"$tmp/out" 2>&1 || fail "import of the short sheet: $(cat "$tmp/out")"
cat >"$tmp/expected" <<EXPECTED
wrote $tmp/shrinks.xml: the rencana of $tmp/short.csv: 2 sasaran, 3 program, 6 kegiatan, 8 sub kegiatan
$tmp/shrinks.xml had 2 items that $tmp/short.csv has not; they are removed:
  indikator "Persentase program RKPD yang selaras dengan RPJMD" of sasaran 1
  sub kegiatan 1.1.2 "Koordinasi Musyawarah Perencanaan Pembangunan (Musrenbang)"
EXPECTED
head -4 "$tmp/out" | diff "$tmp/expected" - >"$tmp/d" || fail "what the import removed: $(cat "$tmp/d")"
LANG=id_ID.UTF-8 "$naskah" import "$tmp/full.csv" --into "$tmp/shrinks.xml" >"$tmp/out" 2>&1
grep -q "yang tidak ada dalam" "$tmp/out" && fail "a sheet that removes nothing: $(cat "$tmp/out")"
LANG=id_ID.UTF-8 "$naskah" import "$tmp/short.csv" --into "$tmp/shrinks.xml" >"$tmp/out" 2>&1
grep -qx "  indikator \"Persentase program RKPD yang selaras dengan RPJMD\" pada sasaran 1" "$tmp/out" ||
  fail "what the import removed, in Indonesian: $(cat "$tmp/out")"

leftover=$(ls -A "$tmp" | grep '^\.') && fail "temporary files left behind: $leftover"

finish
