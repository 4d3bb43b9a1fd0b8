#!/usr/bin/env bash
# Input made to break naskah ends in a clear error at its place, exit 1 and no PDF, or in a correct PDF that every
# reader accepts: a 200 MB file, elements nested 100,000 deep, lists nested deeper than a line can indent, a
# 10,000-letter word, a cell holding only a long URL, zero-width and combining characters, right-to-left text,
# characters the font lacks, DOCTYPEs with entities, logos that are not images, templates missing a file.
# (100,000 rows: large_input_cli.sh; outputs that cannot be written: output_failures_cli.sh.)
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"
base="$root/samples/rkt-2025-bappeda-luwu-timur.xml"  # builds without a message
cp "$root/samples/lambang.png" "$tmp/"  # its logo, beside the plans made from it here

# plan NAME BODY: the base plan with <bab judul="Uji">BODY</bab> on its line 17 (empty there), as $tmp/NAME.xml;
# BODY is a Python expression, so that large inputs are made here, at run time.
plan() {
  python3 - "$base" "$tmp/$1.xml" "$2" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
assert lines[16] == "", "line 17 of the base plan is no longer empty"
lines[16] = '  <bab judul="Uji">' + eval(sys.argv[3]) + "</bab>"
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(lines))
PY
}
# refused NAME [BUILD OPTIONS...]: building $tmp/NAME.xml fails with exit 1, standard error is exactly the lines
# of $tmp/expected, no PDF is written and no temporary file is left.
refused() {
  local name=$1
  shift
  "$naskah" build "$tmp/$name.xml" "$@" -o "$tmp/$name.pdf" 2>"$tmp/said"
  local status=$?
  [ "$status" = 1 ] || fail "$name: exit $status, expected 1"
  diff "$tmp/expected" "$tmp/said" >"$tmp/diff" || fail "$name: what was said differs (expected <, said >): $(cat "$tmp/diff")"
  [ -e "$tmp/$name.pdf" ] && fail "$name: a PDF was written"
  ls -A "$tmp" | grep "^\.$name\.pdf\." >/dev/null && fail "$name: a temporary file was left"
}
# built NAME: building $tmp/NAME.xml succeeds without a word, and every reader accepts the PDF.
built() {
  "$naskah" build "$tmp/$1.xml" -o "$tmp/$1.pdf" 2>"$tmp/said" || fail "$1: not built: $(head -5 "$tmp/said")"
  [ -s "$tmp/said" ] && fail "$1: the build said: $(head -5 "$tmp/said")"
  check_pdf "$tmp/$1.pdf"
}
not_written() { echo "naskah build: $tmp/$1.pdf not written: fix the errors above"; }

# A 200 MB plan is refused from its size, before it is read (sparse: it takes no disk).
truncate -s 200M "$tmp/huge.xml"
{ echo "$tmp/huge.xml: error: the file is larger than 64 MB, the largest plan naskah reads [limit]"; not_written huge; } >"$tmp/expected"
refused huge
"$naskah" check "$tmp/huge.xml" >"$tmp/out" 2>&1
[ $? = 1 ] && grep -q "larger than 64 MB" "$tmp/out" || fail "check of the 200 MB plan: $(cat "$tmp/out")"
rm -f "$tmp/huge.xml"
# A 200 MB manifest for naskah batch likewise (its limit is 1 MB: some 20,000 plans); a usage error, as a manifest
# naming a missing plan is.
truncate -s 200M "$tmp/huge.txt"
"$naskah" batch -o "$tmp/batch" "$tmp/huge.txt" 2>"$tmp/said"
status=$?
[ "$status" = 2 ] || fail "a 200 MB manifest: exit $status, expected 2"
echo "$tmp/huge.txt: error: the manifest is larger than 1 MB; a manifest names plans, one a line" >"$tmp/expected"
diff "$tmp/expected" "$tmp/said" >"$tmp/diff" || fail "a 200 MB manifest: $(cat "$tmp/diff")"
[ -e "$tmp/batch" ] && fail "a 200 MB manifest: the output folder was made"
rm -f "$tmp/huge.txt"

# Elements nested 100,000 deep: refused at the first element past level 64, before the readers recurse.
plan deep-inline "'<p>' + '<b>' * 100000 + 'x' + '</b>' * 100000 + '</p>'"
{ echo "$tmp/deep-inline.xml:17:206: error: elements nested more than 64 deep: naskah reads at most 64 levels, and a plan needs about 10 [limit]"
  not_written deep-inline; } >"$tmp/expected"
refused deep-inline
plan deep-list "'<ol>' + '<li>a<ol>' * 100000 + '<li>x</li>' + '</ol></li>' * 100000 + '</ol>'"
{ echo "$tmp/deep-list.xml:17:299: error: elements nested more than 64 deep: naskah reads at most 64 levels, and a plan needs about 10 [limit]"
  not_written deep-list; } >"$tmp/expected"
refused deep-list
# Lists nested 11 deep: the eleventh would leave its text 3,5 cm of the line; 10 are set.
plan list-11 "'<ol>' + '<li>a<ol>' * 10 + '<li>x</li>' + '</ol></li>' * 10 + '</ol>'"
{ echo "$tmp/list-11.xml:17:110: error: a list nested 11 deep: its text would start 11 cm from the margin, leaving 3,5 cm of the 14,5 cm line; this template sets lists at most 10 deep [list-depth]"
  not_written list-11; } >"$tmp/expected"
refused list-11
plan list-10 "'<ol>' + '<li>a<ol>' * 9 + '<li>paling dalam</li>' + '</ol></li>' * 9 + '</ol>'"
built list-10
pdftotext "$tmp/list-10.pdf" - | grep -q "paling dalam" || fail "the 10th level of a list is not in the PDF"

# 100,000 errors in one text (lone braces) are placed in one pass: it took a second per 15,000 before, so that a
# 64 MB plan of them would never finish. Each is reported at its column.
plan braces "'<p>' + '{ ' * 100000 + '</p>'"
timeout 20 "$naskah" check "$tmp/braces.xml" >"$tmp/out" 2>&1
status=$?
[ "$status" = 1 ] || fail "100,000 lone braces: exit $status (124: it did not finish in 20 s)"
[ "$(grep -c "placeholder-syntax" "$tmp/out")" = 100000 ] || fail "100,000 lone braces: $(tail -1 "$tmp/out")"
grep -q "^$tmp/braces.xml:17:200021: error: a '{' that does not start a placeholder" "$tmp/out" || fail "the last brace's place: $(grep placeholder "$tmp/out" | tail -1)"

# An element with 100,000 attributes: each reported at its place, the start tag scanned once (not once each).
plan attributes "'<p ' + ' '.join(f'a{n}=\"x\"' for n in range(100000)) + '>t</p>'"
timeout 20 "$naskah" check "$tmp/attributes.xml" >"$tmp/out" 2>&1
status=$?
[ "$status" = 1 ] || fail "100,000 attributes: exit $status (124: it did not finish in 20 s)"
[ "$(grep -c "unknown-attribute" "$tmp/out")" = 100000 ] || fail "100,000 attributes: $(tail -1 "$tmp/out")"
grep -q "^$tmp/attributes.xml:17:1088902: error: unknown attribute \"a99999\" on <p> \[unknown-attribute\]$" "$tmp/out" ||
  fail "the last attribute's place: $(grep unknown-attribute "$tmp/out" | tail -1)"

# A 10,000-letter word is cut between letters, line after line, and said to be (once, at its place, its text
# quoted short); a cell holding only a long URL breaks after its slashes, and says nothing.
plan long-word "'<p>' + 'a' * 10000 + '</p>'"
"$naskah" build "$tmp/long-word.xml" -o "$tmp/long-word.pdf" 2>"$tmp/said" || fail "long-word: not built: $(head -5 "$tmp/said")"
echo "$tmp/long-word.xml:17:20: warning: \"$(printf 'a%.0s' $(seq 60))…\" is 66.720 pt wide but its line holds 375,6 pt: it is cut between two letters; widen its column or shorten the text [overfull]" >"$tmp/expected"
diff "$tmp/expected" "$tmp/said" >/dev/null || fail "long-word: what was said differs: $(diff "$tmp/expected" "$tmp/said")"
check_pdf "$tmp/long-word.pdf"
[ "$(pdftotext "$tmp/long-word.pdf" - | tr -cd a | wc -c)" -ge 10000 ] || fail "the long word lost letters"
plan url-cell "'<table><tr><td>https://sakip.luwutimurkab.go.id/' + 'dokumen/' * 600 + 'rkt.pdf</td><td>b</td></tr></table>'"
built url-cell
pdftotext "$tmp/url-cell.pdf" - | tr -d '\n' | grep -q "go.id/dokumen/dokumen/" || fail "the URL is not in the PDF"

# A bab whose judul is 70,000 characters: set in full on its pages; in the outline shortened to 500 and "…"
# (libharu refuses strings of more than 65,535 bytes, and an outline entry is read on one line).
python3 - "$base" "$tmp/long-title.xml" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
lines[16] = '  <bab judul="' + "Judul panjang " * 5000 + '"><p>Isi.</p></bab>'
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(lines))
PY
built long-title
qpdf --json --json-key=outlines "$tmp/long-title.pdf" | python3 -c '
import json, sys
titles = [o["title"] for o in json.load(sys.stdin)["outlines"]]
long = [t for t in titles if "JUDUL PANJANG" in t]
assert len(long) == 1 and len(long[0]) == 501 and long[0].endswith("\u2026"), [len(t) for t in titles]' ||
  fail "the long judul's outline entry"

# Zero-width and combining characters: U+200B and U+200D are drawn (Liberation Sans has them, zero-wide), "e"
# and U+0301 become "é", U+FEFF inside text has nothing to show and is left out.
plan zero-width "'<p>a\u200bb c\u200dd e\u0301 f\ufeffg</p>'"
built zero-width
pdftotext "$tmp/zero-width.pdf" - | grep -qx $'a\u200bb c\u200dd é fg' || fail "zero-width text: $(pdftotext "$tmp/zero-width.pdf" - | grep -a 'fg')"

# Right-to-left script is refused once per paragraph; characters the font lacks are named, each once, at the text.
plan right-to-left "'<p>Arab \u0645\u0631\u062d\u0628\u0627 di sini</p>'"
{ echo "$tmp/right-to-left.xml:17:20: error: right-to-left script (U+0645 'م' …), which naskah cannot set yet: it lays out left-to-right text only; write it in Latin script [right-to-left]"
  not_written right-to-left; } >"$tmp/expected"
refused right-to-left
plan emoji "'<p>Senyum \U0001F600 dan \u6F22\u5B57 dan \U0001F600 lagi</p>'"
{ echo "$tmp/emoji.xml:17:20: error: Liberation Sans has no glyph for U+1F600 '😀'; write the character another way, or choose a template whose font has it [missing-glyph]"
  echo "$tmp/emoji.xml:17:20: error: Liberation Sans has no glyph for U+6F22 '漢'; write the character another way, or choose a template whose font has it [missing-glyph]"
  echo "$tmp/emoji.xml:17:20: error: Liberation Sans has no glyph for U+5B57 '字'; write the character another way, or choose a template whose font has it [missing-glyph]"
  not_written emoji; } >"$tmp/expected"
refused emoji

# DOCTYPEs: refused at their place, whatever they declare; entities are never expanded nor files read.
doctype() {  # NAME DOCTYPE BODY: the base plan with DOCTYPE on line 2 (after the XML declaration)
  plan "$1" "'$3'"
  python3 - "$tmp/$1.xml" "$2" <<'PY'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
lines.insert(1, sys.argv[2])
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(lines))
PY
}
laughs='<!DOCTYPE rkt [<!ENTITY lol "lol">'
for i in 1 2 3 4 5 6 7 8 9; do
  previous=$([ $i = 1 ] && echo "&lol;" || echo "&lol$((i - 1));")
  laughs+="<!ENTITY lol$i \"$(printf "$previous%.0s" 1 2 3 4 5 6 7 8 9 10)\">"
done
laughs+=']>'
doctype billion-laughs "$laughs" '<p>&lol9;</p>'
doctype_error() { echo "$tmp/$1.xml:2:1: error: a plan may not have a DOCTYPE: naskah does not read DTDs or expand their entities [xml-doctype]"; }
{ doctype_error billion-laughs
  echo "$tmp/billion-laughs.xml:18:23: error: &lol9; is not an XML entity; write the character itself (XML knows only &amp; &lt; &gt; &quot; &apos;) [xml-syntax]"
  not_written billion-laughs; } >"$tmp/expected"
refused billion-laughs
doctype external-entity '<!DOCTYPE rkt [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' '<p>&xxe;</p>'
{ doctype_error external-entity
  echo "$tmp/external-entity.xml:18:23: error: &xxe; is not an XML entity; write the character itself (XML knows only &amp; &lt; &gt; &quot; &apos;) [xml-syntax]"
  not_written external-entity; } >"$tmp/expected"
refused external-entity
doctype parameter-entity '<!DOCTYPE rkt [<!ENTITY % remote SYSTEM "file:///etc/passwd"> %remote;]>' '<p>a</p>'
{ doctype_error parameter-entity; not_written parameter-entity; } >"$tmp/expected"
refused parameter-entity
doctype external-dtd '<!DOCTYPE rkt SYSTEM "file:///etc/passwd">' '<p>a</p>'
{ doctype_error external-dtd; not_written external-dtd; } >"$tmp/expected"
refused external-dtd

# Logos that are not images, or not usable ones: an error at the plan's logo attribute; a JPEG named .png is
# used as the JPEG it is.
logo() {  # NAME: the base plan with logo="NAME.png", the file beside it
  sed 's|logo="lambang.png"/>|logo="'"$1"'.png"/>|' "$base" >"$tmp/$1.xml"
}
logo_error() { echo "$tmp/$1.xml:13:43: error: logo=\"$1.png\": $2 [logo]"; not_written "$1"; }
logo text-logo
echo "not an image" >"$tmp/text-logo.png"
logo_error text-logo "it is neither a PNG nor a JPEG image" >"$tmp/expected"
refused text-logo
logo cut-logo
head -c 100 "$root/tests/data/valid/logo.png" >"$tmp/cut-logo.png"
logo_error cut-logo "the PNG ends early (the file is cut short)" >"$tmp/expected"
refused cut-logo
logo huge-logo
python3 - "$tmp/huge-logo.png" <<'PY'
import struct, sys, zlib
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
header = struct.pack(">IIBBBBB", 100000, 100000, 8, 2, 0, 0, 0)
open(sys.argv[1], "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 1000)) + chunk(b"IEND", b""))
PY
logo_error huge-logo "the image is 100000 × 100000 pixels; naskah takes images of at most 10000 pixels a side and 16 megapixels (scale it down: a logo needs about 600 × 600)" >"$tmp/expected"
refused huge-logo
# A logo that is a named pipe: refused as no logo file, never opened (the build would wait for a writer for ever,
# while the logo is read ahead of the cover as while the cover is composed).
logo fifo-logo
mkfifo "$tmp/fifo-logo.png"
logo_error fifo-logo "there is no such file (a logo is found relative to the plan file, here $tmp/fifo-logo.png)" >"$tmp/expected"
timeout 60 "$naskah" build "$tmp/fifo-logo.xml" -o "$tmp/fifo-logo.pdf" 2>"$tmp/said"
status=$?
[ "$status" = 1 ] || fail "a named pipe as the logo: exit $status, expected 1 (124: the build waited for a writer)"
diff "$tmp/expected" "$tmp/said" >"$tmp/diff" || fail "a named pipe as the logo: expected <, said >: $(cat "$tmp/diff")"
[ -e "$tmp/fifo-logo.pdf" ] && fail "a named pipe as the logo: a PDF was written"
rm -f "$tmp/fifo-logo.png"
logo jpeg-logo
gs -q -dSAFER -sDEVICE=jpeg -g60x60 -o "$tmp/jpeg-logo.png" -c "0 0.4 0.8 setrgbcolor 0 0 60 60 rectfill showpage"
built jpeg-logo
pdfimages -list "$tmp/jpeg-logo.pdf" | grep -Eq " 60 +60 +rgb +3 +8 +jpeg " || fail "the JPEG logo: $(pdfimages -list "$tmp/jpeg-logo.pdf")"

# A template missing a file, one at a time: template.xml, the fonts' families.conf, each of the four faces.
mkdir -p "$tmp/tree/templates/uji" "$tmp/tree/fonts"
liberation=/usr/share/fonts/truetype/liberation2/LiberationSerif
for face in Regular Bold Italic BoldItalic; do cp "$liberation-$face.ttf" "$tmp/tree/fonts/$face.ttf"; done
echo "Naskah Uji: regular=Regular.ttf, bold=Bold.ttf, italic=Italic.ttf, bold-italic=BoldItalic.ttf" >"$tmp/tree/fonts/families.conf"
sed 's/family="Liberation Sans"/family="Naskah Uji"/' "$root/templates/rkt/template.xml" >"$tmp/tree/templates/uji/template.xml"
cp "$base" "$tmp/uji.xml"
uji="$tmp/tree/templates/uji"
"$naskah" build "$tmp/uji.xml" --template "$uji" -o "$tmp/uji.pdf" 2>"$tmp/said" || fail "the whole template: $(cat "$tmp/said")"
check_pdf "$tmp/uji.pdf"
rm -f "$tmp/uji.pdf"
font_lines() {  # WHY: the error of both <font> elements that name the family
  for line in 15 16; do
    echo "$uji/template.xml:$line:5: error: font family \"Naskah Uji\" not found: $1 and fontconfig has no TrueType \"Naskah Uji\" (install it, or add it to fonts/families.conf) [font]"
  done
}
for file in templates/uji/template.xml fonts/families.conf fonts/Regular.ttf fonts/Bold.ttf fonts/Italic.ttf fonts/BoldItalic.ttf; do
  mv "$tmp/tree/$file" "$tmp/away"
  case $file in
    *template.xml) echo "$uji/template.xml: error: cannot read the template: No such file or directory; a template is a folder holding template.xml (see docs/templates.md) [template-missing]" ;;
    *families.conf) font_lines "no entry in $root/fonts/families.conf" ;;
    *) font_lines "$tmp/tree/fonts/families.conf:1 names $tmp/tree/$file, which does not exist," ;;
  esac >"$tmp/expected"
  [ "$file" = templates/uji/template.xml ] || not_written uji >>"$tmp/expected"
  refused uji --template "$uji"
  mv "$tmp/away" "$tmp/tree/$file"
done

# An image a template names that is not an image: an error at its src, as a plan's logo.
sed 's|<space height="2.5cm"/>|<image src="ttd.png" width="5cm" height="2.5cm"/>|' "$root/templates/rkt/template.xml" >"$uji/template.xml"
echo "not an image" >"$uji/ttd.png"
line=$(grep -n '<image src="ttd.png"' "$uji/template.xml" | cut -d: -f1)
echo "$uji/template.xml:$line:12: error: src=\"ttd.png\" on <image>: it is neither a PNG nor a JPEG image [bad-image]" >"$tmp/expected"
refused uji --template "$uji"
cp "$root/tests/data/valid/logo.png" "$uji/ttd.png"
"$naskah" build "$tmp/uji.xml" --template "$uji" -o "$tmp/uji.pdf" 2>"$tmp/said" || fail "a template with a signature image: $(cat "$tmp/said")"
check_pdf "$tmp/uji.pdf"

finish
