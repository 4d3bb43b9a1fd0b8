#!/usr/bin/env bash
# valgrind's memcheck on `naskah build` of the sample (with --pdfa and --draft, so that the XMP packet and the
# watermark are drawn too): no invalid read or write, no use of an uninitialised value, no leak — none suppressed
# (the hyphenation patterns are compiled in, so libhyphen's leak while loading a file never happens here). About 5 s.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/cli_prelude.sh"

command -v valgrind >/dev/null || { fail "valgrind is not installed (.ci/setup installs it)"; finish; exit; }
valgrind --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite,indirect,possible \
  --log-file="$tmp/memcheck.log" \
  "$naskah" build --pdfa --draft "$sample" -o "$tmp/rkt.pdf" 2>"$tmp/stderr"
status=$?
[ "$status" -eq 0 ] || fail "valgrind found errors (exit $status): $(grep -A30 -m1 -E 'Invalid|uninitialised|lost in' "$tmp/memcheck.log")
$(tail -3 "$tmp/stderr")"
grep -q "ERROR SUMMARY: 0 errors" "$tmp/memcheck.log" || fail "memcheck's summary: $(grep 'ERROR SUMMARY' "$tmp/memcheck.log")"
grep -Eq "definitely lost: 0 bytes in 0 blocks" "$tmp/memcheck.log" ||
  fail "memory was lost: $(grep -A6 'LEAK SUMMARY' "$tmp/memcheck.log")"
qpdf --check "$tmp/rkt.pdf" >/dev/null 2>&1 || fail "the PDF built under valgrind does not pass qpdf --check"
finish
