#!/usr/bin/env bash
# PDF/A-3b, naskah build --pdfa's default: the plan inside as the document's associated file (and the annex's
# spreadsheet with --annex-source), found and extracted by other programs (poppler's pdfdetach, MuPDF's mutool),
# its structure read through qpdf --json, the XMP identification; naskah extract gives the plan back byte for
# byte, the extracted plan builds the same PDF, and naskah diff compares archives.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"
name=$(basename "$sample")

"$naskah" build --pdfa "$sample" -o "$tmp/a.pdf" 2>/dev/null || fail "build --pdfa (the plan after the option)"
"$naskah" build "$sample" --pdfa=3b -o "$tmp/b.pdf" 2>/dev/null || fail "build --pdfa=3b"
cmp -s "$tmp/a.pdf" "$tmp/b.pdf" || fail "two PDF/A-3b builds of one plan differ"
check_pdfa "$tmp/a.pdf" 3 1.7
# The XMP describes naskah's own properties (pdfaExtension), then says what the file carries.
xmllint --noout "$tmp/xmp" 2>"$tmp/err" || fail "the XMP is not well-formed XML: $(head -3 "$tmp/err")"
grep -q "<pdfaSchema:namespaceURI>urn:naskah:archive:1#</pdfaSchema:namespaceURI>" "$tmp/xmp" ||
  fail "the XMP does not describe naskah's schema"
for property in PlanFile DataFile Template TemplateSHA256; do
  grep -q "<pdfaProperty:name>$property</pdfaProperty:name>" "$tmp/xmp" || fail "the XMP does not describe $property"
done
grep -q "<naskah:PlanFile>$name</naskah:PlanFile>" "$tmp/xmp" || fail "the XMP does not name the plan"
grep -q "<naskah:Template>rkt</naskah:Template>" "$tmp/xmp" || fail "the XMP does not name the template"
grep -q "<naskah:DataFile>" "$tmp/xmp" && fail "the XMP names a spreadsheet that is not there"

# poppler finds the plan and saves it as it was.
pdfdetach -list "$tmp/a.pdf" >"$tmp/list" 2>&1 || fail "pdfdetach -list: $(cat "$tmp/list")"
grep -q "^1 embedded files$" "$tmp/list" || fail "pdfdetach -list: $(cat "$tmp/list")"
grep -q "^1: $name$" "$tmp/list" || fail "pdfdetach -list does not name the plan: $(cat "$tmp/list")"
pdfdetach -save 1 -o "$tmp/detached.xml" "$tmp/a.pdf" 2>/dev/null || fail "pdfdetach -save"
cmp -s "$tmp/detached.xml" "$sample" || fail "pdfdetach -save: not the plan's bytes"
# MuPDF too: Debian 12's mutool extract (1.21) saves fonts and images only, so the plan is taken the way MuPDF
# reaches it, from the catalog's first associated file (mutool's paths count from 1).
mutool show -b "$tmp/a.pdf" trailer/Root/AF/1/EF/F >"$tmp/mutool.xml" 2>"$tmp/err" || fail "mutool show: $(cat "$tmp/err")"
cmp -s "$tmp/mutool.xml" "$sample" || fail "mutool show trailer/Root/AF/1/EF/F: not the plan's bytes"
mutool show "$tmp/a.pdf" trailer/Root/AF/1/UF 2>/dev/null | grep -qF "($name)" || fail "mutool: the file spec's /UF"

# The associated-file structure, as qpdf reads it.
qpdf --json "$tmp/a.pdf" >"$tmp/json" || fail "qpdf --json"
python3 - "$tmp/json" "$name" "$(stat -c %s "$sample")" "$(md5sum "$sample" | cut -c1-32)" <<'PY' || fail "the /AF structure"
import json, sys
doc = json.load(open(sys.argv[1]))
name, size, md5 = sys.argv[2], int(sys.argv[3]), sys.argv[4]
objects = doc["qpdf"][1]
def get(ref):
    value = objects["obj:" + ref] if isinstance(ref, str) and ref.endswith(" R") else ref
    return value.get("value", value) if isinstance(value, dict) and "value" in value else value
def stream_dict(ref):
    return objects["obj:" + ref]["stream"]["dict"]
trailer = objects["trailer"]["value"]
root = get(trailer["/Root"])
assert isinstance(root.get("/AF"), list) and len(root["/AF"]) == 1, f"catalog /AF: {root.get('/AF')}"
spec = get(root["/AF"][0])
assert spec["/Type"] == "/Filespec", spec
assert spec["/AFRelationship"] == "/Source", spec
assert spec["/F"] == "u:" + name and spec["/UF"] == "u:" + name, spec
ef = spec["/EF"]
stream = stream_dict(ef["/F"])
assert ef["/UF"] == ef["/F"]
assert stream["/Type"] == "/EmbeddedFile", stream
assert stream["/Subtype"] == "/application/xml", stream
params = stream["/Params"]
assert params["/Size"] == size, params
assert params["/ModDate"] == "u:D:20240102000000Z", params
assert params["/CheckSum"] == "b:" + md5, params
tree = get(get(root["/Names"])["/EmbeddedFiles"])
assert tree["/Names"][0] == "u:" + name and tree["/Names"][1] == root["/AF"][0], tree
info = get(trailer["/Info"])
assert info["/NaskahTemplate"] == "u:rkt" and len(info["/NaskahTemplateSHA256"]) == 2 + 64, info
PY
# The name /application#2Fxml as PDF spells it (the dictionaries are not compressed).
grep -aq "/Subtype /application#2Fxml" "$tmp/a.pdf" || fail "the MIME type is not written /application#2Fxml"

# naskah extract: to a file and to standard output, byte for byte; the plan built again gives the same PDF.
mkdir "$tmp/x"
"$naskah" extract "$tmp/a.pdf" -o "$tmp/x/$name" || fail "extract -o"
cmp -s "$tmp/x/$name" "$sample" || fail "extract -o: not the plan's bytes"
"$naskah" extract "$tmp/a.pdf" >"$tmp/stdout.xml" || fail "extract to standard output"
cmp -s "$tmp/stdout.xml" "$sample" || fail "extract to standard output: not the plan's bytes"
"$naskah" extract "$tmp/a.pdf" -o "$tmp/x/$name" 2>"$tmp/err"
[ $? = 2 ] || fail "extract over an existing file without --force: exit 2 expected"
"$naskah" extract "$tmp/a.pdf" -o "$tmp/x/$name" --force || fail "extract --force"
"$naskah" extract "$tmp/a.pdf" -o "$tmp/a.pdf" --force 2>"$tmp/err"
[ $? = 1 ] || fail "extract over the archive itself: exit 1 expected"
cmp -s "$tmp/a.pdf" "$tmp/b.pdf" || fail "extract -o ARCHIVE destroyed the archive"
cp "$root/samples/lambang.png" "$tmp/x/"  # the plan's logo, which the archive does not carry
"$naskah" build "$tmp/x/$name" --pdfa -o "$tmp/again.pdf" 2>/dev/null || fail "build of the extracted plan"
cmp -s "$tmp/again.pdf" "$tmp/a.pdf" || fail "the extracted plan builds another PDF"

# naskah diff of archives: none between the archive and its plan; a changed plan's differences found.
"$naskah" diff "$tmp/a.pdf" "$sample" >"$tmp/diff" 2>&1 || fail "diff ARCHIVE PLAN: exit 0 expected: $(tail -3 "$tmp/diff")"
sed 's/anggaran="40.206.350"/anggaran="50.206.350"/' "$sample" >"$tmp/x/changed.xml"
grep -q 'anggaran="50.206.350"' "$tmp/x/changed.xml" || fail "the test's change did not apply"
"$naskah" build "$tmp/x/changed.xml" --pdfa -o "$tmp/changed.pdf" 2>/dev/null || fail "build of the changed plan"
"$naskah" diff "$tmp/a.pdf" "$tmp/changed.pdf" >"$tmp/diff" 2>&1
[ $? = 1 ] || fail "diff of two archives that differ: exit 1 expected: $(tail -3 "$tmp/diff")"
grep -q "Rp 40.206.350 → Rp 50.206.350" "$tmp/diff" || fail "diff of archives: $(head -5 "$tmp/diff")"
"$naskah" diff "$tmp/a.pdf" "$root/samples/lambang.png" >"$tmp/diff" 2>&1
[ $? = 2 ] || fail "diff with a file that is neither plan nor archive: exit 2 expected"

# --pdfa=1b: today's PDF/A-1b, nothing embedded.
"$naskah" build "$sample" --pdfa=1b -o "$tmp/1b.pdf" 2>/dev/null || fail "build --pdfa=1b"
check_pdfa "$tmp/1b.pdf" 1 1.4
pdfdetach -list "$tmp/1b.pdf" | grep -q "^0 embedded files$" || fail "--pdfa=1b embeds files"
"$naskah" build "$sample" --pdfa=2b -o "$tmp/2b.pdf" 2>"$tmp/err"
[ $? = 2 ] || fail "--pdfa=2b: exit 2 expected"
grep -q "write 3b or 1b" "$tmp/err" || fail "--pdfa=2b: $(cat "$tmp/err")"

# --annex-source: the spreadsheet beside the plan, as data.
"$naskah" export "$sample" -o "$tmp/lampiran.csv" 2>/dev/null || fail "export of the annex"
"$naskah" build "$sample" --pdfa --annex-source "$tmp/lampiran.csv" -o "$tmp/data.pdf" 2>/dev/null ||
  fail "build --annex-source"
check_pdf "$tmp/data.pdf"
pdfinfo -meta "$tmp/data.pdf" | grep -q "<naskah:DataFile>lampiran.csv</naskah:DataFile>" ||
  fail "the XMP does not name the spreadsheet"
pdfdetach -list "$tmp/data.pdf" | grep -q "^2 embedded files$" || fail "--annex-source: $(pdfdetach -list "$tmp/data.pdf")"
pdfdetach -savefile lampiran.csv -o "$tmp/sheet.csv" "$tmp/data.pdf" 2>/dev/null || fail "pdfdetach -savefile lampiran.csv"
cmp -s "$tmp/sheet.csv" "$tmp/lampiran.csv" || fail "the embedded spreadsheet is not the file's bytes"
qpdf --qdf --object-streams=disable "$tmp/data.pdf" "$tmp/dq.pdf"
grep -aq "/AFRelationship /Data" "$tmp/dq.pdf" || fail "the spreadsheet is not /AFRelationship /Data"
"$naskah" extract "$tmp/data.pdf" | cmp -s - "$sample" || fail "extract with a spreadsheet beside the plan"
"$naskah" build "$sample" --pdfa=1b --annex-source "$tmp/lampiran.csv" -o "$tmp/x.pdf" 2>"$tmp/err"
[ $? = 2 ] || fail "--annex-source with --pdfa=1b: exit 2 expected"
"$naskah" build "$sample" --pdfa --annex-source "$tmp/missing.csv" -o "$tmp/x.pdf" 2>"$tmp/err"
[ $? = 1 ] || fail "--annex-source of a missing file: exit 1 expected"
grep -q "missing.csv: error: cannot read the spreadsheet" "$tmp/err" || fail "--annex-source missing: $(cat "$tmp/err")"
[ -e "$tmp/x.pdf" ] && fail "a PDF was written without its spreadsheet"

finish
