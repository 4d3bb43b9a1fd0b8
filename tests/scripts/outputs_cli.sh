#!/usr/bin/env bash
# Files a planner owns are safe: no command writes its output over one of its inputs — the plan, a file of the
# template, a font, an image, the spreadsheet, either plan of a diff — by any name (a hard link, a symbolic link, a
# path through another folder); it says so and writes nothing. A file a command replaces keeps its permissions and
# owner; an output that is a symbolic link stays one, and the file it leads to gets the content.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"
mkdir "$tmp/work" && cd "$tmp/work" || exit 1
cp "$root/samples/rkt-2025-bappeda-luwu-timur.xml" plan.xml
cp "$root/samples/lambang.png" .  # its logo, found beside it
cp plan.xml plan.orig

# refused EXIT WHAT naskah ARGS...: exit EXIT, "cannot write …: it is WHAT …" said, and every file as it was.
refused() {
  local want=$1 what=$2; shift 2
  find . -type f -exec md5sum {} + | sort >"$tmp/.before"
  "$naskah" "$@" >"$tmp/.out" 2>"$tmp/.err"
  local status=$?
  [ "$status" = "$want" ] || fail "$*: exit $status, expected $want: $(cat "$tmp/.err")"
  grep -q "cannot write .*: it is $what .*, which naskah reads here; name another file for the output" "$tmp/.err" ||
    fail "$*: the refusal does not say what the output is: $(cat "$tmp/.err")"
  find . -type f -exec md5sum {} + | sort | cmp -s - "$tmp/.before" || fail "$*: a file changed or appeared"
}

# 1. build: the plan, under its own name and others.
refused 1 "the plan" build plan.xml -o plan.xml
ln plan.xml hard-link.pdf
ln -s plan.xml soft-link.pdf
mkdir sub && ln -s .. sub/up
refused 1 "the plan" build plan.xml -o hard-link.pdf
refused 1 "the plan" build plan.xml -o soft-link.pdf
refused 1 "the plan" build plan.xml -o sub/up/plan.xml
rm hard-link.pdf soft-link.pdf
# A file of the template, a font, an image.
cp -r "$root/templates/rkt" template
refused 1 "the template's file" build plan.xml --template template -o template/template.xml
mkdir fonts
for face in Regular Bold Italic BoldItalic; do cp "/usr/share/fonts/truetype/liberation2/LiberationSans-$face.ttf" fonts/; done
printf 'Liberation Sans: regular=LiberationSans-Regular.ttf, bold=LiberationSans-Bold.ttf, italic=LiberationSans-Italic.ttf, bold-italic=LiberationSans-BoldItalic.ttf\n' \
  >fonts/families.conf
refused 1 "a font" build plan.xml --font-dir fonts -o fonts/LiberationSans-Bold.ttf
mkdir logo && cp "$root/tests/data/valid/full.xml" logo/plan.xml && cp "$root/tests/data/valid/logo.png" logo/
refused 1 "an image" build logo/plan.xml -o logo/logo.png
"$naskah" build plan.xml --font-dir fonts -o fine.pdf 2>/dev/null && [ -s fine.pdf ] || fail "a build with those inputs fails"
check_pdf fine.pdf
rm fine.pdf

# 2. batch: a plan whose PDF would be the plan itself (named .pdf), or another plan of the run.
cp plan.xml odd.pdf
refused 2 "the plan" batch odd.pdf
rm odd.pdf
mkdir runs && cp plan.xml runs/a.xml && cp plan.xml runs/b.xml && ln -s a.xml runs/b.pdf
refused 2 "the plan" batch runs/b.xml runs/a.xml
rm -r runs

# 3. The spreadsheet commands and init.
"$naskah" export plan.xml -o annex.csv >/dev/null 2>&1 || fail "export"
refused 2 "the plan" export plan.xml -o plan.xml
refused 2 "the spreadsheet" import annex.csv --into plan.xml -o annex.csv --force
ln -s annex.csv annex-link.xml
refused 2 "the spreadsheet" import annex.csv --into plan.xml -o annex-link.xml --force
rm annex-link.xml
"$naskah" export plan.xml -o annex.xlsx >/dev/null 2>&1 || fail "export to a workbook"
refused 2 "the spreadsheet" import annex.xlsx --into plan.xml -o annex.xlsx --force
ln -s plan.xml plan-link.xlsx
refused 2 "the plan" export plan.xml -o plan-link.xlsx
rm plan-link.xlsx
cp plan.xml rkt-2025.xml
refused 2 "the plan to start from" init --tahun 2026 --from rkt-2025.xml -o rkt-2025.xml --force
ln rkt-2025.xml rkt-2026.xml
refused 2 "the plan to start from" init --tahun 2026 --from rkt-2025.xml --force
rm rkt-2026.xml rkt-2025.xml

# 4. diff -o: neither plan.
cp plan.xml new.xml && sed -i 's/anggaran="425.750.000"/anggaran="425.000.000"/' new.xml
refused 2 "a plan compared" diff -o new.xml plan.xml new.xml
refused 2 "a plan compared" diff --output=plan.xml plan.xml new.xml
"$naskah" diff -o changes.pdf plan.xml new.xml >/dev/null 2>&1; [ $? = 1 ] && [ -s changes.pdf ] || fail "diff -o changes.pdf"
check_pdf changes.pdf

# 5. A 0640 plan stays 0640 after import --into, its owner and group too; a new file gets the usual permissions.
chmod 0640 plan.xml
if [ "$(id -u)" = 0 ]; then chown nobody:nogroup plan.xml; fi
owner=$(stat -c %U:%G plan.xml)
"$naskah" import annex.csv --into plan.xml >/dev/null 2>"$tmp/err" || fail "import --into: $(cat "$tmp/err")"
[ "$(stat -c %a plan.xml)" = 640 ] || fail "the plan's permissions: $(stat -c %a plan.xml), expected 640"
[ "$(stat -c %U:%G plan.xml)" = "$owner" ] || fail "the plan's owner: $(stat -c %U:%G plan.xml), expected $owner"
(umask 022 && "$naskah" export plan.xml -o new-sheet.csv >/dev/null 2>&1)
[ "$(stat -c %a new-sheet.csv)" = 644 ] || fail "a new file's permissions: $(stat -c %a new-sheet.csv)"
chmod 0600 new-sheet.csv
"$naskah" export plan.xml -o new-sheet.csv --numbers plain >/dev/null 2>&1
[ "$(stat -c %a new-sheet.csv)" = 600 ] || fail "a replaced CSV's permissions: $(stat -c %a new-sheet.csv), expected 600"

# 6. An output that is a symbolic link stays one; the file it leads to (through a relative link, in another folder)
#    gets the content, and no file is left beside the link.
mkdir -p archive/2025
cp "$root/tests/data/valid/minimal.xml" "$root/tests/data/valid/logo.png" .
ln -s ../archive/2025/rkt.pdf sub/rkt.pdf
"$naskah" build minimal.xml -o sub/rkt.pdf 2>/dev/null || fail "build through a symbolic link"
[ -L sub/rkt.pdf ] || fail "the symbolic link was replaced by a file"
[ "$(readlink sub/rkt.pdf)" = ../archive/2025/rkt.pdf ] || fail "the link changed: $(readlink sub/rkt.pdf)"
check_pdf archive/2025/rkt.pdf
# Again, over the PDF now there: the link still a link, its target replaced whole.
cp archive/2025/rkt.pdf first.pdf
"$naskah" build minimal.xml --draft -o sub/rkt.pdf 2>/dev/null || fail "build through the link again"
[ -L sub/rkt.pdf ] && ! cmp -s first.pdf archive/2025/rkt.pdf || fail "the second build through the link"
"$naskah" build minimal.xml --draft -o direct.pdf 2>/dev/null
cmp -s direct.pdf archive/2025/rkt.pdf || fail "the link's target is not the second build's PDF"
ls -A sub archive/2025 | grep '^\.' && fail "temporary files left beside the link or its target"
# The same for a plan written through a link (import --into a link).
ln -s plan.xml plan-link.xml
"$naskah" import annex.csv --into plan-link.xml >/dev/null 2>"$tmp/err" || fail "import into a link: $(cat "$tmp/err")"
[ -L plan-link.xml ] || fail "import replaced the link with a file"
[ "$(stat -c %a plan.xml)" = 640 ] || fail "the link's target lost its permissions"

finish
