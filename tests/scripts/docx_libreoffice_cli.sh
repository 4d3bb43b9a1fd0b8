#!/usr/bin/env bash
# The DOCX in a real word processor: LibreOffice Writer (headless soffice, Debian's libreoffice-writer-nogui, with a
# profile of the test's own) opens the DOCX of the sample's RKT, of its Perjanjian Kinerja and of the Bappeda's RKT
# and converts each to PDF, in one run as it is slow to start. Against naskah's own PDF of the same plan: every
# heading stands in the text (in the contents and as a heading), with the contents' page numbers naskah computed;
# every amount and the signatory's name are there; the annex is on landscape pages, the table's header on each;
# the page count is within 15 % (at least 2 pages) of naskah's, as Word and LibreOffice break lines and pages
# themselves (docs/docx.md).
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"
cd "$tmp" || exit 1
command -v soffice >/dev/null || { fail "soffice is not installed (bash .ci/setup installs libreoffice-writer-nogui)"; finish; exit; }

"$naskah" build "$sample" --format pdf,docx -o rkt.pdf 2>/dev/null || fail "build the RKT"
"$naskah" build "$sample" --template perjanjian-kinerja --format pdf,docx -o pk.pdf 2>/dev/null || fail "build the PK"
"$naskah" build "$root/samples/rkt-2025-bappeda-luwu-timur.xml" --format pdf,docx -o bappeda.pdf 2>/dev/null ||
  fail "build the Bappeda's RKT"
mkdir -p profile lo
soffice "-env:UserInstallation=file://$tmp/profile" --headless --convert-to pdf --outdir lo rkt.docx pk.docx bappeda.docx \
  >soffice.log 2>&1 || fail "soffice --convert-to pdf: $(cat soffice.log)"
grep -qi "error" soffice.log && fail "soffice said: $(cat soffice.log)"
for name in rkt pk bappeda; do
  [ -s "lo/$name.pdf" ] || { fail "LibreOffice made no PDF of $name.docx: $(cat soffice.log)"; continue; }
  python3 - "$name" "$name.pdf" "lo/$name.pdf" <<'PY' >said 2>&1 || fail "$name.docx in LibreOffice: $(cat said)"
import re, subprocess, sys

name, ours, theirs = sys.argv[1:]

def pages(pdf):
    """Each page's text (NBSP as a space) and whether it is landscape."""
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", pdf], capture_output=True, text=True).stdout
    sizes = [tuple(map(float, m)) for m in re.findall(r"Page +\d+ size: +([\d.]+) x ([\d.]+)", info)]
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    texts = text.replace("\u00a0", " ").split("\f")[: len(sizes)]
    return [(t, w > h) for t, (w, h) in zip(texts, sizes)]

def flat(text):
    """Words only: lines and runs of spaces as one space, a word broken at a line's end joined again."""
    return re.sub(r"\s+", " ", re.sub(r"(\w)-\n\s*(\w)", r"\1\2", text))

naskah, office = pages(ours), pages(theirs)
ours_text = flat("\n".join(t for t, _ in naskah))
their_text = flat("\n".join(t for t, _ in office))

# The page count, within 15 % (2 pages at least).
tolerance = max(2, round(0.15 * len(naskah)))
assert abs(len(office) - len(naskah)) <= tolerance, f"{len(office)} pages in LibreOffice, {len(naskah)} in naskah's PDF"

# Every heading of the contents: there, with naskah's page number, and again as the heading itself.
def contents_of(document):
    """The entries of the tables of contents: an entry's lines (it may wrap) up to the one with the leaders."""
    entries, lines = {}, []
    for text, _ in document:
        for line in text.splitlines():
            match = re.match(r"\s*(\S.*?)\s*\.{3,}\s*(\S+)\s*$", line)
            if match:
                entries[flat(" ".join(lines + [match.group(1)])).strip()] = match.group(2)
                lines = []
            elif line.strip():
                lines.append(line.strip())
            else:
                lines = []
    return entries

if name != "pk":
    contents, shown = contents_of(naskah), contents_of(office)
    assert len(contents) >= 5, contents
    for heading, number in contents.items():
        assert shown.get(heading) == number, f"contents: {heading!r} on page {number} in naskah's PDF, {shown.get(heading)!r} in LibreOffice's: {shown}"
        assert their_text.count(heading) >= 2, f"the heading {heading!r} stands only in the contents"

# Every amount, and the signatory.
amounts = set(re.findall(r"(?<![\d.])\d{1,3}(?:\.\d{3})+(?![\d.])", ours_text))
assert amounts, "no amounts in naskah's PDF"
missing = sorted(a for a in amounts if a not in their_text)
assert not missing, f"amounts missing in LibreOffice's PDF: {missing[:10]}"
signatory = "ASWAN AZIS, S.Pi, M.Si" if name != "bappeda" else None
if signatory:
    assert signatory in their_text, f"the signatory {signatory!r} is not there"

# The annex: landscape pages as many as naskah's (within the tolerance), the table's header on each.
ours_landscape = [t for t, wide in naskah if wide]
their_landscape = [t for t, wide in office if wide]
if name != "pk":
    assert ours_landscape, "naskah's PDF has no landscape page"
    assert their_landscape, "LibreOffice shows no landscape page"
    assert abs(len(their_landscape) - len(ours_landscape)) <= tolerance, (len(their_landscape), len(ours_landscape))
    for number, text in enumerate(their_landscape, 1):
        # The notes under the matrix ("*) Anggaran program …") may flow to a page of their own in a word processor.
        if number == len(their_landscape) and re.match(r"\s*\*\) Anggaran", text):
            continue
        for header in ("SASARAN", "INDIKATOR", "ANGGARAN", "KEGIATAN"):
            assert header in text, f"landscape page {number} lacks the header's {header!r}"
    assert [wide for _, wide in office][-len(their_landscape):] == [True] * len(their_landscape), \
        "the landscape pages are not the last ones"
PY
done

finish
