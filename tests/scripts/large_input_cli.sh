#!/usr/bin/env bash
# 100,000 rows build into correct PDFs, in seconds: a plan's own <table> of 100,000 rows (its header repeated on
# each of some 2,600 pages) and an annex of 100,000 sub kegiatan (some 19,000 landscape pages with the TOTAL
# computed). The readers check the files' structure and sample pages (check_pdf_pages): whole, they would take
# minutes.
#
# NASKAH_LARGE_ROWS makes it smaller: the sanitized build, in which a build runs some 40 times slower, checks
# 10,000 (the memory errors these sizes could show are there at a tenth of them; the time is the plain build's).
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"
base="$root/samples/rkt-2025-bappeda-luwu-timur.xml"
cp "$root/samples/lambang.png" "$tmp/"  # its logo, beside the plan made from it here
rows=${NASKAH_LARGE_ROWS:-100000}

pages() { pdfinfo "$1" | awk '/^Pages:/ {print $2}'; }

# A <table> of 100,000 rows under a header row, in a bab of its own.
python3 - "$base" "$tmp/table.xml" "$rows" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
rows = "".join(f"<tr><td>{n}</td><td>baris {n}</td></tr>" for n in range(1, int(sys.argv[3]) + 1))
lines[16] = '  <bab judul="Tabel Besar"><table><col width="30%"/><col width="70%"/><tr><th>No.</th><th>Uraian</th></tr>' + rows + "</table></bab>"
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(lines))
PY
"$naskah" build "$tmp/table.xml" -o "$tmp/table.pdf" 2>"$tmp/said" || fail "the table of $rows rows: $(head -5 "$tmp/said")"
[ -s "$tmp/said" ] && fail "the table of $rows rows: the build said: $(head -5 "$tmp/said")"
total=$(pages "$tmp/table.pdf")
[ "${total:-0}" -gt $((rows / 50)) ] || fail "$rows rows on only ${total:-no} pages"
pdftotext -layout "$tmp/table.pdf" - | tr -d '\f' >"$tmp/table.txt"  # a form feed starts each page
grep -cE "^ *[0-9]+ +baris [0-9]+$" "$tmp/table.txt" >"$tmp/count"
[ "$(cat "$tmp/count")" = "$rows" ] || fail "rows in the PDF: $(cat "$tmp/count"), expected $rows"
grep -cE "^ *No\. +Uraian$" "$tmp/table.txt" >"$tmp/headers"
[ "$(cat "$tmp/headers")" -gt $((rows / 50)) ] || fail "the header row is repeated on $(cat "$tmp/headers") pages"
check_pdf_pages "$tmp/table.pdf" 1 $((total / 2)) "$total"
rm -f "$tmp/table.xml" "$tmp/table.pdf" "$tmp/table.txt"

# An annex of 100,000 sub kegiatan: the plan from bench/gen-plan, the TOTAL row its sum.
python3 "$root/bench/gen-plan" --sub-kegiatan "$rows" -o "$tmp/annex.xml" || fail "gen-plan"
sum=$(python3 -c '
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
print(sum(int(a.replace(".", "")) for a in re.findall(r"<subkegiatan [^>]*anggaran=\"([0-9.]+)\"", text)))' "$tmp/annex.xml")
"$naskah" build "$tmp/annex.xml" -o "$tmp/annex.pdf" 2>"$tmp/said" || fail "the annex of $rows sub kegiatan: $(head -5 "$tmp/said")"
total=$(pages "$tmp/annex.pdf")
# Every row laid out: the generated names take at least three lines, so no page holds more than about ten rows.
[ "${total:-0}" -gt $((rows / 12)) ] || fail "$rows sub kegiatan on only ${total:-no} pages"
printed=$(pdftotext -layout -f "$total" -l "$total" "$tmp/annex.pdf" - | python3 -c '
import re, sys
lines = sys.stdin.read().splitlines()
at = next(i for i, line in enumerate(lines) if "TOTAL" in line)
# The sum fills its cell and wraps: the digits of the TOTAL line and the line below it.
print("".join(re.findall(r"[0-9]", lines[at] + lines[at + 1])))')
[ "$printed" = "$sum" ] || fail "the annex's TOTAL is $printed, the sub kegiatan add up to $sum"
check_pdf_pages "$tmp/annex.pdf" 1 $((total / 2)) "$total"

finish
