#!/usr/bin/env bash
# naskah build end to end on the sample: a valid PDF, fonts embedded, contents right, reproducible, atomic.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"

"$naskah" build "$sample" -o "$tmp/a.pdf" 2>"$tmp/log" || { fail "build of the sample: $(cat "$tmp/log")"; finish; exit; }
grep -q "warning: .*\[budget-rollup\]" "$tmp/log" || fail "the build did not show the plan's warnings"

# A valid PDF, accepted without a word by every reader.
check_pdf "$tmp/a.pdf"

# Every font embedded (and subset).
pdffonts "$tmp/a.pdf" | tail -n +3 >"$tmp/fonts"
[ -s "$tmp/fonts" ] || fail "pdffonts lists no font"
awk '{ if ($(NF-4) != "yes") bad = 1 } END { exit bad }' "$tmp/fonts" || fail "a font is not embedded: $(cat "$tmp/fonts")"

# Document information from the plan, never the clock.
pdfinfo "$tmp/a.pdf" >"$tmp/info"
grep -q "^Title: *Rencana Kinerja Tahunan (RKT) Sekretariat DPRD Kabupaten Luwu Timur Tahun 2024$" "$tmp/info" || fail "title: $(grep Title "$tmp/info")"
grep -q "^Author: *Sekretariat Dewan Perwakilan Rakyat Daerah Kabupaten Luwu Timur$" "$tmp/info" || fail "author"
grep -q "^Creator: *naskah [0-9]" "$tmp/info" || fail "creator"
grep -q "^CreationDate: *Tue Jan  2 00:00:00 2024" "$tmp/info" || fail "creation date: $(grep CreationDate "$tmp/info")"
grep -q "^Page size: *609.449 x 935.433 pts$" "$tmp/info" || fail "page size: $(grep 'Page size' "$tmp/info")"  # F4

# The evaluation table prints the computed status (the plan says "Tercapai" for 96,86% of 100%), and the annex
# stands on landscape pages at the end.
pdftotext -layout "$tmp/a.pdf" - | grep -E "100% +96,86% +96,86% +Tidak Tercapai" >/dev/null ||
  fail "the evaluation table does not show 96,86% as Tidak Tercapai"
pages=$(pdfinfo "$tmp/a.pdf" | awk '/^Pages:/ {print $2}')
pdfinfo -f 1 -l "$pages" "$tmp/a.pdf" | awk '/^Page +[0-9]+ size:/ {print ($4 > $6 ? "L" : "P")}' | tr -d '\n' >"$tmp/orientation"
grep -Eq '^P+L{3,}$' "$tmp/orientation" || fail "expected portrait pages, then at least 3 landscape annex pages: $(cat "$tmp/orientation")"

# Amounts of Rp 100 billion and more stand whole on their line, the program's sum and TOTAL too: the annex's amount
# columns are as wide as their widest figure. And nothing had to be cut.
cp "$root/samples/lambang.png" "$tmp/"  # the plans' logo, found beside them
sed 's/anggaran="40.206.350"/anggaran="198.456.321.500"/' "$sample" >"$tmp/billions.xml"
"$naskah" build "$tmp/billions.xml" -o "$tmp/billions.pdf" 2>"$tmp/log" || fail "build with Rp 198 billion: $(cat "$tmp/log")"
grep -q "overfull" "$tmp/log" && fail "an amount of Rp 198 billion was cut: $(grep overfull "$tmp/log")"
pdftotext -layout "$tmp/billions.pdf" - >"$tmp/billions.txt"
for figure in 198.456.321.500 227.000.673.844 243.488.245.505; do
  grep -Eq "(^| )$figure( |$)" "$tmp/billions.txt" || fail "$figure is not whole on one line: $(grep -n "${figure:0:7}" "$tmp/billions.txt")"
done
grep -Eq "TOTAL +243.488.245.505$" "$tmp/billions.txt" || fail "TOTAL: $(grep -n TOTAL "$tmp/billions.txt")"
rm -f "$tmp/billions.xml" "$tmp/billions.pdf" "$tmp/billions.txt"

# A unit with nine Bidang, each with its Seksi: the chart's rows are wider than the portrait text, so its page is
# turned to landscape between the portrait pages of BAB I; the numbering goes on through it, and DAFTAR GAMBAR
# gives that page.
python3 - "$sample" "$tmp/wide.xml" <<'PY' || fail "a wide chart's plan"
import re, sys
plan = open(sys.argv[1], encoding="utf-8").read()
units = "".join(f'<unit nama="Bidang Pelayanan {i}"><unit nama="Seksi {i}"/></unit>' for i in range(1, 10))
chart = (f'<struktur-organisasi><unit nama="Kepala Dinas" pejabat="Dr. H. ANDI MUHAMMAD RIZAL, S.Pd., M.Pd., M.Si.">'
         f'<unit nama="Kelompok Jabatan Fungsional" posisi="samping"/>{units}</unit></struktur-organisasi>')
plan, n = re.subn(r"<struktur-organisasi[ >].*?</struktur-organisasi>", chart, plan, flags=re.S)
assert n == 1
open(sys.argv[2], "w", encoding="utf-8").write(plan)
PY
"$naskah" build "$tmp/wide.xml" -o "$tmp/wide.pdf" 2>/dev/null || fail "build of the wide chart"
python3 - "$tmp/wide.pdf" <<'PY' || fail "the wide chart on a landscape page"
import re, subprocess, sys
pdf = sys.argv[1]
info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", pdf], capture_output=True, text=True).stdout
wide = [float(w) > float(h) for w, h in re.findall(r"Page +\d+ size: +([\d.]+) x ([\d.]+)", info)]
texts = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout.split("\f")
chart = [i for i, t in enumerate(texts) if "SEKSI 9" in t]
assert len(chart) == 1, chart
c = chart[0]
assert wide[c] and not wide[c - 1] and not wide[c + 1], wide
assert re.search(r"^\s*Gambar 1\.1 Bagan Struktur Organisasi", texts[c], re.M), texts[c]
assert "KEPALA DINAS" in texts[c] and "Dr. H. ANDI MUHAMMAD RIZAL, S.Pd., M.Pd., M.Si." in texts[c], texts[c]
numbers = [t.strip().splitlines()[-1].strip() if t.strip() else "" for t in texts[c - 1:c + 2]]
assert numbers[0].isdigit() and numbers == [str(int(numbers[0]) + k) for k in range(3)], numbers
listed = next(t for t in texts if t.strip().startswith("DAFTAR GAMBAR"))
assert re.search(r"\.{3,}\s*" + numbers[1] + r"\s*$", listed, re.M), listed
PY
rm -f "$tmp/wide.xml" "$tmp/wide.pdf"

# The TOC's page number of every bab is the footer number of the page that starts that bab; the outline mirrors
# bab and subbab.
python3 - "$tmp/a.pdf" <<'PY' || fail "contents and outline"
import json, re, subprocess, sys
pdf = sys.argv[1]
pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
def page_text(n):
    return subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), pdf, "-"], capture_output=True, text=True).stdout
texts = [page_text(n) for n in range(1, pages + 1)]
toc_page = next(i for i, t in enumerate(texts) if "DAFTAR ISI" in t and "BAB I PENDAHULUAN" in t)
toc = {}
for line in texts[toc_page].splitlines():
    m = re.match(r"\s*(BAB [IVX]+ .*?|LAMPIRAN)\s*\.{3,}\s*(\d+)\s*$", line)
    if m:
        toc[m.group(1).strip()] = m.group(2)
assert set(toc) >= {"BAB I PENDAHULUAN", "BAB II RENCANA KINERJA TAHUNAN (RKT)", "BAB III PENUTUP", "LAMPIRAN"}, toc
for title, number in toc.items():
    first_line = "LAMPIRAN" if title == "LAMPIRAN" else title.split(" ", 2)[0] + " " + title.split(" ", 2)[1]
    starts = [i for i, t in enumerate(texts) if t.strip().splitlines() and t.strip().splitlines()[0].strip() == first_line]
    assert starts, f"no page starts with {first_line}"
    footer = texts[starts[0]].strip().splitlines()[-1].strip()
    assert footer == number, f"{title}: the TOC says {number}, the page footer says {footer}"
outline = json.loads(subprocess.run(["qpdf", "--json", "--json-key=outlines", pdf], capture_output=True, text=True).stdout)["outlines"]
titles = [o["title"] for o in outline]
assert titles[:2] == ["KATA PENGANTAR", "DAFTAR ISI"] and "BAB I PENDAHULUAN" in titles and titles[-1] == "LAMPIRAN", titles
bab1 = next(o for o in outline if o["title"] == "BAB I PENDAHULUAN")
assert [k["title"] for k in bab1["kids"]][:2] == ["A. Latar Belakang", "B. Landasan Hukum"], bab1["kids"]
PY

# The sample is the seed unit's 2024 RKT with its chart as tall as the seed's: on the official setup (F4, Arial's
# metrics, 1,5 spasi, margins 4-3-3-3) its Daftar Isi gives the pages the seed's printed Daftar Isi gives.
python3 - "$tmp/a.pdf" <<'PY' || fail "the sample's Daftar Isi against the seed's"
import re, subprocess, sys
seed = [("BAB I PENDAHULUAN", 1), ("A. Latar Belakang", 1), ("B. Landasan Hukum", 2),
        ("C. Kewenangan, Tugas Pokok dan Struktur Organisasi", 3), ("D. Maksud dan Tujuan Rencana Kinerja Tahunan (RKT)", 5),
        ("E. Manfaat Rencana Kinerja Tahunan (RKT)", 6), ("F. Sistematika Penulisan", 7),
        ("BAB II RENCANA KINERJA TAHUNAN (RKT)", 9), ("A. Evaluasi Pelaksanaan", 9), ("B. Rencana Kinerja Tahunan", 10),
        ("BAB III PENUTUP", 12)]
text = subprocess.run(["pdftotext", "-layout", "-f", "1", "-l", "6", sys.argv[1], "-"], capture_output=True, text=True).stdout
toc = next(t for t in text.split("\f") if "DAFTAR ISI" in t and "BAB I PENDAHULUAN" in t)
entries, pending = [], ""
for line in toc.splitlines():
    pending = (pending + " " + line.strip()).strip()
    m = re.match(r"(.*?)\s*\.{3,}\s*(\d+)$", pending)
    if m:
        entries.append((m.group(1), int(m.group(2))))
        pending = ""
    elif not re.match(r"[A-Z]\. |BAB ", pending):
        pending = ""
ours = [next((n for title, n in entries if title.startswith(start)), None) for start, _ in seed]
assert ours == [n for _, n in seed], list(zip([s for s, _ in seed], ours, [n for _, n in seed]))
PY

# DAFTAR GAMBAR, after DAFTAR ISI, gives the page of the organisation chart's caption; the chart is drawn as boxes
# and lines with its offices in capitals, BAB II's heading names the unit and its region.
python3 - "$tmp/a.pdf" <<'PY' || fail "DAFTAR GAMBAR, the chart and BAB II's heading"
import re, subprocess, sys
pdf = sys.argv[1]
pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
texts = [subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), pdf, "-"], capture_output=True,
                        text=True).stdout for n in range(1, pages + 1)]
figures = next(i for i, t in enumerate(texts) if t.strip().startswith("DAFTAR GAMBAR"))
assert "DAFTAR ISI" in texts[figures - 1], "DAFTAR GAMBAR does not follow DAFTAR ISI"
listed = re.search(r"Gambar 1\.1 Bagan Struktur Organisasi[\s\S]*?\.{3,}\s*(\d+)", texts[figures])
assert listed, texts[figures]
caption = [i for i, t in enumerate(texts) if i > figures and re.search(r"^\s*Gambar 1\.1 Bagan Struktur Organisasi", t, re.M)]
assert caption, "no caption"
footer = texts[caption[0]].strip().splitlines()[-1].strip()
assert footer == listed.group(1), f"DAFTAR GAMBAR says {listed.group(1)}, the caption's page is {footer}"
# The offices' names, in capitals, on the chart's page (a box may wrap a name over its lines).
chart = texts[caption[0]].split()
for word in ["SEKRETARIS", "DPRD", "KELOMPOK", "JABATAN", "FUNGSIONAL", "SUBBAGIAN", "UMUM", "BAGIAN"]:
    assert word in chart, word
bab2 = next(t for t in texts if t.strip() and t.strip().splitlines()[0].strip() == "BAB II")
lines = [l.strip() for l in bab2.strip().splitlines()[:4]]
assert lines == ["BAB II", "RENCANA KINERJA TAHUNAN (RKT)", "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH",
                 "KABUPATEN LUWU TIMUR"], lines
PY

# A character outside Windows-1252 is drawn through a Unicode (CID) face, and extracts as itself.
sed 's/Puji syukur/Puji ≥ syukur/' "$sample" >"$tmp/unicode.xml"
cp "$root/samples/lambang.png" "$tmp/"  # the plan's logo, found beside it
"$naskah" build "$tmp/unicode.xml" -o "$tmp/unicode.pdf" 2>/dev/null || fail "build with ≥"
check_pdf "$tmp/unicode.pdf"
pdftotext "$tmp/unicode.pdf" - | grep -q "Puji ≥ syukur" || fail "≥ is not in the text of the PDF"
pdffonts "$tmp/unicode.pdf" | grep -q "CID TrueType" || fail "no CID face for ≥: $(pdffonts "$tmp/unicode.pdf")"
pdffonts "$tmp/a.pdf" | grep -q "CID" && fail "the sample needs no CID face, yet has one"
rm -f "$tmp/unicode.xml" "$tmp/unicode.pdf" "$tmp/lambang.png"

# Reproducible: the same plan gives the same bytes.
"$naskah" build "$sample" -o "$tmp/b.pdf" 2>/dev/null
cmp -s "$tmp/a.pdf" "$tmp/b.pdf" || fail "two builds differ"

# Atomic: a plan with errors writes nothing and leaves an earlier PDF as it was.
cp "$tmp/a.pdf" "$tmp/keep.pdf"
"$naskah" build "$root/tests/data/invalid/amount-commas.xml" -o "$tmp/keep.pdf" 2>/dev/null && fail "a plan with errors was built"
cmp -s "$tmp/a.pdf" "$tmp/keep.pdf" || fail "a failed build changed the earlier PDF"
"$naskah" build "$sample" -o "$tmp/no/such/dir/x.pdf" 2>"$tmp/log" && fail "writing into a missing folder succeeded"
grep -q "x.pdf" "$tmp/log" || fail "the error does not name the output: $(cat "$tmp/log")"
[ -z "$(ls -A "$tmp" | grep -v -e '^a.pdf$' -e '^b.pdf$' -e '^keep.pdf$' -e '^log$' -e '^fonts$' -e '^info$' -e '^orientation$')" ] ||
  fail "temporary files left behind: $(ls -A "$tmp")"

finish
