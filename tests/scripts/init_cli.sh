#!/usr/bin/env bash
# naskah init as a planner runs it in January: next year's plan from the sample, what it keeps, what it prepares,
# what it refuses.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"
new="$tmp/rkt-2025.xml"
cp "$root/samples/lambang.png" "$tmp/"  # the sample's logo, which next year's plan names too

"$naskah" init --tahun 2025 --from "$sample" -o "$new" >"$tmp/out" 2>"$tmp/err"; code=$?
[ $code -eq 0 ] || { fail "init of the sample: exit $code: $(cat "$tmp/out" "$tmp/err")"; finish; exit; }
[ -s "$tmp/err" ] && fail "init printed on standard error: $(cat "$tmp/err")"
grep -qx "wrote $new: tahun 2025, evaluasi 2024 prepared with 2 indikator to fill in (realisasi)" "$tmp/out" ||
  fail "the report of what was written: $(head -1 "$tmp/out")"
grep -q "^$new:[0-9]*: note: indikator \"Persentase Rekomendasi DPRD yang ditindaklanjuti\" of sasaran 2 has no target" "$tmp/out" ||
  fail "no note about the indikator without a target: $(cat "$tmp/out")"

# The new plan parses: warnings only, so check passes, and --strict fails on them.
"$naskah" check "$new" >"$tmp/check" 2>"$tmp/check.err"; code=$?
[ $code -eq 0 ] || fail "check of the new plan: exit $code: $(cat "$tmp/check" "$tmp/check.err")"
"$naskah" check --strict "$new" >/dev/null 2>&1; code=$?
[ $code -eq 1 ] || fail "check --strict of the new plan: exit $code, expected 1"
grep -v "^next: \|: note: \|^wrote " "$tmp/out" | cmp -s - "$tmp/check" || fail "init did not print the check of the new plan"
[ "$(grep -c '\[realisasi-missing\]' "$tmp/check")" -eq 2 ] || fail "expected 2 realisasi-missing warnings: $(cat "$tmp/check")"
grep -q "\[evaluation-status\]" "$tmp/check" && fail "the old evaluation's finding is still reported"

python3 - "$sample" "$new" "$tmp/check" <<'PY' || fail "the content of the new plan"
import re, sys
import xml.etree.ElementTree as ET
old_path, new_path, check_path = sys.argv[1:]
old = open(old_path, encoding="utf-8").read()
new = open(new_path, encoding="utf-8").read()
ns = {"r": "urn:naskah:rkt:1"}
root = ET.fromstring(new.encode("utf-8"))
old_root = ET.fromstring(old.encode("utf-8"))

assert root.get("tahun") == "2025", root.get("tahun")
assert root.find("r:penandatangan", ns).get("tanggal") == "2025-01-02"
evaluasi = root.findall("r:evaluasi", ns)
assert len(evaluasi) == 1 and evaluasi[0].get("tahun") == "2024", evaluasi
assert new.count('<evaluasi tahun="2024">') == 1

# Exactly the rencana's indikator (per sasaran, with their targets), each with an empty realisasi. The one without a
# target stands commented out in its sasaran.
expected, commented = [], []
for position, sasaran in enumerate(old_root.find("r:rencana", ns).findall("r:sasaran", ns), 1):
    nomor = sasaran.get("nomor", str(position))
    for indikator in sasaran.findall("r:indikator", ns):
        if indikator.get("target") is None:
            commented.append(indikator.get("nama"))
        else:
            expected.append((nomor, sasaran.get("nama"), indikator.get("nama"), indikator.get("target")))
found = [(s.get("nomor"), s.get("nama"), i.get("nama"), i.get("target"))
         for s in evaluasi[0].findall("r:sasaran", ns) for i in s.findall("r:indikator", ns)]
assert found == expected, (found, expected)
assert len(found) == 2
realisasi = [i.get("realisasi") for i in evaluasi[0].iter("{urn:naskah:rkt:1}indikator")]
assert realisasi == ["", ""], realisasi
assert all(set(i.attrib) == {"nama", "target", "realisasi"} for i in evaluasi[0].iter("{urn:naskah:rkt:1}indikator"))
evaluasi_text = new[new.index('<evaluasi tahun="2024">'):new.index("</evaluasi>")]
assert commented == ["Persentase Rekomendasi DPRD yang ditindaklanjuti"], commented
assert f'<!-- no target in the plan for 2024: <indikator nama="{commented[0]}" target="" realisasi=""/> -->' in evaluasi_text

# Each realisasi-missing warning stands at the <indikator> it names.
lines = new.split("\n")
warnings = [l for l in open(check_path, encoding="utf-8") if l.rstrip().endswith("[realisasi-missing]")]
assert len(warnings) == 2, warnings
for w in warnings:
    m = re.match(r'.*?:(\d+):(\d+): warning: the realisasi of indikator "(.*?)" of sasaran (\d+) \(evaluasi 2024\) '
                 r'is not filled in; write what was achieved in 2024 \[realisasi-missing\]$', w.rstrip())
    assert m, w
    line, column, nama, nomor = int(m.group(1)), int(m.group(2)), m.group(3), m.group(4)
    assert lines[line - 1][column - 1:].startswith(f'<indikator nama="{nama}"'), (w, lines[line - 1])
    assert (nomor, nama) in [(e[0], e[2]) for e in expected], w

# The old file's comments are all still there, but for those inside its old evaluasi (they spoke of 2023); the
# header's (before <rkt>) speaks of the plan's year, which it follows.
old_evaluasi = (old.index("<evaluasi"), old.index("</evaluasi>"))
comments = [(m.start(), m.group(0)) for m in re.finditer(r"<!--.*?-->", old, re.S)]
header = comments[0][1]
assert comments[0][0] < old.index("<rkt") and "(RKT) 2024" in header, header
assert header.replace("2024", "2025") in new and "2024" not in new[:new.index("<rkt")]
kept = [c for at, c in comments[1:] if not old_evaluasi[0] <= at < old_evaluasi[1]]
assert len(kept) >= 4 and len(kept) < len(comments), (len(kept), len(comments))
for c in kept:
    assert c in new, c
assert "seed: keterangan" not in new

# The rencana, byte for byte; and everything before the evaluasi but for tahun and tanggal.
def rencana(text):
    return text[text.index("<rencana>"):text.index("</rencana>") + len("</rencana>")]
assert rencana(new) == rencana(old)
assert new[new.index("</evaluasi>"):] == old[old.index("</evaluasi>"):]
head_old = old[:old.index("<evaluasi")].replace('tahun="2024"', 'tahun="2025"', 1).replace('tanggal="2024-01-02"', 'tanggal="2025-01-02"', 1)
head_old = head_old.replace(header, header.replace("2024", "2025"), 1)
# The new plan names its schema for editors, by the schema's name: no path of this computer.
reference = '<rkt xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:naskah:rkt:1 urn:naskah:rkt:1:xsd"'
assert reference in new, "no xsi:schemaLocation naming the schema by its URN"
head_new = new[:new.index("<evaluasi")].replace(reference, "<rkt", 1)
assert head_new == head_old
PY

# A second run does not replace the new plan, unless told to; --force gives the same file again.
cp "$new" "$tmp/first.xml"
echo "<!-- the planner's work -->" >>"$new"; cp "$new" "$tmp/edited.xml"
"$naskah" init --tahun 2025 --from "$sample" -o "$new" >"$tmp/out" 2>"$tmp/err"; code=$?
[ $code -eq 2 ] || fail "a second run without --force: exit $code, expected 2"
grep -q "exists; it is not replaced without --force" "$tmp/err" || fail "the refusal says why: $(cat "$tmp/err")"
cmp -s "$new" "$tmp/edited.xml" || fail "a refused run changed the file"
"$naskah" init --tahun 2025 --from "$sample" -o "$new" --force >/dev/null 2>&1 || fail "--force: exit $?"
cmp -s "$new" "$tmp/first.xml" || fail "--force did not write the same plan again"

# Not a year after the old plan's; not over the old plan itself; a year that is no year.
"$naskah" init --tahun 2024 --from "$sample" -o "$tmp/same-year.xml" >/dev/null 2>"$tmp/err"; code=$?
[ $code -eq 2 ] || fail "--tahun 2024: exit $code, expected 2"
grep -q "is the plan for 2024; the new plan's year comes after it" "$tmp/err" || fail "--tahun 2024 message: $(cat "$tmp/err")"
[ -e "$tmp/same-year.xml" ] && fail "--tahun 2024 wrote a file"
cp "$sample" "$tmp/rkt-2024.xml"
"$naskah" init --tahun 2025 --from "$tmp/rkt-2024.xml" -o "$tmp/rkt-2024.xml" --force >/dev/null 2>&1; code=$?
[ $code -eq 2 ] || fail "writing over the old plan: exit $code, expected 2"
cmp -s "$sample" "$tmp/rkt-2024.xml" || fail "the old plan was changed"
"$naskah" init --tahun 25 --from "$sample" -o "$tmp/y.xml" >/dev/null 2>&1; [ $? -eq 2 ] || fail "--tahun 25 accepted"
"$naskah" init --from "$sample" >/dev/null 2>&1; [ $? -eq 2 ] || fail "no --tahun accepted"

# The default name: the old one with its year replaced, in the same folder; a name without the year needs -o.
mkdir "$tmp/plans" && cp "$sample" "$tmp/plans/rkt-2024.xml"
"$naskah" init --tahun 2025 --from "$tmp/plans/rkt-2024.xml" >"$tmp/out" 2>&1 || fail "init with the default name: $(cat "$tmp/out")"
cmp -s "$tmp/plans/rkt-2025.xml" "$tmp/first.xml" || fail "rkt-2024.xml did not give rkt-2025.xml: $(ls "$tmp/plans")"
cp "$sample" "$tmp/plan.xml"
"$naskah" init --tahun 2025 --from "$tmp/plan.xml" >/dev/null 2>"$tmp/err"; code=$?
[ $code -eq 2 ] || fail "a name without its year: exit $code, expected 2"
grep -q "does not hold its year 2024; name the new plan with -o" "$tmp/err" || fail "no-year message: $(cat "$tmp/err")"

# A broken plan: its errors as naskah check gives them, exit 1, nothing written.
broken="$root/tests/data/invalid/amount-commas.xml"
"$naskah" init --tahun 2026 --from "$broken" -o "$tmp/broken-2026.xml" >/dev/null 2>"$tmp/err"; code=$?
[ $code -eq 1 ] || fail "a broken plan: exit $code, expected 1"
grep -qxF "$broken:$(head -1 "$root/tests/data/invalid/amount-commas.expected")" "$tmp/err" ||
  fail "the broken plan's error: $(cat "$tmp/err")"
[ -e "$tmp/broken-2026.xml" ] && fail "a broken plan gave a file"

# The new plan builds (a draft: warnings allowed); the evaluation table shows the empty realisasi, capaian "-".
"$naskah" build "$new" -o "$tmp/rkt-2025.pdf" >/dev/null 2>"$tmp/err" || fail "build of the new plan: $(cat "$tmp/err")"
check_pdf "$tmp/rkt-2025.pdf"
pdftotext -layout "$tmp/rkt-2025.pdf" - >"$tmp/pdf.txt" 2>/dev/null
# (The indikator's name may wrap after its first word, as the table's columns are measured from its content.)
grep -Eq "Persentase( Capaian)? +100% +- +-$" "$tmp/pdf.txt" ||
  fail "the evaluation table does not show an empty realisasi with capaian -: $(grep -n 'Persentase Capaian' "$tmp/pdf.txt")"
grep -Eq "Persentase( Ranperdah)? +90% +- +-$" "$tmp/pdf.txt" || fail "the second indikator's row"
grep -q "Tahun 2025" "$tmp/pdf.txt" || fail "the PDF is not of 2025"

"$naskah" init --help | grep -q "^  naskah init --tahun 2025 --from rkt-2024.xml " || fail "init --help has no example"
"$naskah" init --help | grep -q "^  naskah init --tahun 2025 --instansi " || fail "init --help has no example of a first plan"
"$naskah" --help | grep -q "^  init " || fail "naskah --help does not list init"

# A first plan, for a unit that has none: the unit, the signatory to fill in, the schema named; it validates, check
# lists what to fill in (only that), and it builds.
mkdir "$tmp/first" && cd "$tmp/first" || exit 1
"$naskah" init --tahun 2025 --instansi "Dinas Kesehatan" --daerah "Kabupaten Luwu Timur" >"$tmp/out" 2>"$tmp/err"; code=$?
[ $code -eq 0 ] || fail "init of a first plan: exit $code: $(cat "$tmp/out" "$tmp/err")"
[ -s "$tmp/err" ] && fail "init of a first plan printed on standard error: $(cat "$tmp/err")"
cat >"$tmp/expected" <<'EXPECTED'
wrote rkt-2025.xml: the first plan for 2025, to fill in
rkt-2025.xml:11:3: warning: the plan gives no logo, so the cover has no lambang daerah; add logo="lambang.png" to <instansi> (a PNG or JPEG file, found relative to the plan) [logo-missing]
rkt-2025.xml:17:18: warning: the signatory's jabatan is not filled in; write the title that stands above the signature [signatory-missing]
rkt-2025.xml:17:29: warning: the signatory's nama is not filled in; write the name with degrees, as it is to be printed [signatory-missing]
rkt-2025.xml:17:37: warning: the signatory's nip is not filled in; write the 18-digit NIP [signatory-missing]
rkt-2025.xml:18:18: warning: the signatory's tempat is not filled in; write the place where the plan is signed [signatory-missing]
rkt-2025.xml:18:28: warning: the signatory's tanggal is not filled in; write the day the plan is signed, as YYYY-MM-DD [signatory-missing]
rkt-2025.xml:39:3: warning: the rencana has no sasaran [empty-level]
next: fill in what the warnings name; the rencana from a spreadsheet with naskah import ANNEX.xlsx --into rkt-2025.xml (docs/spreadsheets.md); then naskah check --strict rkt-2025.xml
EXPECTED
diff "$tmp/expected" "$tmp/out" >/dev/null || fail "the report of a first plan: $(diff "$tmp/expected" "$tmp/out")"
"$naskah" check rkt-2025.xml >"$tmp/check" 2>/dev/null || fail "check of the first plan fails"
grep -v "^wrote \|^next: " "$tmp/out" | cmp -s - "$tmp/check" || fail "init did not print the check of the first plan"
"$naskah" check --strict rkt-2025.xml >/dev/null 2>&1 && fail "check --strict passes a first plan with blanks"
xmllint --noout --schema "$root/schema/naskah-rkt-1.xsd" rkt-2025.xml 2>"$tmp/err" || fail "the first plan is not valid: $(cat "$tmp/err")"
grep -q 'xsi:schemaLocation="urn:naskah:rkt:1 urn:naskah:rkt:1:xsd"' rkt-2025.xml ||
  fail "the first plan does not name the schema by its URN"
grep -q "file:" rkt-2025.xml && fail "the first plan names a file of this computer"
# Sent to another office: in any folder, the schema's catalogue (installed beside the schema) finds the schema by the
# name the plan gives it, and xmllint validates the plan against it.
mkdir -p "$tmp/elsewhere/office" && cp rkt-2025.xml "$tmp/elsewhere/office/plan.xml"
location=$(sed -n 's/.*xsi:schemaLocation="urn:naskah:rkt:1 \([^"]*\)".*/\1/p' rkt-2025.xml)
(cd "$tmp/elsewhere" && XML_CATALOG_FILES="$root/schema/catalog.xml" xmllint --noout --schema "$location" office/plan.xml) \
  2>"$tmp/err" || fail "xmllint does not validate the plan in another folder through the catalogue: $(cat "$tmp/err")"
(cd "$tmp/elsewhere" && xmllint --noout --schema "$location" office/plan.xml) >/dev/null 2>&1 &&
  fail "xmllint validated without the catalogue: the test proves nothing"
"$naskah" build rkt-2025.xml -o rkt-2025.pdf >/dev/null 2>"$tmp/err" || fail "build of the first plan: $(cat "$tmp/err")"
pdftotext -layout rkt-2025.pdf - 2>/dev/null >"$tmp/pdf.txt"
grep -q "DINAS KESEHATAN" "$tmp/pdf.txt" && grep -q "BAB III PENUTUP" "$tmp/pdf.txt" || fail "the first plan's PDF lacks its cover or chapters"
grep -q "Evaluasi Pelaksanaan" "$tmp/pdf.txt" && fail "the first plan's PDF has an evaluation subbab"
# With the signatory given, only the logo and the rencana are left; a bad NIP or date writes nothing; --from does
# not mix in.
"$naskah" init --tahun 2025 --instansi "Dinas Kesehatan" --daerah "Kabupaten Luwu Timur" -o full.xml \
  --penandatangan "dr. ANDI MAKMUR, M.Kes" --jabatan "Kepala Dinas Kesehatan" --nip "19800115 200501 1 002" \
  --pangkat "Pembina (IV/a)" --tempat Malili --tanggal 2025-01-06 >"$tmp/out" 2>&1 ||
  fail "init with the signatory: $(cat "$tmp/out")"
[ "$(grep -c 'warning:' "$tmp/out")" -eq 2 ] && grep -q "\[logo-missing\]" "$tmp/out" && grep -q "\[empty-level\]" "$tmp/out" ||
  fail "with the signatory: $(cat "$tmp/out")"
"$naskah" init --tahun 2025 --instansi "Dinas Kesehatan" --daerah "Kabupaten Luwu Timur" -o bad.xml --nip 19801315200501100 \
  >/dev/null 2>"$tmp/err"; code=$?
[ $code -eq 2 ] || fail "a bad --nip: exit $code, expected 2"
grep -q "^naskah init: --nip 19801315200501100: " "$tmp/err" || fail "a bad --nip: $(cat "$tmp/err")"
"$naskah" init --tahun 2025 --instansi "Dinas Kesehatan" --daerah "Kabupaten Luwu Timur" -o bad.xml --nip 198013152005011002 \
  >/dev/null 2>"$tmp/err"; code=$?
[ $code -eq 2 ] || fail "a NIP without a birth date: exit $code, expected 2"
grep -qx "naskah init: NIP 19801315 200501 1 002: the first 8 digits must be the birth date YYYYMMDD; 19801315 is no date \[nip\]" "$tmp/err" ||
  fail "a NIP without a birth date: $(cat "$tmp/err")"
"$naskah" init --tahun 2025 --instansi "Dinas Kesehatan" --daerah "Kabupaten Luwu Timur" -o bad.xml --tanggal 06-01-2025 \
  >/dev/null 2>"$tmp/err"; [ $? -eq 2 ] || fail "a bad --tanggal accepted"
[ -e bad.xml ] && fail "a bad option wrote a plan"
"$naskah" init --tahun 2025 --instansi "Dinas Kesehatan" >/dev/null 2>"$tmp/err"; [ $? -eq 2 ] || fail "no --daerah accepted"
grep -qx "naskah init: a first plan needs its unit: --instansi NAME and --daerah REGION" "$tmp/err" || fail "no --daerah: $(cat "$tmp/err")"
"$naskah" init --tahun 2025 --from "$sample" --instansi X -o mixed.xml >/dev/null 2>"$tmp/err"; [ $? -eq 2 ] || fail "--from with --instansi accepted"
grep -qF "naskah init: --instansi is for a first plan; with --from the unit and its signatory come from" "$tmp/err" || fail "--from with --instansi: $(cat "$tmp/err")"
cp rkt-2025.xml "$tmp/first.orig"
"$naskah" init --tahun 2025 --instansi "Dinas Lain" --daerah "Kota Palopo" >/dev/null 2>"$tmp/err"; [ $? -eq 2 ] || fail "a first plan over an existing one"
cmp -s rkt-2025.xml "$tmp/first.orig" || fail "a refused first plan changed the existing one"

# The unit's second year: the first plan, filled from a spreadsheet and revised after the APBD Perubahan
# (rkt-2025-perubahan.xml), gives next year's plan rkt-2026.xml — not rkt-2026-perubahan.xml — whose header speaks of
# 2026, whose evaluasi is filled from the rencana and printed in the standard Evaluasi subbab (the first plan's
# removal of it dropped), and whose indikator keep the arah a planner gave them.
"$naskah" export "$root/samples/rkt-2025-bappeda-luwu-timur.xml" -o annex.xlsx >/dev/null 2>&1
cp rkt-2025.xml rkt-2025-perubahan.xml
"$naskah" import annex.xlsx --into rkt-2025-perubahan.xml >/dev/null 2>"$tmp/err" || fail "import into the first plan: $(cat "$tmp/err")"
sed -i 's/<rkt xmlns="urn:naskah:rkt:1"/<rkt perubahan="1" xmlns="urn:naskah:rkt:1"/' rkt-2025-perubahan.xml
grep -q 'perubahan="1"' rkt-2025-perubahan.xml || fail "the revision is not marked: $(grep -m1 "<rkt" rkt-2025-perubahan.xml)"
"$naskah" init --tahun 2026 --from rkt-2025-perubahan.xml >"$tmp/out" 2>"$tmp/err" || fail "init --from a first plan: $(cat "$tmp/out" "$tmp/err")"
[ -e rkt-2026.xml ] && [ ! -e rkt-2026-perubahan.xml ] || fail "init --from rkt-2025-perubahan.xml did not write rkt-2026.xml: $(ls)"
head -5 rkt-2026.xml | grep -q "(RKT) 2026 of Dinas Kesehatan" || fail "the header comment does not follow the year: $(head -5 rkt-2026.xml)"
grep -q 'hapus="ya"' rkt-2026.xml && fail "the second year's plan still removes the Evaluasi subbab"
grep -q 'perubahan=' rkt-2026.xml && fail "next year's plan is still marked a revision: $(grep -m1 "<rkt" rkt-2026.xml)"
grep -q '<rkt xmlns="urn:naskah:rkt:1"' rkt-2026.xml || fail "the root lost its order: $(grep -m1 "<rkt" rkt-2026.xml)"
grep -q '<evaluasi tahun="2025">' rkt-2026.xml || fail "the second year's plan has no evaluasi of 2025"
sed -i 's/realisasi=""/realisasi="100%"/' rkt-2026.xml
"$naskah" check rkt-2026.xml 2>/dev/null | grep -q "evaluation-removed" && fail "the second year's plan: evaluation-removed"
"$naskah" build rkt-2026.xml -o rkt-2026.pdf >/dev/null 2>"$tmp/err" || fail "build of the second year's plan: $(cat "$tmp/err")"
check_pdf rkt-2026.pdf
pdftotext rkt-2026.pdf - 2>/dev/null | tr '\n' ' ' |
  grep -q "A. Evaluasi Pelaksanaan Rencana Kinerja Tahunan (RKT) Perangkat Daerah Tahun 2025" ||
  fail "the second year's PDF has no Evaluasi subbab"
pdftotext -layout rkt-2026.pdf - 2>/dev/null | grep -Eq "Target +Realisasi +Capaian +Keterangan" ||
  fail "the second year's PDF has no evaluation table"
# The third year: an indikator whose arah a planner set to turun keeps it.
sed -i "0,/realisasi=\"100%\"/s//realisasi=\"100%\" arah=\"turun\"/" rkt-2026.xml
"$naskah" init --tahun 2027 --from rkt-2026.xml >/dev/null 2>"$tmp/err" || fail "init of the third year: $(cat "$tmp/err")"
python3 - rkt-2026.xml rkt-2027.xml <<'PY' || fail "arah across two years"
import sys
import xml.etree.ElementTree as ET
ns = "{urn:naskah:rkt:1}"
def arah(path):
    evaluasi = ET.parse(path).getroot().find(ns + "evaluasi")
    return [(i.get("nama"), i.get("arah", "naik")) for i in evaluasi.iter(ns + "indikator")]
before, after = arah(sys.argv[1]), arah(sys.argv[2])
assert before[0][1] == "turun" and all(a == "naik" for _, a in before[1:]), before
assert after == before, (after, before)
PY
# A plan with evaluasi data that still removes the subbab is warned about.
"$naskah" check "$root/tests/data/invalid/evaluation-subbab-removed.xml" 2>/dev/null | grep -q "\[evaluation-removed\]$" ||
  fail "check says nothing of an evaluasi whose subbab is removed"
cd "$root" || exit 1

leftover=$(ls -A "$tmp" "$tmp/plans" "$tmp/first" | grep '^\.') && fail "temporary files left behind: $leftover"

finish
