#!/usr/bin/env bash
# naskah extract on archives that are not what they claim: a PDF without a plan, a plan that fails its checksum,
# an attachment that inflates past a plan's size (whatever size it declares), a plan inside a PDF inside the PDF,
# a truncated PDF, a file that is no PDF. Each is one line "FILE: error: …", exit 1, nothing written.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"

"$naskah" build "$sample" --pdfa -o "$tmp/a.pdf" 2>/dev/null || fail "build --pdfa"
"$naskah" build "$sample" --pdfa=1b -o "$tmp/1b.pdf" 2>/dev/null || fail "build --pdfa=1b"

# refused FILE WORDS: extract fails on FILE with one error line "FILE: error: …" holding WORDS, and writes nothing.
refused() {
  local file=$1 words=$2
  "$naskah" extract "$file" -o "$tmp/out.xml" >"$tmp/out" 2>"$tmp/err"
  local status=$?
  [ $status = 1 ] || fail "extract $(basename "$file"): exit 1 expected, got $status ($(head -3 "$tmp/err"))"
  [ "$(wc -l <"$tmp/err")" = 1 ] || fail "extract $(basename "$file"): one line expected: $(head -5 "$tmp/err")"
  grep -F "$file: error: " "$tmp/err" | grep -qF "$words" || fail "extract $(basename "$file"): $(head -3 "$tmp/err")"
  [ -e "$tmp/out.xml" ] && fail "extract $(basename "$file") wrote a file"
  rm -f "$tmp/out.xml"
}

refused "$tmp/1b.pdf" "it carries no plan"
printf 'not a pdf\n' >"$tmp/text.pdf"
refused "$tmp/text.pdf" "it is not a PDF"
refused "$tmp/missing.pdf" "cannot read the file: No such file or directory"
head -c 2000 "$tmp/a.pdf" >"$tmp/truncated.pdf"
refused "$tmp/truncated.pdf" ""  # qpdf may rebuild what is left (no plan) or give up (cannot be read)

# The checksum written beside the plan made wrong (a hex string of the same length: every offset stays).
qpdf --qdf --object-streams=disable "$tmp/a.pdf" "$tmp/q.pdf"
python3 - "$tmp/q.pdf" "$tmp/bad-sum.pdf" <<'PY' || fail "making the damaged archive"
import re, sys
data = open(sys.argv[1], "rb").read()
damaged, n = re.subn(rb"/CheckSum <[0-9a-f]{32}>", b"/CheckSum <" + b"0" * 32 + b">", data)
assert n == 1, n
open(sys.argv[2], "wb").write(damaged)
PY
refused "$tmp/bad-sum.pdf" "does not match its checksum"

# PDFs made by hand: an associated file whose stream is given, its dictionary's extra keys as given.
make_pdf() {
  python3 - "$@" <<'PY'
import sys, zlib
out, kind = sys.argv[1], sys.argv[2]
if kind == "bomb":      # 70 MB of spaces in some 70 KB, declaring a small size
    data, extra = zlib.compress(b" " * (70 * 1024 * 1024), 9), b"/Filter /FlateDecode /Subtype /application#2Fxml /Params << /Size 10 /CheckSum <00000000000000000000000000000000> >>"
elif kind == "declared":  # declares a size past the limit
    data, extra = b"<rkt/>", b"/Subtype /application#2Fxml /Params << /Size 100000000 /CheckSum <00000000000000000000000000000000> >>"
elif kind == "nested":  # a naskah archive inside, as the source: the plan is two levels down
    data, extra = open(sys.argv[3], "rb").read(), b"/Subtype /application#2Fpdf /Params << /Size 1 >>"
elif kind == "nosum":
    data, extra = b"<rkt/>", b"/Subtype /application#2Fxml"
objects = [
    b"<< /Type /Catalog /Pages 2 0 R /AF [ 4 0 R ] /Names << /EmbeddedFiles << /Names [ (plan.xml) 4 0 R ] >> >> >>",
    b"<< /Type /Pages /Kids [ 3 0 R ] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [ 0 0 100 100 ] >>",
    b"<< /Type /Filespec /F (plan.xml) /UF (plan.xml) /AFRelationship /Source /EF << /F 5 0 R >> >>",
    b"<< /Type /EmbeddedFile " + extra + b" /Length " + str(len(data)).encode() + b" >>\nstream\n" + data + b"\nendstream",
]
pdf = bytearray(b"%PDF-1.7\n")
offsets = []
for number, body in enumerate(objects, 1):
    offsets.append(len(pdf))
    pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
xref = len(pdf)
pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
for offset in offsets:
    pdf += b"%010d 00000 n \n" % offset
pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
open(out, "wb").write(pdf)
PY
}
make_pdf "$tmp/bomb.pdf" bomb || fail "making the bomb"
refused "$tmp/bomb.pdf" "larger than a plan may be"
make_pdf "$tmp/declared.pdf" declared || fail "making the declared one"
refused "$tmp/declared.pdf" "larger than a plan may be"
make_pdf "$tmp/nested.pdf" nested "$tmp/a.pdf" || fail "making the nested one"
refused "$tmp/nested.pdf" "it carries no plan"
make_pdf "$tmp/nosum.pdf" nosum || fail "making the one without a checksum"
refused "$tmp/nosum.pdf" "no checksum"

# naskah diff says the same of an archive that carries no plan, and compares nothing.
"$naskah" diff "$tmp/1b.pdf" "$sample" >/dev/null 2>"$tmp/err"
[ $? = 2 ] || fail "diff with an archive without a plan: exit 2 expected"
grep -qF "$tmp/1b.pdf:0:0: error: it carries no plan" "$tmp/err" || grep -qF "$tmp/1b.pdf: error: it carries no plan" "$tmp/err" ||
  fail "diff with an archive without a plan: $(head -3 "$tmp/err")"

finish
