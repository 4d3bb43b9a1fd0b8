#!/usr/bin/env bash
# naskah build and batch writing the editable copy (DOCX): -o x.docx alone asks for it, --format docx names it after
# the plan, --format pdf,docx writes both from one layout (the DOCX's contents showing the PDF's page numbers); the
# package is sound (check_docx_package.py), the same bytes every time, written whole or not at all; options that do
# not fit a DOCX are refused. LibreOffice's reading of it is docx_libreoffice_cli.sh's.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"
check_package() { python3 "$root/tests/scripts/check_docx_package.py" "$@" >"$tmp/package" 2>&1 || fail "the package: $(head -5 "$tmp/package")"; }
part() { python3 -c 'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())' "$@"; }

# 1. -o x.docx: a DOCX, and no PDF.
"$naskah" build "$sample" -o "$tmp/rkt.docx" 2>"$tmp/err" || fail "build -o rkt.docx: $(cat "$tmp/err")"
[ -e "$tmp/rkt.pdf" ] && fail "-o rkt.docx wrote a PDF too"
check_package "$tmp/rkt.docx"
part "$tmp/rkt.docx" word/document.xml | grep -q "ASWAN AZIS" || fail "the signatory is not in the DOCX's text"
part "$tmp/rkt.docx" docProps/core.xml | grep -q "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-01-02T00:00:00Z<" ||
  fail "the DOCX's date is not the plan's: $(part "$tmp/rkt.docx" docProps/core.xml)"
# The same bytes every time.
"$naskah" build "$sample" -o "$tmp/again.docx" 2>/dev/null || fail "second build"
cmp -s "$tmp/rkt.docx" "$tmp/again.docx" || fail "two DOCX builds of one plan differ"

# 2. --format docx without -o: named after the plan, beside it.
mkdir -p "$tmp/plan"
cp "$sample" "$root/samples/lambang.png" "$tmp/plan/"
"$naskah" build --format docx "$tmp/plan/rkt-2024-setwan-luwu-timur.xml" 2>/dev/null || fail "build --format docx"
[ -s "$tmp/plan/rkt-2024-setwan-luwu-timur.docx" ] || fail "--format docx did not write the plan's name with .docx: $(ls "$tmp/plan")"
[ -e "$tmp/plan/rkt-2024-setwan-luwu-timur.pdf" ] && fail "--format docx wrote a PDF"

# 3. --format pdf,docx: both, named alike, from one layout: the DOCX's contents shows the PDF's page numbers.
"$naskah" build "$sample" --format pdf,docx -o "$tmp/both.pdf" 2>/dev/null || fail "build --format pdf,docx"
check_pdf "$tmp/both.pdf"
check_package "$tmp/both.docx"
cmp -s "$tmp/both.docx" "$tmp/rkt.docx" || fail "the DOCX of pdf,docx differs from the DOCX alone"
python3 - "$tmp/both.docx" <(pdftotext -layout -f 3 -l 3 "$tmp/both.pdf" -) <<'PY' >"$tmp/said" 2>&1 || fail "the DOCX's contents against the PDF's: $(cat "$tmp/said")"
import re, sys, zipfile
document = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode()
# Each entry's text and the cached result of its PAGEREF field.
entries = []
for paragraph in re.findall(r'<w:p>(?:(?!</w:p>).)*?w:val="TOC\d".*?</w:p>', document):
    texts = re.findall(r"<w:t[^>]*>([^<]*)</w:t>", paragraph)
    entries.append((" ".join(t.strip() for t in texts[:-1]), texts[-1]))
printed = {}
for line in open(sys.argv[2], encoding="utf-8"):
    match = re.match(r"\s*(.*?)\.{3,}\s*(\S+)\s*$", line)
    if match:
        printed[re.sub(r"\s+", " ", match.group(1)).strip()] = match.group(2)
assert len(entries) >= 10, entries
assert "BAB I PENDAHULUAN" in printed, printed
for text, number in entries:
    key = re.sub(r"\s+", " ", text).strip()
    if key in printed:
        assert printed[key] == number, (key, printed[key], number)
assert sum(1 for text, _ in entries if re.sub(r"\s+", " ", text).strip() in printed) >= 10, (entries, printed)
PY

# 4. The Perjanjian Kinerja, and a draft: Word's watermark.
"$naskah" build "$sample" --template perjanjian-kinerja --draft -o "$tmp/pk.docx" 2>/dev/null || fail "build the PK's DOCX"
check_package "$tmp/pk.docx"
part "$tmp/pk.docx" word/header1.xml | grep -q 'string="KONSEP"' || fail "the draft's DOCX has no KONSEP watermark"
part "$tmp/rkt.docx" '[Content_Types].xml' | grep -q "header1" && fail "a signed DOCX has the draft's header"

# 5. batch --format pdf,docx: each plan's PDF and DOCX in the output folder.
"$naskah" batch --format pdf,docx -o "$tmp/out" "$sample" "$root/samples/rkt-2025-bappeda-luwu-timur.xml" 2>"$tmp/log" ||
  fail "batch --format pdf,docx: $(tail -3 "$tmp/log")"
for name in rkt-2024-setwan-luwu-timur rkt-2025-bappeda-luwu-timur; do
  [ -s "$tmp/out/$name.pdf" ] && [ -s "$tmp/out/$name.docx" ] || fail "batch: $name's PDF or DOCX is missing: $(ls "$tmp/out")"
done
grep -q "built .*rkt-2025-bappeda-luwu-timur.xml → .*rkt-2025-bappeda-luwu-timur.pdf, .*rkt-2025-bappeda-luwu-timur.docx" "$tmp/log" ||
  fail "the progress line does not name both files: $(cat "$tmp/log")"
check_package "$tmp"/out/*.docx
"$naskah" batch --format docx -o "$tmp/docx-only" "$sample" 2>/dev/null || fail "batch --format docx"
[ "$(ls "$tmp/docx-only")" = "rkt-2024-setwan-luwu-timur.docx" ] || fail "batch --format docx: $(ls "$tmp/docx-only")"

# 6. Refused: a PDF name for a DOCX, a DOCX name for a PDF, PDF/A of a DOCX alone — exit 2, nothing written.
"$naskah" build "$sample" --format docx -o "$tmp/x.pdf" 2>"$tmp/err"
[ $? = 2 ] || fail "--format docx -o x.pdf: exit 2 expected"
grep -q "naskah build: -o $tmp/x.pdf: --format docx writes a .docx file" "$tmp/err" || fail "--format docx -o x.pdf: $(cat "$tmp/err")"
"$naskah" build "$sample" --format pdf -o "$tmp/x.docx" 2>"$tmp/err"
[ $? = 2 ] || fail "--format pdf -o x.docx: exit 2 expected"
"$naskah" build "$sample" --pdfa -o "$tmp/x.docx" 2>"$tmp/err"
[ $? = 2 ] || fail "--pdfa -o x.docx: exit 2 expected"
grep -q "PDF/A" "$tmp/err" || fail "--pdfa of a DOCX: $(cat "$tmp/err")"
"$naskah" build "$sample" --format odt 2>"$tmp/err"
[ $? = 2 ] || fail "--format odt: exit 2 expected"
ls "$tmp"/x.* >/dev/null 2>&1 && fail "a refused build wrote $(ls "$tmp"/x.*)"

# 7. A build that fails leaves the earlier DOCX as it was, and no temporary file.
sed 's/<rencana>/<rencana><lampiran\/>/' "$sample" >"$tmp/plan/broken.xml"
cp "$tmp/rkt.docx" "$tmp/plan/broken.docx"
"$naskah" build "$tmp/plan/broken.xml" --format docx 2>"$tmp/err" && fail "a broken plan built"
grep -q "naskah build: $tmp/plan/broken.docx not written: fix the errors above" "$tmp/err" || fail "not written: $(tail -2 "$tmp/err")"
cmp -s "$tmp/rkt.docx" "$tmp/plan/broken.docx" || fail "a failed build changed the earlier DOCX"
ls -a "$tmp/plan" | grep -q "^\.broken" && fail "a temporary file was left: $(ls -a "$tmp/plan")"
# Nor is the plan itself ever the output.
"$naskah" build "$tmp/plan/rkt-2024-setwan-luwu-timur.xml" -o "$tmp/plan/lambang.png" --format docx 2>"$tmp/err" &&
  fail "a DOCX written over the logo"
cmp -s "$tmp/plan/lambang.png" "$root/samples/lambang.png" || fail "the logo was written over"

# 8. The package checker finds a part without a content type, and a relationship to nothing.
python3 - "$tmp/rkt.docx" "$tmp/damaged.docx" <<'PY'
import sys, zipfile
source, target = zipfile.ZipFile(sys.argv[1]), zipfile.ZipFile(sys.argv[2], "w")
for item in source.infolist():
    data = source.read(item.filename)
    if item.filename == "[Content_Types].xml":
        data = data.replace(b'<Override PartName="/word/settings.xml"', b'<Override PartName="/word/gone.xml"')
    if item.filename == "word/_rels/document.xml.rels":
        data = data.replace(b'Target="styles.xml"', b'Target="stiles.xml"')
    target.writestr(item, data)
target.close()
PY
python3 "$root/tests/scripts/check_docx_package.py" "$tmp/damaged.docx" >"$tmp/said" && fail "the checker passed a damaged package"
grep -q "word/settings.xml: no content type" "$tmp/said" || fail "the checker: $(cat "$tmp/said")"
grep -q "leads to word/stiles.xml" "$tmp/said" || fail "the checker: $(cat "$tmp/said")"

finish
