#!/usr/bin/env bash
# Every plan in samples/ and tests/data/valid/ validates against the XSD; plans with structural faults do not.
set -u
root=$1
schema="$root/schema/naskah-rkt-1.xsd"
status=0
for plan in "$root"/samples/*.xml "$root"/tests/data/valid/*.xml; do
  if ! out=$(xmllint --noout --schema "$schema" "$plan" 2>&1); then
    echo "FAIL: the schema rejects $plan:"; echo "$out"; status=1
  fi
done
# Faults that the schema, and not only naskah check, must catch (an editor shows them as you type).
for name in amount-commas unknown-element-near-miss missing-attribute-subkegiatan-anggaran order-indikator-after-program nip-letters \
            org-chart-two-heads realisation-structure perubahan-zero; do
  plan="$root/tests/data/invalid/$name.xml"
  [ -f "$plan" ] || { echo "FAIL: $plan is missing"; status=1; continue; }
  if xmllint --noout --schema "$schema" "$plan" >/dev/null 2>&1; then
    echo "FAIL: the schema accepts $plan"; status=1
  fi
done
# An empty realisasi is a realisasi not filled in yet: a finding of naskah check (realisasi-missing), not a fault
# of the structure.
if ! out=$(xmllint --noout --schema "$schema" "$root/tests/data/invalid/realisasi-missing.xml" 2>&1); then
  echo "FAIL: the schema rejects an empty realisasi:"; echo "$out"; status=1
fi
# So is a signatory not filled in yet (a first plan made by naskah init): naskah check warns (signatory-missing).
if ! out=$(xmllint --noout --schema "$schema" "$root/tests/data/invalid/signatory-missing.xml" 2>&1); then
  echo "FAIL: the schema rejects a signatory not filled in yet:"; echo "$out"; status=1
fi
exit $status
