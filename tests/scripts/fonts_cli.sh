#!/usr/bin/env bash
# Fonts that are not installed: a folder of TrueType files given with --font-dir (found by fontconfig under their
# family's name) or holding a families.conf, the same through NASKAH_FONT_PATH, for build and batch; a folder that
# is not one is a usage error.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"
plan="$root/samples/rkt-2025-bappeda-luwu-timur.xml"

# A family no machine has: Liberation Serif's four files with the family renamed in their name tables (same
# length, so nothing else moves), in a folder of their own.
mkdir -p "$tmp/kantor" "$tmp/mapped"
python3 - "$tmp/kantor" <<'PY' || fail "making the renamed fonts"
import struct, sys
source = "/usr/share/fonts/truetype/liberation2/"
for face in ["Regular", "Bold", "Italic", "BoldItalic"]:
    data = bytearray(open(f"{source}LiberationSerif-{face}.ttf", "rb").read())
    for i in range(struct.unpack(">H", data[4:6])[0]):
        tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
        if tag == b"name":
            names = bytes(data[offset:offset + length])
            names = names.replace("Liberation".encode("utf-16-be"), "Kantoribas".encode("utf-16-be"))
            data[offset:offset + length] = names.replace(b"Liberation", b"Kantoribas")
    open(f"{sys.argv[1]}/KantoribasSerif-{face}.ttf", "wb").write(data)
PY
cp -r "$root/templates/rkt" "$tmp/template"
sed -i 's/family="Liberation Sans"/family="Kantoribas Serif"/' "$tmp/template/template.xml"

# 1. Without the folder the family is not found; with it, the PDF embeds its files.
"$naskah" build "$plan" --template "$tmp/template" -o "$tmp/none.pdf" 2>"$tmp/log"
[ $? = 1 ] || fail "a family no one has: exit 1"
grep -q 'error: font family "Kantoribas Serif" not found' "$tmp/log" || fail "the missing family: $(cat "$tmp/log")"
[ -e "$tmp/none.pdf" ] && fail "a PDF without its fonts"
"$naskah" build "$plan" --template "$tmp/template" --font-dir "$tmp/kantor" -o "$tmp/kantor.pdf" 2>"$tmp/log" ||
  fail "--font-dir: $(cat "$tmp/log")"
check_pdf "$tmp/kantor.pdf"
pdffonts "$tmp/kantor.pdf" | grep -q "+KantoribasSerif " || fail "the folder's font is not embedded: $(pdffonts "$tmp/kantor.pdf")"
pdffonts "$tmp/kantor.pdf" | grep -q "LiberationSans" && fail "Liberation Sans embedded instead"

# 2. A folder with a families.conf: a family of any name, mapped to files beside it.
for face in Regular Bold Italic BoldItalic; do cp "$tmp/kantor/KantoribasSerif-$face.ttf" "$tmp/mapped/"; done
cat >"$tmp/mapped/families.conf" <<'CONF'
# the office's own name for its letter font
Huruf Kantor: regular=KantoribasSerif-Regular.ttf, bold=KantoribasSerif-Bold.ttf, italic=KantoribasSerif-Italic.ttf, bold-italic=KantoribasSerif-BoldItalic.ttf
CONF
cp -r "$tmp/template" "$tmp/template2"
sed -i 's/family="Kantoribas Serif"/family="Huruf Kantor"/' "$tmp/template2/template.xml"
"$naskah" build "$plan" --template "$tmp/template2" --font-dir "$tmp/mapped" -o "$tmp/mapped.pdf" 2>"$tmp/log" ||
  fail "--font-dir with families.conf: $(cat "$tmp/log")"
check_pdf "$tmp/mapped.pdf"

# 3. NASKAH_FONT_PATH, for build and batch.
NASKAH_FONT_PATH="/nonexistent-fonts:$tmp/kantor" "$naskah" build "$plan" --template "$tmp/template" \
  -o "$tmp/env.pdf" 2>"$tmp/log" || fail "NASKAH_FONT_PATH: $(cat "$tmp/log")"
grep -q "^NASKAH_FONT_PATH: warning: /nonexistent-fonts is not a folder$" "$tmp/log" ||
  fail "a NASKAH_FONT_PATH entry that is no folder is said: $(cat "$tmp/log")"
cmp -s "$tmp/env.pdf" "$tmp/kantor.pdf" || fail "NASKAH_FONT_PATH and --font-dir make different PDFs"
"$naskah" batch --template "$tmp/template" --font-dir "$tmp/kantor" -o "$tmp/batch" "$plan" 2>"$tmp/log" ||
  fail "batch --font-dir: $(cat "$tmp/log")"
cmp -s "$tmp/batch/rkt-2025-bappeda-luwu-timur.pdf" "$tmp/kantor.pdf" || fail "batch and build differ"

# 4. A folder that is not there is a usage error, said before anything is built.
"$naskah" build "$plan" --font-dir "$tmp/missing" -o "$tmp/x.pdf" 2>"$tmp/log"
[ $? = 2 ] || fail "--font-dir of no folder: exit 2"
grep -qx "naskah build: --font-dir $tmp/missing: $tmp/missing is not a folder" "$tmp/log" || fail "the message: $(cat "$tmp/log")"
[ -e "$tmp/x.pdf" ] && fail "a PDF after a usage error"

finish
