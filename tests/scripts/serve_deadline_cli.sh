#!/usr/bin/env bash
# naskah serve's deadline per connection (--request-timeout): two clients that send a request head a byte a second
# hold both workers of a server with --workers 2. With a deadline of 2 s they are closed after it and a normal
# request is answered; with a deadline far away the normal request still waits when they have dripped for 5 s —
# so the first run's answer is the deadline's doing, not the read timeouts'.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"
mkdir -p "$tmp/plans"
cp "$sample" "$tmp/plans/"

# drip PORT DEADLINE: what the two drippers and the normal request saw, as JSON.
drip() {
  python3 - "$1" "$2" <<'PY'
import json, select, socket, sys, threading, time

port, deadline = int(sys.argv[1]), float(sys.argv[2])
wait = deadline + 3  # how long the normal request waits for its answer, from the start
drip = wait + 1  # the drippers outlast that wait, so that no worker is freed by their giving up
start = time.monotonic()
closed = [None, None]  # seconds from the start at which each dripper's connection was ended by the server

def dripper(k):
    head = b"GET / HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nX-Drip: " % port + b"a" * 100
    with socket.create_connection(("127.0.0.1", port)) as s:
        for byte in head:
            if time.monotonic() - start > drip:
                return
            readable, _, _ = select.select([s], [], [], 1.0)
            try:
                if readable and s.recv(1) == b"":
                    break
                s.send(bytes([byte]))
            except OSError:
                break
        closed[k] = round(time.monotonic() - start, 1)

drippers = [threading.Thread(target=dripper, args=(k,)) for k in range(2)]
for d in drippers:
    d.start()
# Both drippers accepted, each on a worker; the normal request comes half a second before their deadline, so that
# its own connection, which the deadline counts from its acceptance while it waits for a worker, is young enough
# to be served when the drippers' workers are freed.
time.sleep(max(0.5, deadline - 0.5))
answered, status = None, None
try:
    # Waits until `wait` from the start, a second before the drippers give up.
    with socket.create_connection(("127.0.0.1", port), timeout=wait - (time.monotonic() - start)) as s:
        s.sendall(b"GET /api/plans HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nConnection: close\r\n\r\n" % port)
        reply = s.recv(64)
        if reply:
            status = reply.split(b" ")[1].decode()
            answered = round(time.monotonic() - start, 1)
except (socket.timeout, OSError):
    pass
for d in drippers:
    d.join()
print(json.dumps({"answered": answered, "status": status, "closed": closed}))
PY
}

# serve_with DEADLINE: starts a server on a free port; its port in $port, its process in $server.
serve_with() {
  : >"$tmp/server.out"
  "$naskah" serve --listen 127.0.0.1:0 --folder "$tmp/plans" --workers 2 --request-timeout "$1" \
    >"$tmp/server.out" 2>"$tmp/server.err" &
  server=$!
  for _ in $(seq 100); do grep -qs "http://" "$tmp/server.out" && break; sleep 0.1; done
  port=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$tmp/server.out")
  [ -n "$port" ] || fail "the server did not say where it listens: $(cat "$tmp/server.out" "$tmp/server.err")"
}
trap 'kill "$server" 2>/dev/null; rm -rf "$tmp" "$readers"' EXIT

# With the deadline: the drippers are closed at 2 to 3.5 s, and the normal request answered right after.
serve_with 2
seen=$(drip "$port" 2)
python3 - "$seen" <<'PY' || fail "with a deadline of 2 s: $seen"
import json, sys
seen = json.loads(sys.argv[1])
assert all(c is not None and 1.9 <= c <= 3.5 for c in seen["closed"]), seen
assert seen["status"] == "200" and seen["answered"] <= 4.0, seen
PY
kill -TERM "$server"
wait "$server" || fail "SIGTERM ended the server with $?"
[ -s "$tmp/server.err" ] && fail "the server said: $(head -5 "$tmp/server.err")"

# Without it (an hour): after 5 s the drippers still hold both workers, and the normal request has no answer.
serve_with 3600
seen=$(drip "$port" 2)
python3 - "$seen" <<'PY' || fail "with a deadline of an hour: $seen"
import json, sys
seen = json.loads(sys.argv[1])
assert seen["closed"] == [None, None] and seen["answered"] is None, seen
PY
kill -TERM "$server"
wait "$server" || fail "SIGTERM ended the server with $?"

# A deadline that is no number of seconds is a usage error.
"$naskah" serve --folder "$tmp/plans" --request-timeout 0 >/dev/null 2>"$tmp/err" && fail "--request-timeout 0 accepted"
grep -q -- "--request-timeout 0: a number of seconds from 1 to 86400" "$tmp/err" || fail "--request-timeout 0: $(cat "$tmp/err")"
finish
