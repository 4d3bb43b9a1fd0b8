#!/usr/bin/env bash
# Templates end to end: a plan without chapter text builds the whole RKT from the template's standard text; moving
# the plan's year leaves no year of the old one behind; the Perjanjian Kinerja builds from the same plans, by
# --template or by the plan's own template attribute; a plan lacking what a template needs fails cleanly.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"
minimal="$root/samples/rkt-2025-bappeda-luwu-timur.xml"
pk="$root/templates/perjanjian-kinerja"
cp "$root/samples/lambang.png" "$tmp/"  # the logo the plans copied here name, found beside them

text_has() {  # FILE TEXT: the PDF's text (lines joined) holds TEXT
  pdftotext "$1" - | tr '\n' ' ' | tr -s ' ' | grep -qF -- "$2" || fail "$(basename "$1") lacks: $2"
}

# 1. The minimal plan: no <kata-pengantar>, no <bab>; the whole document all the same, with its facts.
"$naskah" build "$minimal" -o "$tmp/rkt.pdf" 2>"$tmp/log" || fail "build of the minimal plan: $(cat "$tmp/log")"
[ -s "$tmp/log" ] && fail "the minimal plan builds with messages: $(cat "$tmp/log")"
check_pdf "$tmp/rkt.pdf"
text_has "$tmp/rkt.pdf" "KATA PENGANTAR"
text_has "$tmp/rkt.pdf" "B. Landasan Hukum"
text_has "$tmp/rkt.pdf" "BAB III PENUTUP"
text_has "$tmp/rkt.pdf" "Rp 6.147.749.700 (enam miliar seratus empat puluh tujuh juta tujuh ratus empat puluh sembilan ribu tujuh ratus rupiah)"
text_has "$tmp/rkt.pdf" "9 sub kegiatan"
text_has "$tmp/rkt.pdf" "KEPALA BAPPELITBANGDA"
# The cover as kabupaten offices make it: the document's name, the lambang, the government, the unit, the year.
pdftotext -f 1 -l 1 "$tmp/rkt.pdf" - | tr -s ' \n' ' ' | grep -qF "RENCANA KINERJA TAHUNAN (RKT) PEMERINTAH KABUPATEN LUWU TIMUR BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH TAHUN 2025" ||
  fail "the cover: $(pdftotext -f 1 -l 1 "$tmp/rkt.pdf" -)"
pdfimages -list -f 1 -l 1 "$tmp/rkt.pdf" | grep -q "^ *1 *0 image" || fail "the cover has no lambang"

# 2. Next year from the same file: change the years, and no year of the old plan is left anywhere.
sed -e 's/tahun="2025"/tahun="2031"/' -e 's/<evaluasi tahun="2024">/<evaluasi tahun="2030">/' \
    -e 's/tanggal="2025-01-06"/tanggal="2031-01-06"/' "$minimal" >"$tmp/rkt-2031.xml"
"$naskah" build "$tmp/rkt-2031.xml" -o "$tmp/rkt-2031.pdf" 2>"$tmp/log" || fail "build for 2031: $(cat "$tmp/log")"
check_pdf "$tmp/rkt-2031.pdf"
pdftotext "$tmp/rkt-2031.pdf" "$tmp/2031.txt"
grep -nE "2024|2025" "$tmp/2031.txt" >"$tmp/left" && fail "years of the old plan left in the 2031 plan: $(head -5 "$tmp/left")"
grep -q "TAHUN 2031" "$tmp/2031.txt" || fail "the 2031 cover"
grep -q "Tahun 2030" "$tmp/2031.txt" || fail "the 2031 plan names its evaluation year 2030"
pdfinfo "$tmp/rkt-2031.pdf" | grep -q "^Title: .*Tahun 2031$" || fail "the 2031 title"

# The seed plan moved to 2031 as well: each year of the 2020s still printed is one its own text writes literally
# (its wrong "Tahun 2023", its Renstra period): as many as the plan writes, none added by the template.
sed -e 's/tahun="2024" template="rkt"/tahun="2031" template="rkt"/' -e 's/<evaluasi tahun="2023">/<evaluasi tahun="2030">/' \
    -e 's/tanggal="2024-01-02"/tanggal="2031-01-02"/' "$sample" >"$tmp/seed-2031.xml"
"$naskah" build "$tmp/seed-2031.xml" -o "$tmp/seed-2031.pdf" 2>/dev/null || fail "build of the seed plan for 2031"
check_pdf "$tmp/seed-2031.pdf"
pdftotext "$tmp/seed-2031.pdf" - | grep -oE "202[0-9]" | sort | uniq -c >"$tmp/printed"
python3 - "$tmp/seed-2031.xml" >"$tmp/literal" <<'PY'
import collections, re, sys, xml.etree.ElementTree as ET
found = collections.Counter()
for element in ET.parse(sys.argv[1]).iter():
    texts = [element.text, element.tail] + [v for k, v in element.attrib.items() if k in ("judul", "nama")]
    for text in filter(None, texts):
        found.update(re.findall(r"202[0-9]", text))
for year in sorted(found):
    print(f"{found[year]:7} {year}")
PY
diff -b "$tmp/literal" "$tmp/printed" >"$tmp/years" || fail "years of the 2020s printed beyond those the plan writes: $(cat "$tmp/years")"
[ -s "$tmp/literal" ] || fail "the seed plan's literal years were not found"

# 3. The Perjanjian Kinerja from the seed plan: the agreement and its annex, the programs' computed sums.
"$naskah" build "$sample" --template "$pk" -o "$tmp/pk.pdf" 2>"$tmp/log" || fail "build of the Perjanjian Kinerja: $(cat "$tmp/log")"
check_pdf "$tmp/pk.pdf"
[ "$(pdfinfo "$tmp/pk.pdf" | awk '/^Pages:/ {print $2}')" = 2 ] || fail "the Perjanjian Kinerja is not 2 pages"
text_has "$tmp/pk.pdf" "PERJANJIAN KINERJA TAHUN 2024"
pdfimages -list -f 1 -l 1 "$tmp/pk.pdf" | grep -q "^ *1 *0 image" || fail "the Perjanjian Kinerja's logo is not drawn"
text_has "$tmp/pk.pdf" "selanjutnya disebut pihak pertama"
text_has "$tmp/pk.pdf" "H. BUDIMAN, M.Pd"
text_has "$tmp/pk.pdf" "NIP. 19760316 200803 1 001"
text_has "$tmp/pk.pdf" "LAMPIRAN PERJANJIAN KINERJA TAHUN 2024"
# Program 2's anggaran as the plan states it, marked, and explained under the table; JUMLAH adds up what is printed.
pdftotext -layout "$tmp/pk.pdf" - | grep -Eq "17\.903\.779\.061 \*\)" || fail "program 2's stated anggaran"
pdftotext -layout "$tmp/pk.pdf" - | grep -Eq "JUMLAH +46\.488\.337\.755" || fail "the programs' JUMLAH"
text_has "$tmp/pk.pdf" "sedangkan jumlah anggaran sub kegiatannya Rp 16.487.571.661; selisih Rp 1.416.207.400."
pdftotext -layout "$tmp/pk.pdf" - | grep -q " 16.487.571.661" || fail "program 2's computed anggaran"
text_has "$tmp/pk.pdf" "ANGGARAN (Rp)"
pdfinfo "$tmp/pk.pdf" | grep -q "^Title: *Perjanjian Kinerja Sekretariat DPRD Kabupaten Luwu Timur Tahun 2024$" ||
  fail "the Perjanjian Kinerja's title"

# A revision (perubahan="1"): PERUBAHAN in the titles of both documents, from the same templates.
sed 's/tahun="2024"/tahun="2024" perubahan="1"/' "$sample" >"$tmp/rkt-2024-perubahan.xml"
cp "$(dirname "$sample")/lambang.png" "$tmp/"
"$naskah" build "$tmp/rkt-2024-perubahan.xml" -o "$tmp/revised.pdf" 2>"$tmp/log" || fail "build of a revision: $(cat "$tmp/log")"
"$naskah" build "$tmp/rkt-2024-perubahan.xml" --template "$pk" -o "$tmp/pk-revised.pdf" 2>"$tmp/log" ||
  fail "the Perjanjian Kinerja of a revision: $(cat "$tmp/log")"
check_pdf "$tmp/revised.pdf" "$tmp/pk-revised.pdf"
pdftotext -l 1 "$tmp/revised.pdf" - | tr "\n" " " | grep -q "^RENCANA KINERJA TAHUNAN (RKT) PERUBAHAN " || fail "the revision's cover"
pdfinfo "$tmp/revised.pdf" | grep -q "^Title: *Rencana Kinerja Tahunan (RKT) Perubahan Sekretariat DPRD Kabupaten Luwu Timur Tahun 2024$" ||
  fail "the revision's PDF title"
text_has "$tmp/pk-revised.pdf" "PERJANJIAN KINERJA PERUBAHAN TAHUN 2024"
text_has "$tmp/pk-revised.pdf" "LAMPIRAN PERJANJIAN KINERJA PERUBAHAN TAHUN 2024"

# By name, as a plan names it.
"$naskah" build "$minimal" --template perjanjian-kinerja -o "$tmp/pk-by-name.pdf" 2>"$tmp/log" ||
  fail "--template perjanjian-kinerja: $(cat "$tmp/log")"
check_pdf "$tmp/pk-by-name.pdf"
text_has "$tmp/pk-by-name.pdf" "PERJANJIAN KINERJA TAHUN 2025"
"$naskah" build "$minimal" --template tidak-ada -o "$tmp/none.pdf" 2>"$tmp/log"
[ $? = 1 ] && grep -q 'template "tidak-ada" not found' "$tmp/log" || fail "an unknown template name: $(cat "$tmp/log")"
[ -e "$tmp/none.pdf" ] && fail "a PDF was written without a template"
# The standard templates' folder named in NASKAH_TEMPLATE_PATH too is listed once where the template was sought.
NASKAH_TEMPLATE_PATH="$root/templates" "$naskah" build "$minimal" --template tidak-ada -o "$tmp/none.pdf" 2>"$tmp/log"
[ "$(grep -c "^  .*templates\$" "$tmp/log")" = 1 ] || fail "a folder listed twice where the template was sought: $(cat "$tmp/log")"

# 4. A plan names its template: template="perjanjian-kinerja" needs no option.
sed 's/<rkt xmlns="urn:naskah:rkt:1" tahun="2025">/<rkt xmlns="urn:naskah:rkt:1" tahun="2025" template="perjanjian-kinerja">/' \
  "$minimal" >"$tmp/pk-plan.xml"
grep -q 'template="perjanjian-kinerja"' "$tmp/pk-plan.xml" || fail "could not name the template in the plan"
"$naskah" build "$tmp/pk-plan.xml" -o "$tmp/pk-2025.pdf" 2>"$tmp/log" || fail "build by the plan's template: $(cat "$tmp/log")"
check_pdf "$tmp/pk-2025.pdf"
text_has "$tmp/pk-2025.pdf" "PERJANJIAN KINERJA TAHUN 2025"

# 5. A plan without <atasan> cannot be a Perjanjian Kinerja: an error in the template, exit 1, and the good PDF
#    already there is left as it was.
grep -v "<atasan " "$minimal" >"$tmp/no-atasan.xml"
cp "$tmp/pk-2025.pdf" "$tmp/keep.pdf"
"$naskah" build "$tmp/no-atasan.xml" --template "$pk" -o "$tmp/keep.pdf" 2>"$tmp/log"
status=$?
[ "$status" = 1 ] || fail "a plan without <atasan>: exit $status, expected 1"
grep -q "perjanjian-kinerja/template.xml:[0-9]*:[0-9]*: error: {atasan} needs the unit head's superior" "$tmp/log" ||
  fail "no error at the template's {atasan}: $(cat "$tmp/log")"
cmp -s "$tmp/keep.pdf" "$tmp/pk-2025.pdf" || fail "the earlier PDF was changed"
ls "$tmp" | grep -q "\.tmp" && fail "a temporary file was left behind"

finish
