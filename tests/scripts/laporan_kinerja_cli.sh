#!/usr/bin/env bash
# The Laporan Kinerja end to end: the LKjIP sample builds with its faults reported and not hidden, the report prints
# the computed figures (never a stated percentage that the sums contradict), its charts are vector drawings in the
# document's fonts listed in DAFTAR GAMBAR, the Perjanjian Kinerja stands as its Lampiran; a plan that has not
# reported its year yet fails cleanly, leaving no file.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"
lkjip="$root/samples/lkjip-2024-setwan-luwu-timur.xml"

text_has() {  # FILE TEXT: the PDF's text (lines joined) holds TEXT
  pdftotext "$1" - | tr '\n' ' ' | tr -s ' ' | grep -qF -- "$2" || fail "$(basename "$1") lacks: $2"
}

# 1. The sample: warnings for the faults it keeps, a PDF all the same.
"$naskah" build "$lkjip" -o "$tmp/lkjip.pdf" 2>"$tmp/log" || fail "build of the LKjIP sample: $(cat "$tmp/log")"
check_pdf "$tmp/lkjip.pdf"
for rule in capaian-anggaran realisasi-over-anggaran realisasi-rollup evaluation-status; do
  grep -q "\[$rule\]$" "$tmp/log" || fail "the sample's kept fault of $rule is not reported: $(cat "$tmp/log")"
done
grep -q "error:" "$tmp/log" && fail "the sample has errors: $(cat "$tmp/log")"

# The outline of PermenPAN-RB 53/2014, from the template.
for heading in "IKHTISAR EKSEKUTIF" "BAB I PENDAHULUAN" "BAB II PERENCANAAN KINERJA" "BAB III AKUNTABILITAS KINERJA" \
               "A. Capaian Kinerja Organisasi" "B. Realisasi Anggaran" "BAB IV PENUTUP" "DAFTAR GAMBAR" \
               "LAMPIRAN PERJANJIAN KINERJA TAHUN 2024"; do
  text_has "$tmp/lkjip.pdf" "$heading"
done
# Program 1 spent Rp 27.122.364.000 of Rp 28.584.558.694: 94,88 %. The plan states 96,60 % (the plain average of
# its sub kegiatan's), which the report does not repeat.
text_has "$tmp/lkjip.pdf" "97,35% 28.584.558.694 27.122.364.000 94,88% 2,47"  # the efficiency table
text_has "$tmp/lkjip.pdf" "27.122.364.000 94,88% 1.462.194.694"  # the budget table, with what is left
pdftotext "$tmp/lkjip.pdf" - | grep -qF "96,60" && fail "the stated, wrong capaian-anggaran 96,60% is printed"
# The whole budget: Rp 43.073.569.100 of Rp 45.072.130.355, 95,57 %, Rp 1.998.561.255 left.
text_has "$tmp/lkjip.pdf" "45.072.130.355 43.073.569.100 95,57% 1.998.561.255"
# A sasaran against its earlier years and the Renstra's end target, with the plan's analysis.
text_has "$tmp/lkjip.pdf" "95,12% 96,86% 100% 97,35% 97,35% 100% 97,35%"
text_has "$tmp/lkjip.pdf" "Capaian kinerja program pada Sekretariat DPRD Tahun 2024 sebesar 97,35%"

# Charts: each a figure with its caption, listed in DAFTAR GAMBAR, drawn with the document's fonts (the axis's
# numbers in Indonesian notation) and no picture: the only images are the two lambang (cover and PK).
for caption in "Gambar 3.1 Target dan Realisasi Indikator Kinerja Sasaran Tahun 2024" \
               "Gambar 3.2 Realisasi Indikator Sasaran 1 Tahun 2022–2024" \
               "Gambar 3.4 Penyerapan Anggaran per Program Tahun 2024"; do
  [ "$(pdftotext "$tmp/lkjip.pdf" - | tr '\n' ' ' | tr -s ' ' | grep -oF -- "$caption" | wc -l)" -ge 2 ] ||
    fail "the caption and its DAFTAR GAMBAR entry: $caption"
done
page=$(python3 - "$tmp/lkjip.pdf" <<'PY'
import subprocess, sys
pages = subprocess.run(["pdftotext", sys.argv[1], "-"], capture_output=True, text=True).stdout.split("\f")
# The page of the figure, not DAFTAR GAMBAR's entry: the one whose caption stands after its chart's numbers.
print(next(i + 1 for i, p in enumerate(pages) if "Gambar 3.4 Penyerapan" in p and "Rp miliar" in p))
PY
)
pdftotext -f "$page" -l "$page" "$tmp/lkjip.pdf" - | grep -qx "94,88%" || fail "the absorption chart's label 94,88% on page $page"
[ "$(pdfimages -list "$tmp/lkjip.pdf" | tail -n +3 | wc -l)" -eq 2 ] ||
  fail "images other than the lambang: $(pdfimages -list "$tmp/lkjip.pdf")"
pdffonts "$tmp/lkjip.pdf" | tail -n +3 | grep -v "LiberationSans" && fail "a font other than the template's"

# 2. A plan that has not reported its year: the report cannot be signed; nothing is written, an older file stays.
cp "$root/samples/lambang.png" "$tmp/"
cp "$sample" "$tmp/rkt.xml"
echo "kept" >"$tmp/lkjip-rkt.pdf"
"$naskah" build "$tmp/rkt.xml" --template laporan-kinerja -o "$tmp/lkjip-rkt.pdf" 2>"$tmp/log" &&
  fail "a plan without tanggal-laporan builds a Laporan Kinerja"
grep -q "error: {tanggal-laporan} needs the date the Laporan Kinerja is signed.*\[placeholder-value\]$" "$tmp/log" ||
  fail "no error for the missing tanggal-laporan: $(cat "$tmp/log")"
[ "$(cat "$tmp/lkjip-rkt.pdf")" = "kept" ] || fail "the earlier file was changed"
# Its charts have nothing to show, which is said once for each chart of the template, though the one of each
# sasaran is composed for every sasaran.
grep -q "warning: the chart has nothing to show.*\[chart\]$" "$tmp/log" || fail "no warning for the empty charts: $(cat "$tmp/log")"
[ -z "$(sort "$tmp/log" | uniq -d)" ] || fail "a diagnostic given twice: $(sort "$tmp/log" | uniq -d)"

finish
