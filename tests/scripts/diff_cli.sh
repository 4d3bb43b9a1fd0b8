#!/usr/bin/env bash
# naskah diff end to end: the sample against a revision (two budgets changed, one sub kegiatan added, one removed)
# in text and JSON, with the programs' totals; exit 0 for no difference, 1 for differences, 2 for usage.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"

python3 - "$sample" "$tmp/revised.xml" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
def replace(old, new):
    global text
    assert old in text, old
    text = text.replace(old, new, 1)
replace('anggaran="40.206.350"', 'anggaran="45.000.000"')
replace('anggaran="3.448.831.569"', 'anggaran="3.500.000.000"')
replace('          <subkegiatan nomor="4" nama="Evaluasi Kinerja Perangkat Daerah" anggaran="11.559.000">\n'
        '            <indikator nama="Jumlah Laporan Evaluasi Kinerja Pelayanan Perangkat Daerah yang disusun"\n'
        '                       target="10 Laporan"/>\n'
        '          </subkegiatan>\n', '')
replace('<subkegiatan nomor="1" nama="Penatausahaan Barang Milik Daerah pada SKPD"',
        '<subkegiatan nomor="2" nama="Pengamanan Barang Milik Daerah SKPD" anggaran="15.000.000">'
        '<indikator nama="Jumlah Laporan" target="1 Laporan"/></subkegiatan>\n'
        '          <subkegiatan nomor="1" nama="Penatausahaan Barang Milik Daerah pada SKPD"')
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY

"$naskah" diff "$sample" "$tmp/revised.xml" >"$tmp/out" 2>"$tmp/err"
status=$?
[ "$status" = 1 ] || fail "exit $status for two different plans, expected 1: $(cat "$tmp/err")"
cat >"$tmp/expected" <<'TXT'
changed  sub kegiatan 1.1.1 "Penyusunan Dokumen Perencanaan Perangkat Daerah": anggaran Rp 40.206.350 → Rp 45.000.000 (+Rp 4.793.650)
removed  sub kegiatan 1.1.4 "Evaluasi Kinerja Perangkat Daerah": anggaran Rp 11.559.000
changed  sub kegiatan 1.2.1 "Penyediaan Gaji dan Tunjangan ASN": anggaran Rp 3.448.831.569 → Rp 3.500.000.000 (+Rp 51.168.431)
added    sub kegiatan 1.3.2 "Pengamanan Barang Milik Daerah SKPD": anggaran Rp 15.000.000

program 1 "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/ Kota": Rp 28.584.558.694 → Rp 28.643.961.775 (+Rp 59.403.081)
program 2 "Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD": Rp 16.487.571.661
total: Rp 45.072.130.355 → Rp 45.131.533.436 (+Rp 59.403.081)
4 changes
TXT
diff -u "$tmp/expected" "$tmp/out" >"$tmp/d" || fail "the text report: $(cat "$tmp/d")"

"$naskah" diff --format json "$sample" "$tmp/revised.xml" >"$tmp/json"
python3 - "$tmp/json" <<'PY' || fail "the JSON report"
import json, sys
d = json.load(open(sys.argv[1]))
kinds = [(c["kind"], c["item"]) for c in d["changes"]]
assert kinds == [("changed", "sub kegiatan 1.1.1"), ("removed", "sub kegiatan 1.1.4"),
                 ("changed", "sub kegiatan 1.2.1"), ("added", "sub kegiatan 1.3.2")], kinds
assert d["changes"][0]["anggaran_before"] == 40206350 and d["changes"][0]["anggaran_after"] == 45000000
assert d["total"] == {"anggaran_before": 45072130355, "anggaran_after": 45131533436, "difference": 59403081}, d["total"]
assert d["programs"][0]["anggaran_after"] == 28643961775
PY

# -o: the same changes as a landscape table in the annex's look, in Indonesian, dated and signed as the RKT is.
"$naskah" diff -o "$tmp/changes.pdf" "$sample" "$tmp/revised.xml" >/dev/null 2>"$tmp/err"
[ $? = 1 ] || fail "diff -o: $(cat "$tmp/err")"
check_pdf "$tmp/changes.pdf"
pdfinfo "$tmp/changes.pdf" | awk '/^Page size:/ {exit !($3 > $5)}' || fail "the changes PDF is not landscape"
pdftotext -layout "$tmp/changes.pdf" "$tmp/changes.txt"
grep -q "PERUBAHAN RENCANA KINERJA TAHUNAN (RKT)" "$tmp/changes.txt" || fail "the changes PDF has no title"
grep -Eq "sub kegiatan 1\.1\.4 .*Dihapus +11\.559\.000 +-11\.559\.000" "$tmp/changes.txt" || fail "the removed row"
grep -Eq "sub kegiatan 1\.3\.2 .*Ditambah +15\.000\.000 +\+15\.000\.000" "$tmp/changes.txt" || fail "the added row"
# Both programs state their anggaran, and the revision changes neither: each prints as stated, marked where its sub
# kegiatan add up to another, and TOTAL adds up the figures printed above it.
grep -Eq "JUMLAH Program Penunjang Urusan Pemerintahan Daerah Kabupaten/ Kota +28\.584\.558\.694 +28\.584\.558\.694 \*\) +0$" \
  "$tmp/changes.txt" || fail "program 1's row: $(grep "JUMLAH Program P" "$tmp/changes.txt")"
grep -Eq "JUMLAH Program Dukungan .* +17\.903\.779\.061 \*\*\) +17\.903\.779\.061 \*\*\) +0$" "$tmp/changes.txt" ||
  fail "program 2's row: $(grep "JUMLAH Program D" "$tmp/changes.txt")"
grep -Eq "TOTAL +46\.488\.337\.755 +46\.488\.337\.755 +0$" "$tmp/changes.txt" || fail "the total row: $(grep TOTAL "$tmp/changes.txt")"
pdftotext "$tmp/changes.pdf" - | tr '\n' ' ' | tr -s ' ' >"$tmp/changes.flat"
grep -q "\*) Anggaran program 1 (Program Penunjang Urusan Pemerintahan Daerah Kabupaten/ Kota) sesudah perubahan tertulis dalam rencana Rp 28.584.558.694, sedangkan jumlah anggaran sub kegiatannya Rp 28.643.961.775; selisih Rp 59.403.081." \
  "$tmp/changes.flat" || fail "program 1's note: $(cat "$tmp/changes.flat")"
grep -q "\*\*) Anggaran program 2 (Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD) sebelum dan sesudah perubahan tertulis dalam rencana Rp 17.903.779.061" \
  "$tmp/changes.flat" || fail "program 2's note"
# The date and the signatory of the new plan, under the table.
grep -q "Malili, 02 Januari 2024 SEKRETARIS DPRD KABUPATEN LUWU TIMUR ASWAN AZIS, S.Pi, M.Si NIP. 19760316 200803 1 001" \
  "$tmp/changes.flat" || fail "the date and signature: $(cat "$tmp/changes.flat")"
# Not a word of the messages' English: the reader is checked first on text that has some.
python3 "$root/tests/scripts/english_words.py" --self-test "$root/po/id.po" || fail "english_words.py does not find English"
python3 "$root/tests/scripts/english_words.py" "$root/po/id.po" "$tmp/changes.flat" || fail "English in the changes PDF"

"$naskah" diff "$sample" "$sample" >"$tmp/same"
[ $? = 0 ] || fail "a plan against itself is not exit 0"
grep -q "^0 changes$" "$tmp/same" || fail "a plan against itself: $(cat "$tmp/same")"
"$naskah" diff "$sample" >/dev/null 2>&1
[ $? = 2 ] || fail "one plan is a usage error"

# A revision that loses every program and kegiatan code: each is a change, in text and in JSON.
python3 - "$root/samples/rkt-2025-bappeda-luwu-timur.xml" "$tmp/coded.xml" "$tmp/uncoded.xml" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
program = kegiatan = 0
def code(match):
    global program, kegiatan
    if match.group(1) == "program":
        program += 1
        kegiatan = 0
        return f'<program kode="5.01.{program:02}"'
    kegiatan += 1
    return f'<kegiatan kode="5.01.{program:02}.2.{kegiatan:02}"'
coded = re.sub(r"<(program|kegiatan)(?= )", code, text)
open(sys.argv[2], "w", encoding="utf-8").write(coded)
open(sys.argv[3], "w", encoding="utf-8").write(re.sub(r' kode="[^"]*"', "", coded))
PY
"$naskah" check --strict "$tmp/coded.xml" >/dev/null 2>&1 || fail "the coded plan is not clean: $("$naskah" check "$tmp/coded.xml" 2>&1)"
"$naskah" diff "$tmp/coded.xml" "$tmp/uncoded.xml" >"$tmp/out" 2>"$tmp/err"
[ $? = 1 ] || fail "losing every code is no difference: $(cat "$tmp/out" "$tmp/err")"
cat >"$tmp/expected" <<'TXT'
changed  program 1 "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah": kode "5.01.01" → no kode
changed  kegiatan 1.1 "Penyusunan Perencanaan dan Pendanaan": kode "5.01.01.2.01" → no kode
changed  kegiatan 1.2 "Pengendalian, Evaluasi dan Pelaporan Pembangunan Daerah": kode "5.01.01.2.02" → no kode
TXT
head -3 "$tmp/out" | diff -u "$tmp/expected" - >"$tmp/d" || fail "the lost codes in text: $(cat "$tmp/d")"
programs=$(grep -c "<program " "$tmp/coded.xml")
kegiatan=$(grep -c "<kegiatan " "$tmp/coded.xml")
[ "$(grep -c ': kode "[0-9.]*" → no kode$' "$tmp/out")" = $((programs + kegiatan)) ] ||
  fail "not every lost code is reported ($programs program, $kegiatan kegiatan): $(cat "$tmp/out")"
"$naskah" diff --format=json "$tmp/coded.xml" "$tmp/uncoded.xml" >"$tmp/json"
python3 - "$tmp/json" "$((programs + kegiatan))" <<'PY' || fail "the lost codes in JSON"
import json, sys
d = json.load(open(sys.argv[1]))
codes = [c for c in d["changes"] if c["field"] == "kode"]
assert len(codes) == int(sys.argv[2]) == len(d["changes"]), d["changes"]
assert codes[0] == {**codes[0], "kind": "changed", "item": "program 1", "before": "5.01.01", "after": ""}, codes[0]
assert all(c["old_line"] > 0 and c["new_line"] > 0 for c in codes)
PY
"$naskah" diff "$tmp/uncoded.xml" "$tmp/coded.xml" | head -1 | grep -qx 'changed  program 1 "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah": no kode → kode "5.01.01"' ||
  fail "codes given"
sed 's/kode="5.01.01.2.02"/kode="5.01.01.2.03"/' "$tmp/coded.xml" >"$tmp/recoded.xml"
"$naskah" diff "$tmp/coded.xml" "$tmp/recoded.xml" | head -1 |
  grep -qx 'changed  kegiatan 1.2 "Pengendalian, Evaluasi dan Pelaporan Pembangunan Daerah": kode "5.01.01.2.02" → "5.01.01.2.03"' ||
  fail "a code changed: $("$naskah" diff "$tmp/coded.xml" "$tmp/recoded.xml")"

# The PDF of a revision that changes a code and an indikator's target: the KODE of each item, the indikator named in
# Indonesian, the date and signatory of the new plan, no English.
sed -e 's/kode="5.01.01.2.02"/kode="5.01.01.2.03"/' \
    -e 's/nama="Nilai SAKIP perangkat daerah" target="77"/nama="Nilai SAKIP perangkat daerah" target="80"/' \
    "$tmp/coded.xml" >"$tmp/revised-coded.xml"
"$naskah" diff -o "$tmp/coded.pdf" "$tmp/coded.xml" "$tmp/revised-coded.xml" >/dev/null 2>"$tmp/err"
[ $? = 1 ] || fail "diff -o of the coded plans: $(cat "$tmp/err")"
check_pdf "$tmp/coded.pdf"
pdftotext -layout "$tmp/coded.pdf" "$tmp/coded.txt"
grep -Eq "^ *[0-9]+ +5\.01\.01\.2\.03 +kegiatan 1\.2 +Pengendalian, Evaluasi dan Pelaporan Pembangunan Daerah +Diubah: kode +5\.01\.01\.2\.02 +5\.01\.01\.2\.03" \
  "$tmp/coded.txt" || fail "the changed code's row: $(cat "$tmp/coded.txt")"
grep -Eq "indikator sasaran [0-9]+ +Nilai SAKIP perangkat daerah +Diubah: target +77 +80" "$tmp/coded.txt" ||
  fail "the indikator's row: $(grep -i sakip "$tmp/coded.txt")"
grep -q "JUMLAH 5.01.01 Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah" "$tmp/coded.txt" ||
  fail "the program's sum row with its code: $(grep JUMLAH "$tmp/coded.txt")"
pdftotext "$tmp/coded.pdf" - | tr '\n' ' ' | tr -s ' ' >"$tmp/coded.flat"
grep -q "Malili, 06 Januari 2025" "$tmp/coded.flat" || fail "the new plan's date"
grep -q "Ir. ANDI MAKKULAU, M.Si" "$tmp/coded.flat" || fail "the new plan's signatory"
python3 "$root/tests/scripts/english_words.py" "$root/po/id.po" "$tmp/coded.flat" || fail "English in the coded changes PDF"

finish
