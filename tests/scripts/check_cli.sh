#!/usr/bin/env bash
# naskah check as a user runs it: output, exit codes, JSON, usage errors.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"
expect_exit() {  # expected-code description command...
  local want=$1 what=$2; shift 2
  "$@" >"$tmp/expect-exit" 2>&1; local got=$?
  [ "$got" -eq "$want" ] || { fail "$what: exit $got, expected $want"; cat "$tmp/expect-exit"; }
}

out=$("$naskah" check "$sample" 2>"$tmp/err"); code=$?
[ $code -eq 0 ] || fail "check of the sample: exit $code, expected 0 (warnings only)"
[ "$(printf '%s\n' "$out" | grep -c ': warning: ')" -eq 7 ] || fail "check of the sample: expected 7 warnings, got: $out"
grep -q "difference Rp 1.416.207.400) \[budget-rollup\]" <<<"$out" || fail "the budget-rollup finding is missing"
grep -q "^0 errors, 7 warnings in 1 file$" "$tmp/err" || fail "summary line: $(cat "$tmp/err")"

expect_exit 1 "--strict with warnings" "$naskah" check --strict "$sample"
expect_exit 0 "a clean plan under --strict" "$naskah" check --strict "$root/tests/data/valid/minimal.xml"
expect_exit 1 "a plan with errors" "$naskah" check "$root/tests/data/invalid/amount-commas.xml"
expect_exit 1 "a missing file" "$naskah" check "$tmp/no-such-plan.xml"
expect_exit 2 "no file" "$naskah" check
expect_exit 2 "an unknown option" "$naskah" check --frobnicate "$sample"
expect_exit 2 "a bad --format" "$naskah" check --format xml "$sample"
expect_exit 2 "an unknown command" "$naskah" frobnicate
expect_exit 0 "--help" "$naskah" --help
expect_exit 0 "check --help" "$naskah" check --help

"$naskah" check --format json "$sample" "$root/tests/data/invalid/amount-commas.xml" >"$tmp/out.json"
python3 - "$tmp/out.json" <<'PY' || fail "--format json"
import json, sys
items = json.load(open(sys.argv[1]))
assert len(items) == 8, items
assert {d["severity"] for d in items} == {"warning", "error"}, items
budget = [d for d in items if d["rule"] == "budget-rollup"][0]
assert budget["line"] == 469 and budget["column"] == 84, budget
assert budget["message"].startswith('program 2 "Program Dukungan'), budget
assert all(set(d) == {"file", "line", "column", "severity", "rule", "message"} for d in items)
PY

missing_out=$("$naskah" check "$tmp/no-such-plan.xml" 2>/dev/null)
grep -q "no-such-plan.xml: error: cannot read the file: No such file or directory \[io\]" <<<"$missing_out" ||
  fail "missing file message: $missing_out"

"$naskah" --version | grep -Eq '^naskah [0-9]+\.[0-9]+\.[0-9]+$' || fail "--version"

finish
