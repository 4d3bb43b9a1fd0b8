#!/usr/bin/env bash
# The language of messages: Indonesian when the locale names it (LANG, LC_ALL, LC_MESSAGES, or LANGUAGE alone),
# whether or not the machine has the id_ID.UTF-8 locale generated, English otherwise; the PDF the same bytes in
# either language.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"
unset LANG

in_env() {  # VAR=VALUE... -- naskah ARGS...: naskah with only those locale variables set
  local vars=()
  while [ "$1" != "--" ]; do vars+=("$1"); shift; done
  shift
  env -u LANG -u LANGUAGE -u LC_ALL -u LC_MESSAGES "${vars[@]}" "$naskah" "$@"
}

# 1. The sample's check: its summary and severity words.
english_summary="0 errors, 7 warnings in 1 file"
indonesian_summary="0 kesalahan, 7 peringatan dalam 1 berkas"
expect_language() {  # indonesian|english DESCRIPTION VAR=VALUE...
  local want=$1 what=$2; shift 2
  in_env "$@" -- check "$sample" >"$tmp/out" 2>"$tmp/err"
  local summary=$english_summary word=": warning: "
  [ "$want" = indonesian ] && { summary=$indonesian_summary; word=": peringatan: "; }
  grep -qx "$summary" "$tmp/err" || fail "$what: the summary is not in $want: $(cat "$tmp/err")"
  [ "$(grep -c -- "$word" "$tmp/out")" -eq 7 ] || fail "$what: the warnings are not in $want: $(head -2 "$tmp/out")"
}
expect_language indonesian "LANG=id_ID.UTF-8" LANG=id_ID.UTF-8
expect_language indonesian "LANG=id_ID" LANG=id_ID
expect_language indonesian "LC_ALL=id_ID.UTF-8 over LANG=C" LANG=C LC_ALL=id_ID.UTF-8
expect_language indonesian "LC_MESSAGES=id_ID.UTF-8" LANG=C.UTF-8 LC_MESSAGES=id_ID.UTF-8
expect_language indonesian "LANGUAGE=id alone" LANGUAGE=id
expect_language indonesian "LANGUAGE=id over LANG=en_US.UTF-8" LANG=en_US.UTF-8 LANGUAGE=id
expect_language english "no locale at all"
expect_language english "LANG=C" LANG=C
expect_language english "LANG=C.UTF-8" LANG=C.UTF-8
expect_language english "LANG=en_US.UTF-8" LANG=en_US.UTF-8
expect_language english "LC_ALL=C over LANG=id_ID.UTF-8" LANG=id_ID.UTF-8 LC_ALL=C
expect_language english "LANG=C with LANGUAGE=id: C means English, as in every GNU program" LANG=C LANGUAGE=id
expect_language english "LANGUAGE=en chosen by the user over LANG=id_ID.UTF-8" LANG=id_ID.UTF-8 LANGUAGE=en
expect_language english "LANG=indonesia is no Indonesian locale" LANG=indonesia

# 2. The sample's seven warnings, word for word, in each language.
LANG=id_ID.UTF-8 "$naskah" check "$sample" 2>/dev/null | sed "s|^$sample:||" >"$tmp/id.txt"
cat >"$tmp/id-expected.txt" <<'EOF'
12:3: peringatan: penanda tangan memiliki NIP tetapi tidak memiliki pangkat, yang dicetak di bawah namanya; tambahkan pangkat="…" pada <penandatangan>, misalnya pangkat="Pembina Utama Muda (IV/c)" [pangkat-missing]
159:52: peringatan: teks menyebut {instansi} Kabupaten Jepara, padahal rencana ini untuk Kabupaten Luwu Timur; tulis {daerah} [foreign-region]
161:61: peringatan: teks menyebut {instansi} Kabupaten Jepara, padahal rencana ini untuk Kabupaten Luwu Timur; tulis {daerah} [foreign-region]
301:51: peringatan: indikator "Persentase Capaian Kinerja Program Pada Sekretariat DPRD" ditandai "Tercapai", padahal realisasi 96,86% dari target 100% menghasilkan capaian 96,86%: Tidak Tercapai [evaluation-status]
466:7: peringatan: indikator "Persentase Rekomendasi DPRD yang ditindaklanjuti" pada sasaran 2 belum memiliki target [indicator-target]
469:84: peringatan: program 2 "Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD" mencantumkan anggaran Rp 17.903.779.061, tetapi jumlah anggaran sub kegiatannya Rp 16.487.571.661 (selisih Rp 1.416.207.400) [budget-rollup]
548:19: peringatan: kegiatan 2.6 ditulis setelah kegiatan 2.4: kegiatan 2.5 tidak ada [numbering]
EOF
cmp -s "$tmp/id.txt" "$tmp/id-expected.txt" || fail "the sample's warnings in Indonesian: $(diff "$tmp/id-expected.txt" "$tmp/id.txt")"
cat >"$tmp/en-expected.txt" <<'EOF'
12:3: warning: the signatory has a NIP but no pangkat, which is printed under the name; add pangkat="…" to <penandatangan>, e.g. pangkat="Pembina Utama Muda (IV/c)" [pangkat-missing]
159:52: warning: the text names {instansi} of Kabupaten Jepara, but this plan is for Kabupaten Luwu Timur; write {daerah} [foreign-region]
161:61: warning: the text names {instansi} of Kabupaten Jepara, but this plan is for Kabupaten Luwu Timur; write {daerah} [foreign-region]
301:51: warning: indikator "Persentase Capaian Kinerja Program Pada Sekretariat DPRD" is marked "Tercapai" but realisasi 96,86% of target 100% is a capaian of 96,86%: Tidak Tercapai [evaluation-status]
466:7: warning: indikator "Persentase Rekomendasi DPRD yang ditindaklanjuti" of sasaran 2 has no target [indicator-target]
469:84: warning: program 2 "Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD" states anggaran Rp 17.903.779.061 but its sub kegiatan add up to Rp 16.487.571.661 (difference Rp 1.416.207.400) [budget-rollup]
548:19: warning: kegiatan 2.6 follows kegiatan 2.4: kegiatan 2.5 is missing [numbering]
EOF
for english in C en_US.UTF-8; do
  LANG=$english "$naskah" check "$sample" 2>/dev/null | sed "s|^$sample:||" >"$tmp/en.txt"
  cmp -s "$tmp/en.txt" "$tmp/en-expected.txt" ||
    fail "the sample's warnings under LANG=$english: $(diff "$tmp/en-expected.txt" "$tmp/en.txt")"
done
# JSON keeps its keys and machine values (the severity) whatever the language; the message is in the user's.
LANG=id_ID.UTF-8 "$naskah" check --format json "$sample" >"$tmp/id.json" 2>/dev/null
python3 - "$tmp/id.json" <<'PY' || fail "JSON under Indonesian"
import json, sys
items = json.load(open(sys.argv[1]))
assert {d["severity"] for d in items} == {"warning"}, items
assert {"budget-rollup", "numbering"} <= {d["rule"] for d in items}, items
assert any("mencantumkan anggaran" in d["message"] for d in items), items
PY
# A plan with an error: the severity word and the parser's message.
LANG=id_ID.UTF-8 "$naskah" check "$root/tests/data/invalid/amount-commas.xml" 2>"$tmp/err" | sed 's|^.*/||' >"$tmp/out"
grep -qx 'amount-commas.xml:12:89: kesalahan: anggaran="28,584,558,694" pada <subkegiatan>: gunakan titik sebagai pemisah ribuan (28.584.558.694), bukan koma \[bad-amount\]' "$tmp/out" ||
  fail "a parser error in Indonesian: $(cat "$tmp/out")"
grep -qx "1 kesalahan, 0 peringatan dalam 1 berkas" "$tmp/err" || fail "the summary of a plan with an error: $(cat "$tmp/err")"

# 3. The usage, a command's --help and a usage error, in each language.
LANG=id_ID.UTF-8 "$naskah" --help >"$tmp/help-id"
grep -qx "penggunaan: naskah PERINTAH \[OPSI\] BERKAS..." "$tmp/help-id" || fail "naskah --help in Indonesian: $(head -3 "$tmp/help-id")"
grep -q "^  check       memeriksa rencana: struktur, anggaran" "$tmp/help-id" &&
  grep -q "^  import      memasukkan rencana dari lembar kerja" "$tmp/help-id" || fail "the commands in Indonesian: $(cat "$tmp/help-id")"
LANG=C "$naskah" --help >"$tmp/help-en"
grep -qx "usage: naskah COMMAND \[OPTIONS\] FILE..." "$tmp/help-en" || fail "naskah --help in English: $(head -3 "$tmp/help-en")"
LANG=id_ID.UTF-8 "$naskah" check --help | grep -qx "  BERKAS:BARIS:KOLOM: kesalahan|peringatan: PESAN \[ATURAN\]" ||
  fail "naskah check --help in Indonesian"
LANG=en_US.UTF-8 "$naskah" check --help | grep -qx "  FILE:LINE:COL: error|warning: MESSAGE \[RULE\]" || fail "naskah check --help in English"
LANG=id_ID.UTF-8 "$naskah" build --help | grep -q "^Status keluar: 0 berhasil ditulis" || fail "naskah build --help in Indonesian"
LANG=id_ID.UTF-8 "$naskah" frobnicate 2>&1 >/dev/null | head -1 | grep -qx 'naskah: perintah "frobnicate" tidak dikenal' ||
  fail "an unknown command in Indonesian"
LANG=id_ID.UTF-8 "$naskah" check --list-rules | grep -q "^budget-rollup      anggaran yang dicantumkan pada program" ||
  fail "--list-rules in Indonesian"

# 4. A batch of a good plan and a broken one: progress lines, the failure and the summary, in each language.
mkdir -p "$tmp/plans"
cp "$sample" "$tmp/plans/a.xml"
cp "$root/samples/lambang.png" "$tmp/plans/"  # its logo, beside it
cp "$root/tests/data/invalid/amount-commas.xml" "$tmp/plans/b.xml"
LANG=id_ID.UTF-8 "$naskah" batch -j 1 -o "$tmp/out-id" "$tmp/plans" 2>"$tmp/batch-id"
grep -qx "1 dari 2 rencana berhasil dibuat (1 dengan peringatan), 1 gagal" "$tmp/batch-id" ||
  fail "the batch summary in Indonesian: $(tail -2 "$tmp/batch-id")"
grep -qx "gagal: $tmp/plans/b.xml" "$tmp/batch-id" || fail "the batch's failure in Indonesian: $(cat "$tmp/batch-id")"
grep -q "^\[[12]/2\] berhasil dibuat dengan 7 peringatan $tmp/plans/a.xml" "$tmp/batch-id" ||
  fail "the batch's progress in Indonesian: $(cat "$tmp/batch-id")"
LANG=C "$naskah" batch -j 1 -o "$tmp/out-en" "$tmp/plans" 2>"$tmp/batch-en"
grep -qx "1 of 2 plans built (1 with warnings), 1 failed" "$tmp/batch-en" ||
  fail "the batch summary in English: $(tail -2 "$tmp/batch-en")"
cmp -s "$tmp/out-id/a.pdf" "$tmp/out-en/a.pdf" || fail "the PDF differs with the language of the messages"

# 5. A template's problem, and next year's plan with its notes and the comments it writes into the file.
LANG=id_ID.UTF-8 "$naskah" build "$sample" --template "$tmp/no-such-template/" -o "$tmp/x.pdf" 2>&1 |
  grep -q "template.xml: kesalahan: tidak ada folder templat \"$tmp/no-such-template/\"; templat adalah folder" ||
  fail "a template's problem in Indonesian"
LANG=id_ID.UTF-8 "$naskah" init --tahun 2025 --from "$sample" -o "$tmp/rkt-2025.xml" >"$tmp/init-id" 2>&1 ||
  fail "naskah init in Indonesian: $(cat "$tmp/init-id")"
grep -q "^$tmp/rkt-2025.xml ditulis: tahun 2025, evaluasi 2024 disiapkan dengan 2 indikator yang perlu diisi" "$tmp/init-id" ||
  fail "naskah init's summary in Indonesian: $(head -2 "$tmp/init-id")"
grep -q "^$tmp/rkt-2025.xml:[0-9]*: catatan: indikator \"Persentase Rekomendasi DPRD yang ditindaklanjuti\" pada sasaran 2" "$tmp/init-id" ||
  fail "naskah init's note in Indonesian: $(cat "$tmp/init-id")"
grep -q "<!-- tidak ada target dalam rencana tahun 2024: <indikator" "$tmp/rkt-2025.xml" ||
  fail "the comment naskah init writes, in Indonesian"
LANG=C "$naskah" check "$tmp/rkt-2025.xml" >/dev/null 2>&1 || fail "the plan naskah init wrote in Indonesian does not check"

# 6. The spreadsheet commands and a first plan: a bad cell's error word for word (in CSV and in a workbook), export's
#    summaries, a first plan's report and comments, and the commands' --help (with the first plan's options put in,
#    translated).
mkdir -p "$tmp/csv" && cd "$tmp/csv" || exit 1
printf '%s\r\n' 'No Sasaran;Sasaran;No Program;Program;No Kegiatan;Kegiatan;No Sub Kegiatan;Sub Kegiatan;Anggaran Sub Kegiatan' \
  '1;Sasaran A;1;Program A;1;Kegiatan A;1;Sub A;28,584,558,694' ';;;Program B;1;Kegiatan B;1;Sub B;5.000' >bad.csv
cp "$sample" plan.xml
LANG=id_ID.UTF-8 "$naskah" import bad.csv --into plan.xml >out 2>err; code=$?
[ $code -eq 1 ] || fail "import of bad cells in Indonesian: exit $code, expected 1"
cat >expected <<'EXPECTED'
bad.csv:2:9: kesalahan: Anggaran Sub Kegiatan "28,584,558,694": gunakan titik sebagai pemisah ribuan (28.584.558.694), bukan koma [bad-amount]
bad.csv:3:3: kesalahan: program baru dimulai pada baris ini, tetapi kolom "No Program" kosong; tulis nomornya [csv-structure]
naskah import: tidak ada yang ditulis: perbaiki dahulu kesalahan pada bad.csv
EXPECTED
cmp -s expected err || fail "import's errors at the cells in Indonesian: $(diff expected err)"
cmp -s plan.xml "$sample" || fail "import of bad cells changed the plan"
# The same cells in a workbook: the same words, at the sheet's cells; a formula saved without its value.
"$openpyxl_python" - <<'PY' || fail "openpyxl could not write bad.xlsx"
import csv, openpyxl
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Lampiran"
for row in csv.reader(open("bad.csv", encoding="utf-8"), delimiter=";"):
    sheet.append(row)
sheet["J3"] = "=I3*2"
book.save("bad.xlsx")
PY
LANG=id_ID.UTF-8 "$naskah" import bad.xlsx --into plan.xml >out 2>err; code=$?
[ $code -eq 1 ] || fail "import of a workbook's bad cells in Indonesian: exit $code, expected 1"
cat >expected <<'EXPECTED'
bad.xlsx:Lampiran!J3: kesalahan: rumus sel ini =I3*2 tidak memiliki nilai hasil hitungan yang tersimpan dalam berkas; buka buku kerja di Excel atau LibreOffice Calc lalu simpan lagi, agar nilai-nilainya ikut tersimpan, atau tulis nilainya sendiri [cell-value]
naskah import: tidak ada yang ditulis: perbaiki dahulu kesalahan pada bad.xlsx
EXPECTED
cmp -s expected err || fail "import's errors in a workbook in Indonesian: $(diff expected err)"
"$openpyxl_python" -c 'import openpyxl; b = openpyxl.load_workbook("bad.xlsx"); b.active["J3"] = None; b.save("bad.xlsx")'
LANG=id_ID.UTF-8 "$naskah" import bad.xlsx --into plan.xml >out 2>err
cat >expected <<'EXPECTED'
bad.xlsx:Lampiran!I2: kesalahan: Anggaran Sub Kegiatan "28,584,558,694": gunakan titik sebagai pemisah ribuan (28.584.558.694), bukan koma [bad-amount]
bad.xlsx:Lampiran!C3: kesalahan: program baru dimulai pada baris ini, tetapi kolom "No Program" kosong; tulis nomornya [csv-structure]
naskah import: tidak ada yang ditulis: perbaiki dahulu kesalahan pada bad.xlsx
EXPECTED
cmp -s expected err || fail "import's errors at a workbook's cells in Indonesian: $(diff expected err)"
cmp -s plan.xml "$sample" || fail "import of a workbook's bad cells changed the plan"
printf 'Sasaran;Progam;Kegiatan;Sub Kegiatan;Anggaran Sub Kegiatan\n' >header.csv
LANG=id_ID.UTF-8 "$naskah" import header.csv --into plan.xml 2>&1 >/dev/null |
  grep -qxF 'header.csv:1:2: kesalahan: kolom "Progam" tidak dikenal; mungkin maksud Anda "Program"? [csv-header]' ||
  fail "a misspelt column in Indonesian"
cp "$root/samples/rkt-2025-bappeda-luwu-timur.xml" rkt-2025.xml
LANG=id_ID.UTF-8 "$naskah" export-csv rkt-2025.xml >out 2>&1 || fail "export-csv in Indonesian: $(cat out)"
[ "$(cat out)" = "rkt-2025.csv ditulis: rencana dari rkt-2025.xml dalam 9 baris dengan 23 kolom, dipisahkan dengan ';'" ] ||
  fail "export-csv's summary in Indonesian: $(cat out)"
LANG=C "$naskah" export rkt-2025.xml -o en.csv >out 2>&1
[ "$(cat out)" = "wrote en.csv: the rencana of rkt-2025.xml in 9 rows of 23 columns, separated by ';'" ] ||
  fail "export's summary in English: $(cat out)"
cmp -s rkt-2025.csv en.csv || fail "the spreadsheet differs with the language of the messages"
LANG=id_ID.UTF-8 "$naskah" export rkt-2025.xml >out 2>&1 || fail "export in Indonesian: $(cat out)"
[ "$(cat out)" = "rkt-2025.xlsx ditulis: rencana dari rkt-2025.xml dalam 9 baris dengan 23 kolom, pada lembar \"Lampiran\"" ] ||
  fail "export's summary of a workbook in Indonesian: $(cat out)"
LANG=C "$naskah" export rkt-2025.xml -o en.xlsx >out 2>&1
cmp -s rkt-2025.xlsx en.xlsx || fail "the workbook differs with the language of the messages"
LANG=id_ID.UTF-8 "$naskah" export --numbers roman rkt-2025.xml 2>&1 >/dev/null |
  grep -qx "naskah export: --numbers roman: tulis indonesian atau plain" || fail "an export usage error in Indonesian"
LANG=id_ID.UTF-8 "$naskah" init --tahun 2026 --instansi "Dinas Kesehatan" --daerah "Kabupaten Luwu Timur" \
  --jabatan "Kepala Dinas Kesehatan" --penandatangan "dr. ANDI MAKMUR, M.Kes" --nip 198001152005011002 --tempat Malili \
  >out 2>err || fail "a first plan in Indonesian: $(cat out err)"
cat >expected <<'EXPECTED'
rkt-2026.xml ditulis: rencana pertama tahun 2026, yang perlu dilengkapi
rkt-2026.xml:11:3: peringatan: rencana tidak memberikan logo, sehingga sampul tidak memuat lambang daerah; tambahkan logo="lambang.png" pada <instansi> (berkas PNG atau JPEG, dicari relatif terhadap berkas rencana) [logo-missing]
rkt-2026.xml:17:3: peringatan: penanda tangan memiliki NIP tetapi tidak memiliki pangkat, yang dicetak di bawah namanya; tambahkan pangkat="…" pada <penandatangan>, misalnya pangkat="Pembina Utama Muda (IV/c)" [pangkat-missing]
rkt-2026.xml:18:34: peringatan: tanggal penandatanganan belum diisi; tulis tanggal rencana ditandatangani dalam bentuk TTTT-BB-HH [signatory-missing]
rkt-2026.xml:40:3: peringatan: rencana tidak memiliki sasaran [empty-level]
selanjutnya: lengkapi apa yang disebut dalam peringatan; masukkan rencana dari lembar kerja dengan naskah import LAMPIRAN.xlsx --into rkt-2026.xml (docs/spreadsheets.md); lalu jalankan naskah check --strict rkt-2026.xml
EXPECTED
cmp -s expected out || fail "a first plan's report in Indonesian: $(diff expected out)"
[ -s err ] && fail "a first plan in Indonesian printed on standard error: $(cat err)"
grep -qxF "  Rencana Kinerja Tahunan (RKT) 2026 Dinas Kesehatan, Kabupaten Luwu Timur: rencana pertama, dibuat oleh naskah init." rkt-2026.xml &&
  grep -qxF "  <!-- Siapa yang menandatangani, di mana, dan kapan (tanggal dalam bentuk TTTT-BB-HH): isi yang masih kosong." rkt-2026.xml ||
  fail "the comments of a first plan in Indonesian: $(head -20 rkt-2026.xml)"
LANG=C "$naskah" check rkt-2026.xml >/dev/null 2>&1 || fail "the first plan written in Indonesian does not check"
LANG=id_ID.UTF-8 "$naskah" import rkt-2025.xlsx --into rkt-2026.xml >/dev/null 2>&1 || fail "import of a workbook in Indonesian"
LANG=id_ID.UTF-8 "$naskah" import rkt-2025.csv --into rkt-2026.xml >out 2>&1 || fail "import in Indonesian: $(cat out)"
head -1 out | grep -qx "rkt-2026.xml ditulis: rencana dari rkt-2025.csv: 2 sasaran, 3 program, 6 kegiatan, 9 sub kegiatan" &&
  tail -1 out | grep -qx "selanjutnya: jalankan naskah check --strict rkt-2026.xml, lalu naskah build rkt-2026.xml" ||
  fail "import's report in Indonesian: $(cat out)"
LANG=id_ID.UTF-8 "$naskah" import --help >help 2>&1 || fail "import --help in Indonesian: exit $?"
head -1 help | grep -qxF "penggunaan: naskah import LAMPIRAN.xlsx|LAMPIRAN.csv --into RENCANA.xml [-o KELUARAN.xml] [--sheet NAMA|N] [--force]" &&
  grep -qxF "Rencana pertama (tanpa --into), sebagaimana dibuat oleh naskah init:" help &&
  grep -q "^  --instansi NAMA        nama lengkap perangkat daerah tanpa daerahnya" help &&
  grep -q "^  --sheet NAMA|N         lembar buku kerja yang dibaca" help &&
  grep -q "^Status keluar: 0 berhasil ditulis, 1 ada kesalahan dalam LAMPIRAN" help &&
  grep -qx "  naskah import lampiran-2025.xlsx --into rkt-2025.xml" help || fail "import --help in Indonesian: $(cat help)"
grep -E "[a-z] the |\{\}" help && fail "import --help in Indonesian has English or a placeholder left"
LANG=id_ID.UTF-8 "$naskah" init --help >help 2>&1
head -1 help | grep -qxF "penggunaan: naskah init --tahun TAHUN --from LAMA.xml [-o BARU.xml] [--force]" &&
  grep -q "^  --penandatangan NAMA   nama penanda tangan beserta gelarnya" help &&
  grep -q "^Status keluar: 0 berhasil ditulis, 1 LAMA.xml memiliki kesalahan" help || fail "init --help in Indonesian: $(cat help)"
grep -E "[a-z] the |\{\}" help && fail "init --help in Indonesian has English or a placeholder left"
LANG=id_ID.UTF-8 "$naskah" export --help | grep -q "^Status keluar: 0 berhasil ditulis, 1 RENCANA memiliki kesalahan" ||
  fail "export --help in Indonesian"
LANG=C "$naskah" import --help | grep -q "^  --instansi NAME       the unit's full name" || fail "import --help in English"
cd "$root" || exit 1

# 7. With the id_ID.UTF-8 locale generated (here into a folder of the test's own, through LOCPATH), naskah takes the
#    locale itself; numbers are still read and written as before, and the PDF is the same bytes.
mkdir -p "$tmp/locales"
if localedef -i id_ID -f UTF-8 "$tmp/locales/id_ID.UTF-8" >"$tmp/localedef.log" 2>&1 || [ -d "$tmp/locales/id_ID.UTF-8" ]; then
  LOCPATH=$tmp/locales LANG=id_ID.UTF-8 locale 2>&1 >/dev/null | grep -q . &&
    fail "the generated locale is not taken: $(LOCPATH=$tmp/locales LANG=id_ID.UTF-8 locale 2>&1 >/dev/null)"
  expect_language indonesian "LANG=id_ID.UTF-8, generated" LOCPATH="$tmp/locales" LANG=id_ID.UTF-8
  expect_language english "LANG=id_ID.UTF-8, generated, with LANGUAGE=en" LOCPATH="$tmp/locales" LANG=id_ID.UTF-8 LANGUAGE=en
  in_env LOCPATH="$tmp/locales" LANG=id_ID.UTF-8 LC_ALL=id_ID.UTF-8 -- build "$sample" -o "$tmp/id.pdf" 2>/dev/null ||
    fail "building the sample under the generated id_ID.UTF-8"
  in_env LANG=C -- build "$sample" -o "$tmp/c.pdf" 2>/dev/null || fail "building the sample under C"
  cmp -s "$tmp/id.pdf" "$tmp/c.pdf" || fail "the PDF differs under id_ID.UTF-8 from the one under C"
else
  fail "localedef cannot generate id_ID.UTF-8 (Debian's locales package): $(tail -3 "$tmp/localedef.log")"
fi

finish
