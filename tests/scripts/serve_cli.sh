#!/usr/bin/env bash
# naskah serve over HTTP, as a browser and as a hostile client would use it, on a random loopback port: the page and
# its token, check and build of the folder's plans and of uploads, the refusals (no token, another origin, another
# Host, a name outside the listing, a file outside the folder, a body past the limit, a stalled client), and the
# fuzz corpus and the invalid plans replayed through HTTP without bringing the server down.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"

mkdir -p "$tmp/plans"
cp "$sample" "$root/samples/lambang.png" "$tmp/plans/"
cp "$root/tests/data/valid/perubahan.xml" "$root/tests/data/valid/logo.png" "$tmp/plans/"
echo ISI-RAHASIA >"$tmp/secret.txt"

"$naskah" serve --listen 127.0.0.1:0 --folder "$tmp/plans" --workers 2 >"$tmp/server.out" 2>"$tmp/server.err" &
server=$!
trap 'kill "$server" 2>/dev/null; rm -rf "$tmp" "$readers"' EXIT
for _ in $(seq 100); do grep -qs "http://" "$tmp/server.out" && break; sleep 0.1; done
url=$(grep -o 'http://[^ ]*/' "$tmp/server.out")
[ -n "$url" ] || { fail "the server did not say where it listens: $(cat "$tmp/server.out" "$tmp/server.err")"; finish; exit; }
grep -q "^naskah serve: rencana di $tmp/plans pada http://127.0.0.1:[0-9]*/ (Ctrl-C menghentikannya)$" "$tmp/server.out" ||
  fail "the server's first line, in Indonesian: $(cat "$tmp/server.out")"
# A process that builds many plans runs with glibc's larger cache of freed blocks (src/cli/memory_settings.hpp):
# the environment it was started with says so.
tr '\0' '\n' <"/proc/$server/environ" | grep -qx "GLIBC_TUNABLES=glibc.malloc.tcache_count=1000" ||
  fail "the server runs without the allocator's tunables: $(tr '\0' ' ' <"/proc/$server/environ" | grep -o 'GLIBC_TUNABLES=[^ ]*')"

curl -sS -o "$tmp/page.html" -w '%{http_code}' "$url" >"$tmp/status" || fail "GET /: curl $?"
[ "$(cat "$tmp/status")" = 200 ] || fail "GET /: HTTP $(cat "$tmp/status")"
token=$(sed -n 's/.*name="naskah-token" content="\([0-9a-f]\{64\}\)".*/\1/p' "$tmp/page.html")
[ -n "$token" ] || fail "the page carries no token"
grep -q '<html lang="id">' "$tmp/page.html" || fail "the page is not the Indonesian page"

# post PATH OUT [curl options]: the HTTP status of a POST with the page's token.
post() { local path=$1 out=$2; shift 2; curl -sS -o "$out" -w '%{http_code}' -H "X-Naskah-Token: $token" "$@" "$url${path#/}"; }

[ "$(curl -sS "${url}api/plans")" = '[{"name": "perubahan.xml", "spreadsheet": false}, {"name": "rkt-2024-setwan-luwu-timur.xml", "spreadsheet": false}]' ] ||
  fail "the listing: $(curl -sS "${url}api/plans")"

# The folder's plan: its diagnostics, as naskah check finds them.
[ "$(post /api/check "$tmp/check.json" -F name=rkt-2024-setwan-luwu-timur.xml)" = 200 ] || fail "check: $(cat "$tmp/check.json")"
"$naskah" check --format json "$tmp/plans/rkt-2024-setwan-luwu-timur.xml" >"$tmp/cli.json" 2>/dev/null
LANGUAGE=id "$naskah" check --format json "$tmp/plans/rkt-2024-setwan-luwu-timur.xml" >"$tmp/cli-id.json" 2>/dev/null
python3 - "$tmp/check.json" "$tmp/cli-id.json" "$sample" <<'PY' || fail "check's answer is not naskah check's"
import json, sys
served = json.load(open(sys.argv[1], encoding="utf-8"))
cli = json.load(open(sys.argv[2], encoding="utf-8"))
assert served["plan"] == "rkt-2024-setwan-luwu-timur.xml", served["plan"]
assert served["source"] == open(sys.argv[3], encoding="utf-8").read()
assert served["diagnostics"] == cli, (served["diagnostics"], cli)
assert served["errors"] == sum(d["severity"] == "error" for d in cli)
assert served["warnings"] == sum(d["severity"] == "warning" for d in cli)
PY

# Its RKT, PK (on A4, KONSEP) and DOCX, named as naskah batch names them.
[ "$(post /api/build "$tmp/rkt.pdf" -F name=rkt-2024-setwan-luwu-timur.xml -D "$tmp/headers")" = 200 ] || fail "build: $(head -c 500 "$tmp/rkt.pdf")"
grep -qi '^Content-Disposition: inline; filename="rkt-2024-setwan-luwu-timur.pdf"' "$tmp/headers" || fail "the PDF's name: $(cat "$tmp/headers")"
check_pdf "$tmp/rkt.pdf"
pdftotext "$tmp/rkt.pdf" - | grep -q "RENCANA KINERJA TAHUNAN" || fail "the RKT's text"
[ "$(post /api/build "$tmp/pk.pdf" -F name=rkt-2024-setwan-luwu-timur.xml -F document=pk -F paper=A4 -F draft=1)" = 200 ] || fail "build pk"
check_pdf "$tmp/pk.pdf"
pdftotext "$tmp/pk.pdf" - | grep -q "PERJANJIAN KINERJA" || fail "the PK's text"
qpdf --qdf --object-streams=disable "$tmp/pk.pdf" "$tmp/pk-q.pdf" && grep -q "(KONSEP)" "$tmp/pk-q.pdf" ||
  fail "the PK is not marked KONSEP"
qpdf --qdf --object-streams=disable "$tmp/rkt.pdf" "$tmp/rkt-q.pdf" && grep -q "(KONSEP)" "$tmp/rkt-q.pdf" &&
  fail "the RKT, asked without KONSEP, is marked"
pdfinfo "$tmp/pk.pdf" | grep -q "Page size: *595.276 x 841.89 pts (A4)" || fail "the PK is not on A4: $(pdfinfo "$tmp/pk.pdf" | grep size)"
[ "$(post /api/build "$tmp/rkt.docx" -F name=rkt-2024-setwan-luwu-timur.xml -F format=docx -D "$tmp/headers")" = 200 ] || fail "build docx"
grep -qi 'filename="rkt-2024-setwan-luwu-timur.docx"' "$tmp/headers" || fail "the DOCX's name"
[ "$(head -c 2 "$tmp/rkt.docx")" = PK ] || fail "the DOCX is no zip package"

# An upload, and two versions compared.
[ "$(post /api/build "$tmp/up.pdf" -F "file=@$tmp/plans/perubahan.xml;filename=baru.xml")" = 200 ] || fail "build an upload: $(head -c 500 "$tmp/up.pdf")"
check_pdf "$tmp/up.pdf"
[ "$(post /api/diff "$tmp/changes.pdf" -F old_name=rkt-2024-setwan-luwu-timur.xml -F "new_file=@$tmp/plans/perubahan.xml" -D "$tmp/headers")" = 200 ] ||
  fail "diff: $(head -c 500 "$tmp/changes.pdf")"
grep -qi 'filename="perubahan-perubahan.pdf"' "$tmp/headers" || fail "the revision's PDF's name"
check_pdf "$tmp/changes.pdf"

# A spreadsheet, CSV and workbook, with the identity form: a first plan with the sheet's rencana, built.
"$naskah" export "$sample" -o "$tmp/lampiran.csv" >/dev/null 2>&1 || fail "export to CSV"
"$naskah" export "$sample" -o "$tmp/lampiran.xlsx" >/dev/null 2>&1 || fail "export to a workbook"
identity=(-F "instansi=Badan Perencanaan Pembangunan Daerah" -F "daerah=Kabupaten Luwu Timur" -F tahun=2025
          -F "penandatangan=Ir. Andi Baso" -F nip=197003151995031002 -F "pangkat=Pembina (IV/a)")
for sheet in lampiran.csv lampiran.xlsx; do
  [ "$(post /api/build "$tmp/$sheet.pdf" -F "file=@$tmp/$sheet" "${identity[@]}" -D "$tmp/headers")" = 200 ] ||
    fail "build $sheet: $(head -c 500 "$tmp/$sheet.pdf")"
  grep -qi 'filename="lampiran.pdf"' "$tmp/headers" || fail "$sheet: the PDF's name"
  check_pdf "$tmp/$sheet.pdf"
  pdftotext "$tmp/$sheet.pdf" - | grep -q "BADAN PERENCANAAN PEMBANGUNAN DAERAH" || fail "$sheet: the unit of the form"
  pdftotext "$tmp/$sheet.pdf" - | grep -q "RKA-SKPD" || fail "$sheet: the sheet's rencana"
done
post /api/check "$tmp/out" -F "file=@$tmp/lampiran.csv" -F tahun=25 >/dev/null
python3 -c 'import json, sys; print(" ".join(d["rule"] for d in json.load(open(sys.argv[1]))["diagnostics"]))' \
  "$tmp/out" >"$tmp/rules"
[ "$(cat "$tmp/rules")" = "identity identity identity" ] || fail "a spreadsheet without its identity: $(cat "$tmp/out")"

# Refusals.
status=$(curl -sS -o "$tmp/out" -w '%{http_code}' -F name=rkt-2024-setwan-luwu-timur.xml "${url}api/check")
[ "$status" = 403 ] && grep -q "muat ulang" "$tmp/out" || fail "a post without the token: HTTP $status $(cat "$tmp/out")"
[ "$(post /api/check "$tmp/out" -H "Origin: http://evil.example" -F name=x)" = 403 ] || fail "a post from another origin"
[ "$(post /api/check "$tmp/out" -H "Host: evil.example" -F name=x)" = 403 ] || fail "a request for another Host"
[ "$(curl -sS -o /dev/null -w '%{http_code}' -H "Host: evil.example" "$url")" = 403 ] || fail "the page for another Host"
for name in ../secret.txt "$tmp/secret.txt" ../../etc/passwd; do
  post /api/check "$tmp/out" -F "name=$name" >/dev/null
  grep -q '"rule":"io"' "$tmp/out" && ! grep -q ISI-RAHASIA "$tmp/out" || fail "name=$name: $(cat "$tmp/out")"
done
sed 's|logo="lambang.png"|logo="../secret.txt"|' "$sample" >"$tmp/outside.xml"
post /api/build "$tmp/out" -F "file=@$tmp/outside.xml" >"$tmp/status"
[ "$(cat "$tmp/status")" = 422 ] && grep -q '"rule":"outside-folder"' "$tmp/out" || fail "a logo outside the folder: $(cat "$tmp/out")"
head -c $((130 * 1024 * 1024)) /dev/zero >"$tmp/huge.xml"
status=$(post /api/check "$tmp/out" -F "file=@$tmp/huge.xml")
[ "$status" = 413 ] || fail "a body past the limit: HTTP $status"

# A client that opens a connection and stalls holds a worker only until the read times out; the others go on.
exec 3<>/dev/tcp/127.0.0.1/"$(sed 's|.*:\([0-9]*\)/$|\1|' <<<"$url")"
printf 'POST /api/check HTTP/1.1\r\nHost: x\r\n' >&3
start=$(date +%s)
[ "$(post /api/check "$tmp/out" -F name=perubahan.xml)" = 200 ] || fail "a request beside a stalled client"
(( $(date +%s) - start < 5 )) || fail "a stalled client held the others for $(( $(date +%s) - start )) s"
exec 3>&-

# Hostile input: the fuzz corpus and every invalid plan, checked and built through HTTP; the server goes on.
for plan in "$root"/tests/fuzz/regressions/*.xml "$root"/tests/data/invalid/*.xml; do
  for api in check build; do
    status=$(post "/api/$api" "$tmp/out" -F "file=@$plan")
    case "$status" in 200|422) ;; *) fail "$api $(basename "$plan"): HTTP $status" ;; esac
  done
done
kill -0 "$server" 2>/dev/null || fail "the server died"
[ "$(post /api/check "$tmp/out" -F name=perubahan.xml)" = 200 ] || fail "the server no longer answers"

kill -TERM "$server"
wait "$server"
status=$?
[ "$status" = 0 ] || fail "SIGTERM ended the server with $status"
[ -s "$tmp/server.err" ] && fail "the server said: $(head -5 "$tmp/server.err")"
[ "$(ls "$tmp/plans")" = "$(printf 'lambang.png\nlogo.png\nperubahan.xml\nrkt-2024-setwan-luwu-timur.xml')" ] ||
  fail "the server wrote into its folder: $(ls "$tmp/plans")"
finish
