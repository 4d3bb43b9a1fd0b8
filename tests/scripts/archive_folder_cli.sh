#!/usr/bin/env bash
# naskah archive PDF... --into DIR: documents filed by year, region and unit with DIR/MANIFEST.tsv; a second run
# changes nothing; another document under a taken name is refused and the filed one kept; --verify finds files
# missing, changed and unknown.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"
export SOURCE_DATE_EPOCH=1735689600  # 2025-01-01

"$naskah" build "$sample" --pdfa -o "$tmp/rkt.pdf" 2>/dev/null || fail "build --pdfa"
"$naskah" build "$sample" --pdfa --template perjanjian-kinerja -o "$tmp/pk.pdf" 2>/dev/null || fail "build the PK"
sed 's/<rkt \(.*\)tahun="2024"/<rkt \1tahun="2024" perubahan="1"/' "$sample" >"$tmp/perubahan.xml"
grep -q 'perubahan="1"' "$tmp/perubahan.xml" || fail "the test's revision did not apply"
cp "$root/samples/lambang.png" "$tmp/"
"$naskah" build "$tmp/perubahan.xml" --pdfa -o "$tmp/perubahan.pdf" 2>/dev/null || fail "build the revision"

arsip="$tmp/arsip"
"$naskah" archive "$tmp/rkt.pdf" "$tmp/pk.pdf" "$tmp/perubahan.pdf" --into "$arsip" 2>"$tmp/err" ||
  fail "archive: $(cat "$tmp/err")"
unit="$arsip/2024/kabupaten-luwu-timur/sekretariat-dewan-perwakilan-rakyat-daerah"
cmp -s "$unit/rkt.pdf" "$tmp/rkt.pdf" || fail "the RKT is not filed at its place: $(find "$arsip" -type f)"
cmp -s "$unit/perjanjian-kinerja.pdf" "$tmp/pk.pdf" || fail "the PK is not filed at its place: $(find "$arsip" -type f)"
cmp -s "$unit/rkt-perubahan-1.pdf" "$tmp/perubahan.pdf" || fail "the revision is not filed at its place"
python3 - "$arsip/MANIFEST.tsv" "$(sha256sum "$tmp/rkt.pdf" | cut -c1-64)" \
  "$(sha256sum "$root/templates/rkt/template.xml" | cut -c1-64)" <<'PY' || fail "the manifest"
import sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert lines[0] == "path\tyear\tunit\tdocument\trevision\tsha256\tnaskah_version\ttemplate_sha256\tarchived", lines[0]
rows = [line.split("\t") for line in lines[1:]]
assert len(rows) == 3, rows
assert [r[0] for r in rows] == sorted(r[0] for r in rows), "not sorted by path"
rkt = next(r for r in rows if r[0].endswith("/rkt.pdf"))
assert rkt[1:5] == ["2024", "Sekretariat Dewan Perwakilan Rakyat Daerah", "rkt", "0"], rkt
assert rkt[5] == sys.argv[2], "sha256"
assert rkt[6] and rkt[6][0].isdigit(), "naskah version"
assert rkt[7] == sys.argv[3], "template checksum"
assert rkt[8] == "2025-01-01", rkt[8]
revision = next(r for r in rows if r[0].endswith("/rkt-perubahan-1.pdf"))
assert revision[4] == "1", revision
PY
"$naskah" archive --verify "$arsip" 2>"$tmp/err" || fail "verify of a sound archive: $(cat "$tmp/err")"

# Twice: nothing changes.
cp "$arsip/MANIFEST.tsv" "$tmp/manifest-before"
SOURCE_DATE_EPOCH=1767225600 "$naskah" archive "$tmp/rkt.pdf" "$tmp/pk.pdf" --into "$arsip" 2>"$tmp/err" ||
  fail "archive again: $(cat "$tmp/err")"
cmp -s "$arsip/MANIFEST.tsv" "$tmp/manifest-before" || fail "a second run changed the manifest"
grep -q "0 documents filed, 2 already there, 0 refused" "$tmp/err" || fail "second run: $(cat "$tmp/err")"

# Another document under a taken name: refused, the filed one kept.
sed 's/anggaran="40.206.350"/anggaran="50.206.350"/' "$sample" >"$tmp/other.xml"
"$naskah" build "$tmp/other.xml" --pdfa -o "$tmp/other.pdf" 2>/dev/null || fail "build the other plan"
"$naskah" archive "$tmp/other.pdf" --into "$arsip" 2>"$tmp/err"
[ $? = 1 ] || fail "archiving another document under a taken name: exit 1 expected"
grep -q "rkt.pdf: error: another document is archived under this name" "$tmp/err" || fail "refusal: $(cat "$tmp/err")"
cmp -s "$unit/rkt.pdf" "$tmp/rkt.pdf" || fail "the filed RKT was replaced"
cmp -s "$arsip/MANIFEST.tsv" "$tmp/manifest-before" || fail "a refused document changed the manifest"

# A PDF without a plan is refused; the others of the run are filed all the same.
"$naskah" build "$sample" --pdfa=1b -o "$tmp/1b.pdf" 2>/dev/null || fail "build --pdfa=1b"
"$naskah" archive "$tmp/1b.pdf" --into "$arsip" 2>"$tmp/err"
[ $? = 1 ] || fail "archiving a PDF without a plan: exit 1 expected"
grep -q "1b.pdf: error: it carries no plan" "$tmp/err" || fail "no plan: $(cat "$tmp/err")"

# --verify: a file changed, one missing, one unknown.
cp "$tmp/pk.pdf" "$tmp/pk-saved.pdf"
printf '%%%% changed\n' >>"$unit/perjanjian-kinerja.pdf"
rm "$unit/rkt-perubahan-1.pdf"
cp "$tmp/1b.pdf" "$unit/stray.pdf"
"$naskah" archive --verify "$arsip" 2>"$tmp/err"
[ $? = 1 ] || fail "verify of a damaged archive: exit 1 expected"
grep -q "perjanjian-kinerja.pdf: error: changed" "$tmp/err" || fail "verify, changed: $(cat "$tmp/err")"
grep -q "rkt-perubahan-1.pdf: error: missing" "$tmp/err" || fail "verify, missing: $(cat "$tmp/err")"
grep -q "stray.pdf: error: unknown" "$tmp/err" || fail "verify, unknown: $(cat "$tmp/err")"
grep -q "rkt.pdf: error" "$tmp/err" && fail "verify reports the sound RKT: $(cat "$tmp/err")"
"$naskah" archive --verify "$tmp" 2>"$tmp/err"
[ $? = 1 ] || fail "verify of a folder without a manifest: exit 1 expected"
"$naskah" archive "$tmp/rkt.pdf" 2>"$tmp/err"
[ $? = 2 ] || fail "archive without --into: exit 2 expected"

finish
