#!/usr/bin/env bash
# naskah serve in a real browser (tests/browser/serve_page.mjs on the system's Chromium): the sample uploaded, its
# warnings listed as naskah check finds them, the preview shown, the PDF downloaded and read here by every PDF reader.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"

if [ ! -d "$root/tests/browser/node_modules/puppeteer-core" ]; then
  fail "puppeteer-core is not installed in tests/browser (bash .ci/setup installs it)"; finish; exit
fi
command -v chromium >/dev/null || { fail "chromium is not installed (bash .ci/setup installs it)"; finish; exit; }
mkdir -p "$tmp/plans" "$tmp/downloads"
cp "$root/samples/lambang.png" "$tmp/plans/"
# The sample, as a planner would upload it, and what naskah check says of it: the page must list the same.
cp "$sample" "$tmp/rkt-2024-setwan-luwu-timur.xml"
warnings=$(LANGUAGE=id "$naskah" check --format json "$sample" 2>/dev/null |
           python3 -c 'import json, sys; print(sum(d["severity"] == "warning" for d in json.load(sys.stdin)))')
[ "$warnings" -gt 0 ] || fail "the sample has no warnings to list"

"$naskah" serve --listen 127.0.0.1:0 --folder "$tmp/plans" --workers 2 >"$tmp/server.out" 2>"$tmp/server.err" &
server=$!
trap 'kill "$server" 2>/dev/null; rm -rf "$tmp" "$readers"' EXIT
for _ in $(seq 100); do grep -qs "http://" "$tmp/server.out" && break; sleep 0.1; done
url=$(grep -o 'http://[^ ]*/' "$tmp/server.out")
[ -n "$url" ] || { fail "the server did not start: $(cat "$tmp/server.err")"; finish; exit; }

timeout 120 node "$root/tests/browser/serve_page.mjs" "$url" "$tmp/rkt-2024-setwan-luwu-timur.xml" "$warnings" "$tmp/downloads" ||
  fail "the page in Chromium (above)"
pdf="$tmp/downloads/rkt-2024-setwan-luwu-timur.pdf"
if [ -s "$pdf" ]; then
  check_pdf "$pdf"
  pdftotext "$pdf" - | grep -q "RENCANA KINERJA TAHUNAN" || fail "the downloaded PDF is not the RKT"
  pdftotext "$pdf" - | grep -q "Sekretariat Dewan Perwakilan Rakyat Daerah" || fail "the downloaded PDF is not the plan's"
fi
finish
