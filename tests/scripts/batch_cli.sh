#!/usr/bin/env bash
# naskah batch end to end: 20 plans with one broken give 19 PDFs, exit 1 and the broken plan's diagnostic in the
# summary; a run stopped by SIGTERM leaves no temporary or truncated file and the earlier PDFs intact; manifests,
# clashing outputs and bad options are refused with a clear message.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"

mkdir -p "$tmp/plans"
for seed in $(seq 1 20); do
  python3 "$root/bench/gen-plan" --sub-kegiatan 40 --seed "$seed" -o "$tmp/plans/rkt-$(printf %02d "$seed").xml" ||
    fail "gen-plan $seed"
done
# Plan 07 is broken: an element the format does not know.
sed -i '0,/<penandatangan/s//<lampiran\/>\n  <penandatangan/' "$tmp/plans/rkt-07.xml"

# 1. 20 plans, one broken: the others are built, the broken one is reported.
"$naskah" batch -j 2 -o "$tmp/out" "$tmp/plans" 2>"$tmp/log"
status=$?
[ "$status" = 1 ] || fail "exit $status with a broken plan, expected 1"
[ "$(ls "$tmp/out" | grep -c '\.pdf$')" = 19 ] || fail "expected 19 PDFs: $(ls "$tmp/out")"
[ -e "$tmp/out/rkt-07.pdf" ] && fail "the broken plan has a PDF"
grep -q "^failed: .*rkt-07.xml$" "$tmp/log" || fail "the summary does not name the broken plan: $(tail -5 "$tmp/log")"
grep -q "rkt-07.xml:5:3: error: unknown element <lampiran> in <rkt>" "$tmp/log" ||
  fail "the summary lacks the broken plan's diagnostic: $(tail -5 "$tmp/log")"
grep -q "^19 of 20 plans built (0 with warnings), 1 failed$" "$tmp/log" || fail "the counts: $(tail -1 "$tmp/log")"
check_pdf "$tmp"/out/*.pdf
cmp -s <(pdftotext "$tmp/out/rkt-03.pdf" -) <("$naskah" build "$tmp/plans/rkt-03.xml" -o "$tmp/single.pdf" 2>/dev/null &&
  pdftotext "$tmp/single.pdf" -) || fail "a plan built in a batch differs from the same plan built alone"
check_pdf "$tmp/single.pdf"

# 2. SIGTERM: the builds under way end before their PDF is put in place; what was built stays whole, and a PDF
#    made by an earlier run is intact.
mkdir -p "$tmp/many" "$tmp/out2"
for i in $(seq 1 120); do cp "$tmp/plans/rkt-01.xml" "$tmp/many/p$(printf %03d "$i").xml"; done
cp "$tmp/plans/lambang.png" "$tmp/many/"  # their logo, beside them
cp "$tmp/out/rkt-01.pdf" "$tmp/out2/p120.pdf"   # the earlier, good PDF of the last plan
cp "$tmp/out2/p120.pdf" "$tmp/earlier.pdf"
"$naskah" batch -j 2 -o "$tmp/out2" "$tmp/many" 2>"$tmp/log2" &
pid=$!
for _ in $(seq 1 200); do
  [ "$(ls "$tmp/out2" | wc -l)" -ge 3 ] && break
  sleep 0.01
done
kill -TERM "$pid"
wait "$pid"
status=$?
[ "$status" = 143 ] || fail "exit $status after SIGTERM, expected 143"
grep -q "not built: interrupted by SIGTERM" "$tmp/log2" || fail "the summary does not say it was interrupted: $(tail -2 "$tmp/log2")"
ls -A "$tmp/out2" | grep -v '\.pdf$' >"$tmp/stray" && fail "files left besides PDFs: $(cat "$tmp/stray")"
check_pdf "$tmp"/out2/*.pdf  # none truncated or broken
cmp -s "$tmp/out2/p120.pdf" "$tmp/earlier.pdf" || fail "the earlier PDF of p120 was changed by the interrupted run"

# 3. A manifest names plans relative to itself; a line naming no plan is an error at its place.
printf '# the regency'"'"'s units\n\nplans/rkt-01.xml\n  plans/rkt-02.xml\n' >"$tmp/units.txt"
"$naskah" batch -o "$tmp/out3" "$tmp/units.txt" 2>"$tmp/log3" || fail "manifest: $(cat "$tmp/log3")"
[ "$(ls "$tmp/out3" | wc -l)" = 2 ] || fail "the manifest's two plans: $(ls "$tmp/out3")"
check_pdf "$tmp"/out3/*.pdf
printf 'plans/rkt-01.xml\n  plans/tidak-ada.xml\n' >"$tmp/bad.txt"
"$naskah" batch -o "$tmp/out4" "$tmp/bad.txt" 2>"$tmp/log4"
[ $? = 2 ] || fail "a manifest naming a missing plan is a usage error"
grep -q "bad.txt:2:3: error: no such plan: plans/tidak-ada.xml" "$tmp/log4" || fail "manifest error: $(cat "$tmp/log4")"

# 4. Two plans that would write one PDF, and bad options.
mkdir -p "$tmp/a" "$tmp/b"
cp "$tmp/plans/rkt-01.xml" "$tmp/a/rkt.xml"
cp "$tmp/plans/rkt-02.xml" "$tmp/b/rkt.xml"
"$naskah" batch -o "$tmp/out5" "$tmp/a" "$tmp/b" 2>"$tmp/log5"
[ $? = 2 ] && grep -q "would both write" "$tmp/log5" || fail "clashing outputs: $(cat "$tmp/log5")"
"$naskah" batch -j 0 "$tmp/a" 2>"$tmp/log6"
[ $? = 2 ] && grep -q "give a number of jobs from 1 to 256" "$tmp/log6" || fail "-j 0: $(cat "$tmp/log6")"

# 5. Per-unit subfolders: without -r a folder that holds only subfolders of plans says so and names -r; with -r (or
#    --recursive) every plan below it is built, the outputs mirroring the subfolders under -o, hidden folders passed
#    over; without -o each PDF stands beside its plan.
mkdir -p "$tmp/units/dinkes" "$tmp/units/bappeda/2025" "$tmp/units/.git"
cp "$tmp/plans/rkt-01.xml" "$tmp/units/dinkes/rkt.xml"
cp "$tmp/plans/rkt-02.xml" "$tmp/units/bappeda/2025/rkt.xml"
cp "$tmp/plans/lambang.png" "$tmp/units/dinkes/" && cp "$tmp/plans/lambang.png" "$tmp/units/bappeda/2025/"
cp "$tmp/plans/rkt-07.xml" "$tmp/units/.git/broken.xml"
"$naskah" batch -o "$tmp/out6" "$tmp/units" 2>"$tmp/log6"
[ $? = 2 ] || fail "a folder of subfolders without -r: exit $?, expected 2"
grep -qx "$tmp/units: error: the folder holds no plan (\*.xml) itself, but 2 of its subfolders do; naskah batch -r builds the plans of subfolders" \
  "$tmp/log6" || fail "a folder of subfolders without -r: $(cat "$tmp/log6")"
[ -e "$tmp/out6" ] && fail "a refused batch made its output folder"
"$naskah" batch -r -o "$tmp/out6" "$tmp/units" 2>"$tmp/log6" || fail "batch -r: $(cat "$tmp/log6")"
(cd "$tmp/out6" && find . -type f | sort) >"$tmp/found6"
printf './bappeda/2025/rkt.pdf\n./dinkes/rkt.pdf\n' | cmp -s - "$tmp/found6" || fail "batch -r's outputs: $(cat "$tmp/found6")"
check_pdf "$tmp/out6/dinkes/rkt.pdf" "$tmp/out6/bappeda/2025/rkt.pdf"
cmp -s <(pdftotext "$tmp/out6/dinkes/rkt.pdf" -) <(pdftotext "$tmp/out/rkt-01.pdf" -) || fail "batch -r built another plan"
"$naskah" batch --recursive "$tmp/units" 2>"$tmp/log7" || fail "batch --recursive without -o: $(cat "$tmp/log7")"
[ -s "$tmp/units/dinkes/rkt.pdf" ] && [ -s "$tmp/units/bappeda/2025/rkt.pdf" ] || fail "batch --recursive without -o"
[ -e "$tmp/units/.git/broken.pdf" ] && fail "batch -r looked into a hidden folder"

finish
