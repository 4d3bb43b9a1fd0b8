#!/usr/bin/env bash
# Workbooks with LibreOffice Calc (headless soffice, Debian's libreoffice-calc-nogui), one run of it each way, as it is
# slow to start: a workbook LibreOffice saves — merged cells, an amount and a percentage formatted as numbers, a
# formula and its value — is read by naskah import; naskah export's workbook is opened by LibreOffice and saved again
# (read back by naskah to the same rencana), and shown as LibreOffice shows it in Indonesian (as CSV): the same cells
# as naskah's own CSV, amounts as 28.584.558.694. soffice runs with a profile of the test's own.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"
cd "$tmp" || exit 1
command -v soffice >/dev/null || { fail "soffice is not installed (bash .ci/setup installs libreoffice-calc-nogui)"; finish; exit; }
# A private profile, in Indonesian: LibreOffice shows numbers as the locale writes them.
mkdir -p profile/user
cat >profile/user/registrymodifications.xcu <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>id-ID</value></prop></item>
</oor:items>
XCU
soffice_run() { soffice "-env:UserInstallation=file://$tmp/profile" --headless "$@" >soffice.log 2>&1; }

# A sheet as a planner keeps it in Calc (a flat OpenDocument file, made here): the sasaran, program and kegiatan
# merged over two rows, a target formatted 0.00%, amounts formatted #,##0, the second amount a formula.
cat >planner.fods <<'FODS'
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
  xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.3"
  office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:number-style style:name="N3"><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
  <number:percentage-style style:name="N10"><number:number number:decimal-places="2" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
  <style:style style:name="amount" style:family="table-cell" style:data-style-name="N3"/>
  <style:style style:name="percent" style:family="table-cell" style:data-style-name="N10"/>
 </office:automatic-styles>
 <office:body><office:spreadsheet><table:table table:name="Lampiran RKT">
  <table:table-row>
   <table:table-cell office:value-type="string"><text:p>SASARAN RENSTRA</text:p></table:table-cell>
   <table:table-cell office:value-type="string"><text:p>INDIKATOR KINERJA</text:p></table:table-cell>
   <table:table-cell office:value-type="string"><text:p>TARGET</text:p></table:table-cell>
   <table:table-cell office:value-type="string"><text:p>PROGRAM</text:p></table:table-cell>
   <table:table-cell office:value-type="string"><text:p>KEGIATAN</text:p></table:table-cell>
   <table:table-cell office:value-type="string"><text:p>SUB KEGIATAN</text:p></table:table-cell>
   <table:table-cell office:value-type="string"><text:p>ANGGARAN (Rp)</text:p></table:table-cell>
  </table:table-row>
  <table:table-row>
   <table:table-cell table:number-rows-spanned="2" office:value-type="string"><text:p>Meningkatnya kualitas perencanaan</text:p></table:table-cell>
   <table:table-cell office:value-type="string"><text:p>Persentase dokumen tepat waktu</text:p></table:table-cell>
   <table:table-cell table:style-name="percent" office:value-type="percentage" office:value="0.9686"><text:p>96,86%</text:p></table:table-cell>
   <table:table-cell table:number-rows-spanned="2" office:value-type="string"><text:p>Program Perencanaan</text:p></table:table-cell>
   <table:table-cell table:number-rows-spanned="2" office:value-type="string"><text:p>Penyusunan Perencanaan</text:p></table:table-cell>
   <table:table-cell office:value-type="string"><text:p>Penyusunan RKPD</text:p></table:table-cell>
   <table:table-cell table:style-name="amount" office:value-type="float" office:value="425750000"><text:p>425.750.000</text:p></table:table-cell>
  </table:table-row>
  <table:table-row>
   <table:covered-table-cell/><table:table-cell/><table:table-cell/><table:covered-table-cell/><table:covered-table-cell/>
   <table:table-cell office:value-type="string"><text:p>Koordinasi Musrenbang</text:p></table:table-cell>
   <table:table-cell table:style-name="amount" table:formula="of:=[.G2]+186650000"/>
  </table:table-row>
 </table:table></office:spreadsheet></office:body>
</office:document>
FODS
"$naskah" export "$sample" -o naskah.xlsx >/dev/null 2>&1 || fail "export"

# 1. LibreOffice saves both as .xlsx: the planner's sheet, and naskah's workbook opened and saved again.
mkdir -p calc
soffice_run --convert-to xlsx --outdir calc planner.fods naskah.xlsx || fail "soffice --convert-to xlsx: $(cat soffice.log)"
[ -s calc/planner.xlsx ] && [ -s calc/naskah.xlsx ] || fail "soffice wrote no workbook: $(cat soffice.log)"
unzip -p calc/planner.xlsx xl/worksheets/sheet1.xml | grep -q '<mergeCell ref="A2:A3"/>' &&
  unzip -p calc/planner.xlsx xl/worksheets/sheet1.xml | grep -q '<f[^>]*>G2+186650000</f><v>612400000</v>' ||
  fail "LibreOffice's workbook has not the merged cell and the formula's value the test is about"
"$naskah" import calc/planner.xlsx --tahun 2025 --instansi Bappeda --daerah "Kota Palopo" -o planner.xml >out 2>err ||
  fail "naskah import of LibreOffice's workbook: $(cat out err)"
[ -s err ] && fail "LibreOffice's workbook: something on standard error: $(cat err)"
cat >expected <<'XML'
  <rencana>
    <sasaran nama="Meningkatnya kualitas perencanaan">
      <indikator nama="Persentase dokumen tepat waktu" target="96,86%"/>
      <program nomor="1" nama="Program Perencanaan">
        <kegiatan nomor="1" nama="Penyusunan Perencanaan">
          <subkegiatan nomor="1" nama="Penyusunan RKPD" anggaran="425.750.000"/>
          <subkegiatan nomor="2" nama="Koordinasi Musrenbang" anggaran="612.400.000"/>
        </kegiatan>
      </program>
    </sasaran>
  </rencana>
XML
sed -n '/<rencana>/,/<\/rencana>/p' planner.xml | diff expected - >diff || fail "the rencana of LibreOffice's workbook: $(cat diff)"
cp "$sample" resaved.xml
"$naskah" import calc/naskah.xlsx --into resaved.xml >out 2>err || fail "naskah's workbook saved by LibreOffice: $(cat err)"
"$naskah" export "$sample" -o before.csv >/dev/null 2>&1
"$naskah" export resaved.xml -o after.csv >/dev/null 2>&1
cmp -s before.csv after.csv || fail "naskah's workbook saved again by LibreOffice gives another rencana: $(diff before.csv after.csv | head -5)"

# 2. LibreOffice shows naskah's workbook as CSV, each cell as it shows it in Indonesian: the printed annex's headings,
#    then the very cells of naskah's own CSV, amounts as 28.584.558.694.
mkdir -p shown
soffice_run --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false' --outdir shown naskah.xlsx ||
  fail "soffice --convert-to csv: $(cat soffice.log)"
"$naskah" export "$sample" -o naskah.csv --separator , >/dev/null 2>&1
python3 - shown/naskah.csv naskah.csv <<'PY' >said 2>&1 || fail "naskah's workbook as LibreOffice shows it: $(cat said)"
import csv, sys
shown = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
own = list(csv.reader(open(sys.argv[2], encoding="utf-8-sig")))
assert shown[0][:4] == ["NO", "SASARAN RENSTRA", "INDIKATOR KINERJA", "TARGET"], shown[0]
assert len(shown) == len(own), (len(shown), len(own))
for r, (a, b) in enumerate(zip(shown[1:], own[1:]), start=2):
    assert a == b, (r, [(c, x, y) for c, (x, y) in enumerate(zip(a, b)) if x != y])
assert "28.584.558.694" in shown[1], shown[1]
PY

finish
