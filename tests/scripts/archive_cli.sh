#!/usr/bin/env bash
# Archiving: --pdfa=1b makes a PDF/A-1b (XMP identification, sRGB output intent, file ID from the content, printable
# links) that stays reproducible and valid; --draft puts "KONSEP" across every page, and only then.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"

"$naskah" build "$sample" --pdfa=1b -o "$tmp/a.pdf" 2>/dev/null || fail "build --pdfa=1b"
"$naskah" build "$sample" --pdfa=1b -o "$tmp/b.pdf" 2>/dev/null || fail "second build --pdfa=1b"
cmp -s "$tmp/a.pdf" "$tmp/b.pdf" || fail "two PDF/A builds of one plan differ (the file ID must not come from the clock)"
check_pdfa "$tmp/a.pdf" 1 1.4
title=$(pdfinfo "$tmp/a.pdf" | sed -n 's/^Title: *//p')
grep -qF "<rdf:li xml:lang=\"x-default\">$title</rdf:li>" "$tmp/xmp" || fail "the XMP title differs from the document's: $title"
grep -q "<xmp:CreateDate>2024-01-02T00:00:00Z</xmp:CreateDate>" "$tmp/xmp" || fail "the XMP date is not the plan's"
qpdf --qdf --object-streams=disable "$tmp/a.pdf" "$tmp/q.pdf"
python3 - "$tmp/q.pdf" <<'PY' || fail "the PDF/A structure"
import re, sys
data = open(sys.argv[1], "rb").read().decode("latin-1")
assert re.search(r"/OutputIntents \[\s*\d+ 0 R\s*\]", data), "no /OutputIntents in the catalog"
assert "/S /GTS_PDFA1" in data, "no GTS_PDFA1 output intent"
assert re.search(r"/DestOutputProfile \d+ 0 R", data), "no /DestOutputProfile"
assert re.search(r"/Type /Metadata\s+/Subtype /XML", data) or re.search(r"/Subtype /XML\s+/Type /Metadata", data), "no XMP stream"
assert re.search(r"/ID \[\s*<[0-9a-f]{32}>\s*<[0-9a-f]{32}>\s*\]", data), "no file ID"
links = re.findall(r"/Subtype /Link", data)
printable = re.findall(r"/F 4", data)
assert links and len(printable) >= len(links), f"{len(links)} links, {len(printable)} printable"
PY
"$naskah" batch --pdfa -o "$tmp/batch" "$sample" 2>/dev/null || fail "batch --pdfa"
check_pdf "$tmp/batch/rkt-2024-setwan-luwu-timur.pdf"
pdfinfo -meta "$tmp/batch/rkt-2024-setwan-luwu-timur.pdf" | grep -q "pdfaid:part" || fail "batch --pdfa made no PDF/A"

# --draft: the word on every page, and not without it.
"$naskah" build "$sample" --draft -o "$tmp/draft.pdf" 2>/dev/null || fail "build --draft"
# Every page's content stream draws it first (behind the text), turned along the diagonal.
pages=$(pdfinfo "$tmp/draft.pdf" | awk '/^Pages:/ {print $2}')
qpdf --qdf --object-streams=disable "$tmp/draft.pdf" "$tmp/draft-q.pdf"
python3 - "$tmp/draft-q.pdf" "$pages" <<'PY' || fail "the KONSEP watermark"
import re, sys
data = open(sys.argv[1], "rb").read().decode("latin-1")
streams = re.findall(r"%% Contents for page \d+.*?stream\n(.*?)endstream", data, re.S)
assert len(streams) == int(sys.argv[2]), f"{len(streams)} content streams for {sys.argv[2]} pages"
for number, content in enumerate(streams, 1):
    first_text = re.search(r"BT\s.*?\((.*?)\) Tj", content, re.S)
    assert first_text and first_text.group(1) == "KONSEP", f"page {number}: the first text drawn is not KONSEP"
    assert re.search(r"0\.[0-9]+ 0\.[0-9]+ -0\.[0-9]+ 0\.[0-9]+ [0-9.]+ [0-9.]+ Tm\s*\(KONSEP\)", content), f"page {number}: not turned"
PY
qpdf --qdf --object-streams=disable "$tmp/a.pdf" "$tmp/a-q.pdf"
grep -q "(KONSEP)" "$tmp/a-q.pdf" && fail "a PDF built without --draft says KONSEP"
check_pdf "$tmp/draft.pdf"

finish
