#!/usr/bin/env bash
# naskah export and import with Excel workbooks (.xlsx): a plan's rencana out to a workbook and back (the samples and
# generated plans); the workbook as another program reads it, cell by cell (openpyxl, Debian's python3-openpyxl);
# workbooks another program wrote — typed amounts, a fraction, numbers stored as text, a formula without its value,
# hidden rows, several sheets — with every error at its sheet and cell and nothing written; and hostile workbooks
# refused with nothing written. (LibreOffice reads and writes workbooks in xlsx_libreoffice_cli.sh.)
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"
minimal="$root/samples/rkt-2025-bappeda-luwu-timur.xml"
cd "$tmp" || exit 1
"$openpyxl_python" -c 'import openpyxl' 2>/dev/null || { fail "python3-openpyxl is not installed (bash .ci/setup installs it)"; finish; exit; }

# A plan → export (a workbook) → import --into a copy → the same rencana: the rebuilt plan's CSV is the same bytes, and
# the findings of naskah check are the same.
findings() { "$naskah" check "$1" 2>/dev/null | sed -E 's/^[^:]*:[0-9]+:[0-9]+: //' | sort; }
round_trip() {  # PLAN NAME
  local plan=$1 name=$2
  "$naskah" export "$plan" -o "$name.xlsx" >out 2>&1 || { fail "$name: export: $(cat out)"; return; }
  cp "$plan" "$name.xml"
  "$naskah" import "$name.xlsx" --into "$name.xml" >out 2>err || { fail "$name: import: $(cat out err)"; return; }
  [ -s err ] && fail "$name: import printed on standard error: $(cat err)"
  grep -q "^wrote $name.xml: the rencana of $name.xlsx: " out || fail "$name: the report: $(head -1 out)"
  "$naskah" export "$plan" -o "$name-before.csv" --numbers plain >/dev/null 2>&1
  "$naskah" export "$name.xml" -o "$name-after.csv" --numbers plain >/dev/null 2>&1
  cmp -s "$name-before.csv" "$name-after.csv" ||
    fail "$name: the rebuilt rencana differs: $(diff <(tr ';' '\n' <"$name-before.csv") <(tr ';' '\n' <"$name-after.csv") | head -5)"
  [ "$(findings "$plan")" = "$(findings "$name.xml")" ] || fail "$name: other findings: $(diff <(findings "$plan") <(findings "$name.xml"))"
}
round_trip "$sample" sample
round_trip "$minimal" minimal
python3 "$root/bench/gen-plan" --sub-kegiatan 300 --seed 7 -o gen-300.xml || fail "gen-plan"
round_trip gen-300.xml generated
python3 "$root/bench/gen-plan" --sub-kegiatan 40 --seed 2 -o gen-40.xml || fail "gen-plan"
round_trip gen-40.xml generated-2

# export writes a workbook by default, named after the plan; the same bytes each time.
cp "$minimal" rkt-2025.xml
"$naskah" export rkt-2025.xml >out 2>&1 || fail "export with the default name: $(cat out)"
grep -qx "wrote rkt-2025.xlsx: the rencana of rkt-2025.xml in 9 rows of 23 columns, on the sheet \"Lampiran\"" out ||
  fail "the report of export: $(cat out)"
sleep 1
"$naskah" export rkt-2025.xml -o again.xlsx >/dev/null 2>&1
cmp -s rkt-2025.xlsx again.xlsx || fail "two exports of one plan differ"

# The workbook as openpyxl reads it, cell by cell, against the CSV export of the same plan: the printed annex's
# headings, frozen; amounts and numbers as numbers (#,##0 and 0), every other cell the CSV's text; each item's cells
# merged over its rows (every covered cell empty in the CSV), no other merge; columns widened to their text.
"$naskah" export "$sample" -o sample.xlsx >/dev/null 2>&1
"$naskah" export "$sample" -o sample-plain.csv --numbers plain --separator , >/dev/null 2>&1
"$openpyxl_python" - sample.xlsx sample-plain.csv <<'PY' >said 2>&1 || fail "the workbook read by openpyxl: $(cat said)"
import csv, sys
import openpyxl
book = openpyxl.load_workbook(sys.argv[1])
assert book.sheetnames == ["Lampiran"], book.sheetnames
sheet = book["Lampiran"]
rows = list(csv.reader(open(sys.argv[2], encoding="utf-8-sig")))
headings = ["NO", "SASARAN RENSTRA", "INDIKATOR KINERJA", "TARGET", "NO PROGRAM", "KODE PROGRAM", "PROGRAM",
            "INDIKATOR PROGRAM", "TARGET", "ANGGARAN (Rp)", "NO KEGIATAN", "KODE KEGIATAN", "KEGIATAN", "ANGGARAN (Rp)",
            "NO SUB KEGIATAN", "KODE SUB KEGIATAN", "SUB KEGIATAN", "INDIKATOR SUB KEGIATAN", "TARGET", "ANGGARAN (Rp)",
            "KET PROGRAM", "KET KEGIATAN", "KET SUB KEGIATAN"]
assert [c.value for c in sheet[1]] == headings, [c.value for c in sheet[1]]
assert sheet.freeze_panes == "A2", sheet.freeze_panes
# Printed as the annex is: F4 (Excel's Folio, paper 14), landscape.
assert sheet.page_setup.paperSize in (14, "14") and sheet.page_setup.orientation == "landscape", sheet.page_setup
assert sheet.max_row == len(rows) and sheet.max_column == 23, (sheet.max_row, len(rows), sheet.max_column)
numbers = {c for c, name in enumerate(rows[0]) if name.startswith("No ") or name.startswith("Anggaran ")}
for r, row in enumerate(rows[1:], start=2):
    for c, expected in enumerate(row):
        cell = sheet.cell(row=r, column=c + 1)
        if c in numbers and expected:
            assert isinstance(cell.value, int) and cell.value == int(expected), (cell.coordinate, cell.value, expected)
            want = "#,##0" if rows[0][c].startswith("Anggaran ") else "0"
            assert cell.number_format == want, (cell.coordinate, cell.number_format)
        else:
            assert (cell.value or "") == expected, (cell.coordinate, cell.value, expected)
merged = list(sheet.merged_cells.ranges)
assert merged, "no merged cells"
for cells in merged:
    assert cells.min_col == cells.max_col and cells.max_row > cells.min_row, str(cells)
    for r in range(cells.min_row + 1, cells.max_row + 1):
        assert rows[r - 1][cells.min_col - 1] == "", (str(cells), r)
# The first sasaran and its program span rows 2 to 33, its first kegiatan (four sub kegiatan) rows 2 to 5.
spans = {str(m) for m in merged}
assert "B2:B33" in spans and "G2:G33" in spans and "M2:M5" in spans, sorted(spans)[:10]
widths = {k: d.width for k, d in sheet.column_dimensions.items()}
assert widths["B"] > widths["A"] > 4 and widths["T"] >= len("40.206.350"), widths
PY

# A workbook as another program writes it (openpyxl): amounts typed as numbers, one stored as text with dots, a
# percentage and a date typed as such; a title row above the header; a sheet named with a space.
"$openpyxl_python" - <<'PY' || fail "openpyxl could not write the workbooks"
import datetime
import openpyxl
def annex(path, fill):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Lampiran RKT"
    sheet.append(["RENCANA KINERJA TAHUNAN (RKT) 2025"])
    sheet.append(["Sasaran", "Indikator Sasaran", "Target Sasaran", "Program", "Kegiatan", "Sub Kegiatan",
                  "Indikator Sub Kegiatan", "Target Sub Kegiatan", "Anggaran Sub Kegiatan"])
    fill(sheet)
    book.save(path)
def good(sheet):
    sheet.append(["Meningkatnya kualitas perencanaan", "Persentase dokumen tepat waktu", 0.97, "Program Perencanaan",
                  "Penyusunan Perencanaan", "Penyusunan RKPD", "Dokumen RKPD ditetapkan", datetime.date(2025, 5, 31),
                  425750000])
    sheet["C3"].number_format = "0%"
    sheet["I3"].number_format = "#,##0"
    sheet.append([None, None, None, None, None, "Koordinasi Musrenbang", "Jumlah laporan", "15 Laporan", "612.400.000"])
    sheet.merge_cells("A3:A4")
annex("typed.xlsx", good)
def bad(sheet):
    good(sheet)
    sheet["I4"] = 612400000.5           # a fraction in an amount
    sheet["F5"] = "Evaluasi RKPD"
    sheet["I5"] = "=I3/3"               # a formula openpyxl saves without its value
annex("bad.xlsx", bad)
def hidden(sheet):
    good(sheet)
    sheet.row_dimensions[4].hidden = True
annex("hidden.xlsx", hidden)
PY
"$naskah" import typed.xlsx --tahun 2025 --instansi Bappeda --daerah "Kota Palopo" -o typed.xml >out 2>err ||
  fail "a workbook of typed cells: $(cat out err)"
grep -q '<indikator nama="Persentase dokumen tepat waktu" target="97%"/>' typed.xml &&
  grep -q '<indikator nama="Dokumen RKPD ditetapkan" target="31 Mei 2025"/>' typed.xml &&
  grep -q 'nama="Penyusunan RKPD" anggaran="425.750.000"' typed.xml &&
  grep -q 'nama="Koordinasi Musrenbang" anggaran="612.400.000"' typed.xml || fail "the typed cells: $(grep -A12 '<rencana' typed.xml)"
cp typed.xml target.xml && cp typed.xml target.orig
"$naskah" import bad.xlsx --into target.xml >out 2>err; code=$?
[ $code -eq 1 ] || fail "a workbook with bad cells: exit $code, expected 1"
cat >expected <<EXPECTED
bad.xlsx:'Lampiran RKT'!I5: error: the cell's formula =I3/3 has no computed value saved in the file; open the workbook in Excel or LibreOffice Calc and save it again, so that its values are saved too, or write the value itself [cell-value]
naskah import: nothing written: fix the errors of bad.xlsx first
EXPECTED
diff expected err >/dev/null || fail "a formula without its value: $(diff expected err)"
"$openpyxl_python" -c 'import openpyxl; b = openpyxl.load_workbook("bad.xlsx"); b.active["I5"] = 5; b.save("bad.xlsx")'
"$naskah" import bad.xlsx --into target.xml >out 2>err; code=$?
[ $code -eq 1 ] || fail "a fraction in an amount: exit $code, expected 1"
cat >expected <<EXPECTED
bad.xlsx:'Lampiran RKT'!I4: error: Anggaran Sub Kegiatan "612400000,5": whole Rupiah have no decimals; write 612400000 [bad-amount]
naskah import: nothing written: fix the errors of bad.xlsx first
EXPECTED
diff expected err >/dev/null || fail "a fraction in an amount: $(diff expected err)"
[ -s out ] && fail "bad cells: something on standard output: $(cat out)"
cmp -s target.xml target.orig || fail "a workbook with bad cells changed the plan"
# Hidden rows are read, with a warning, and the import goes on.
"$naskah" import hidden.xlsx --into target.xml >out 2>err || fail "a workbook with a hidden row: $(cat err)"
grep -qx "hidden.xlsx:'Lampiran RKT'!F4: warning: row 4 is hidden in the workbook; naskah reads it as any other row: delete it if it is no part of the plan \[hidden-cells\]" err ||
  fail "the hidden row's warning: $(cat err)"
grep -q 'nama="Koordinasi Musrenbang"' target.xml || fail "the hidden row was not read"

# Sheets: the first shown, or --sheet by name or place; a CSV has none to choose.
"$openpyxl_python" - <<'PY' || fail "openpyxl could not write sheets.xlsx"
import openpyxl
book = openpyxl.load_workbook("typed.xlsx")
notes = book.create_sheet("Petunjuk", 0)
notes["A1"] = "Isi lembar Lampiran RKT"
notes.sheet_state = "hidden"
book.create_sheet("Rekap")["A1"] = "ringkasan"
book.save("sheets.xlsx")
PY
"$naskah" import sheets.xlsx --into target.xml >out 2>err || fail "the first sheet shown: $(cat err)"
"$naskah" import sheets.xlsx --sheet "lampiran rkt" --into target.xml >/dev/null 2>&1 || fail "--sheet by name"
"$naskah" import sheets.xlsx --sheet 2 --into target.xml >/dev/null 2>&1 || fail "--sheet by place"
cp target.xml target.orig
"$naskah" import sheets.xlsx --sheet Anggaran --into target.xml >out 2>err; code=$?
[ $code -eq 1 ] || fail "a sheet that is not there: exit $code, expected 1"
grep -qxF 'sheets.xlsx: error: the workbook has no sheet "Anggaran"; its sheets: "Petunjuk", "Lampiran RKT", "Rekap" [sheet]' err ||
  fail "a sheet that is not there: $(cat err)"
"$naskah" import sheets.xlsx --sheet 3 --into target.xml >/dev/null 2>err && fail "the sheet Rekap read as an annex"
grep -q "^sheets.xlsx:Rekap!A1: error: .*\[csv-header\]" err || fail "the sheet Rekap: $(cat err)"
"$naskah" export "$minimal" -o annex.csv >/dev/null 2>&1
"$naskah" import annex.csv --sheet 1 --into target.xml >/dev/null 2>err; code=$?
[ $code -eq 1 ] && grep -qxF "annex.csv: error: the file is CSV, which has no sheets to choose from; --sheet is for a workbook (.xlsx) [sheet]" err ||
  fail "--sheet with a CSV: exit $code, $(cat err)"
cmp -s target.xml target.orig || fail "a failed import changed the plan"
# A workbook is known by its content: saved with another name, it is still read as one.
cp typed.xlsx typed-named.csv
"$naskah" import typed-named.csv --into target.xml >/dev/null 2>&1 || fail "a workbook named .csv"

# Hostile and foreign files: refused at the file, exit 1, the plan as it was, nothing left behind.
"$openpyxl_python" - <<'PY' || fail "could not make the hostile files"
import shutil, struct, zipfile
# A zip bomb: a sheet that unpacks to 65 MB from some 64 KB.
with zipfile.ZipFile("typed.xlsx") as source, zipfile.ZipFile("bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as bomb:
    for item in source.infolist():
        data = source.read(item.filename)
        if item.filename == "xl/worksheets/sheet1.xml":
            data = data.replace(b"<sheetData>", b"<sheetData>" + b" " * (65 * 1024 * 1024))
        bomb.writestr(item.filename, data)
# The same bomb with its directory declaring 1 KB.
data = bytearray(open("bomb.xlsx", "rb").read())
at = data.find(b"PK\x01\x02")
while at >= 0:
    length = struct.unpack_from("<H", data, at + 28)[0]
    if data[at + 46:at + 46 + length] == b"xl/worksheets/sheet1.xml":
        struct.pack_into("<I", data, at + 24, 1024)
        struct.pack_into("<I", data, struct.unpack_from("<I", data, at + 42)[0] + 22, 1024)
    at = data.find(b"PK\x01\x02", at + 4)
open("liar.xlsx", "wb").write(data)
open("old.xls", "wb").write(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 4096)
with zipfile.ZipFile("calc.ods", "w") as ods:
    ods.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    ods.writestr("content.xml", "<office:document-content/>")
open("cut.xlsx", "wb").write(open("typed.xlsx", "rb").read()[:2000])
PY
[ "$(stat -c %s bomb.xlsx)" -lt 1000000 ] || fail "the zip bomb is not small: $(stat -c %s bomb.xlsx)"
refused() {  # FILE "EXPECTED ERROR"
  "$naskah" import "$1" --into target.xml >out 2>err; local code=$?
  [ $code -eq 1 ] || fail "$1: exit $code, expected 1"
  grep -qxF "$2" err || fail "$1: $(cat err)"
  cmp -s target.xml target.orig || fail "$1 changed the plan"
}
bomb="error: the workbook's part xl/worksheets/sheet1.xml unpacks to more than 64 MB, the most naskah reads; the file is damaged or made to fill the memory (a zip bomb) [limit]"
refused bomb.xlsx "bomb.xlsx: $bomb"
refused liar.xlsx "liar.xlsx: $bomb"
refused old.xls 'old.xls: error: the file is an Excel 97-2003 workbook (.xls), or a workbook protected by a password; save it as "Excel Workbook (.xlsx)", without a password [workbook]'
refused calc.ods 'calc.ods: error: the file is an OpenDocument spreadsheet (.ods); save it as "Excel 2007-365 (.xlsx)" or as CSV [workbook]'
"$naskah" import cut.xlsx --into target.xml >/dev/null 2>err
grep -q "^cut.xlsx: error: the workbook is damaged: its zip archive cannot be read (libzip: .*) \[workbook\]$" err ||
  fail "a workbook cut short: $(cat err)"
leftover=$(ls -A | grep '^\.') && fail "temporary files left behind: $leftover"

finish
