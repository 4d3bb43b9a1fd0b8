#!/usr/bin/env bash
# naskah init as a planner runs it in January: next year's plan from the sample, what it keeps, what it prepares,
# what it refuses.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"
new="$tmp/rkt-2025.xml"

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

# The old file's comments are all still there, but for those inside its old evaluasi (they spoke of 2023).
old_evaluasi = (old.index("<evaluasi"), old.index("</evaluasi>"))
comments = [(m.start(), m.group(0)) for m in re.finditer(r"<!--.*?-->", old, re.S)]
kept = [c for at, c in comments if not old_evaluasi[0] <= at < old_evaluasi[1]]
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
# The new plan names its schema for editors: the XSD installed with naskah.
import os, re
reference = re.search(r'<rkt xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                      r'xsi:schemaLocation="urn:naskah:rkt:1 file://([^"]+)"', new)
assert reference and os.path.isfile(reference.group(1)), "no xsi:schemaLocation naming the installed XSD"
head_new = new[:new.index("<evaluasi")].replace(reference.group(0), "<rkt", 1)
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
pdftotext -layout "$tmp/rkt-2025.pdf" - >"$tmp/pdf.txt" 2>/dev/null
grep -Eq "Persentase Capaian +100% +- +-$" "$tmp/pdf.txt" ||
  fail "the evaluation table does not show an empty realisasi with capaian -: $(grep -n 'Persentase Capaian' "$tmp/pdf.txt")"
grep -Eq "Persentase Ranperdah +90% +- +-$" "$tmp/pdf.txt" || fail "the second indikator's row"
grep -q "Tahun 2025" "$tmp/pdf.txt" || fail "the PDF is not of 2025"

"$naskah" init --help | grep -q "^Example: naskah init --tahun 2025 --from rkt-2024.xml" || fail "init --help has no example"
"$naskah" --help | grep -q "^  init " || fail "naskah --help does not list init"
leftover=$(ls -A "$tmp" "$tmp/plans" | grep '^\.') && fail "temporary files left behind: $leftover"

finish
