#!/usr/bin/env bash
# A PDF that cannot be written is a clear error naming it, exit 1, nothing left behind and an earlier PDF at the
# target as it was: an output that is a folder, a folder that does not exist, a read-only folder, a full disk.
# As root (CI), the read-only folder and the full disk are real: a read-only bind mount and a 100 KB tmpfs, each in
# a mount namespace of this test's own (unshare -m); otherwise a folder without write permission and a file size
# limit (ulimit -f), which fail the same write.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"
plan="$root/samples/rkt-2025-bappeda-luwu-timur.xml"

# refused OUT MESSAGE: building to OUT fails with exit 1 and standard error is exactly "OUT: error: MESSAGE".
refused() {
  "$naskah" build "$plan" -o "$1" 2>"$tmp/said"
  local status=$?
  [ "$status" = 1 ] || fail "-o $1: exit $status, expected 1"
  echo "$1: error: $2" >"$tmp/expected"
  diff "$tmp/expected" "$tmp/said" >"$tmp/diff" || fail "-o $1: what was said differs (expected <, said >): $(cat "$tmp/diff")"
}

"$naskah" build "$plan" -o "$tmp/good.pdf" 2>/dev/null || fail "the plan does not build"
check_pdf "$tmp/good.pdf"

# An output that is a folder: refused before the build, the folder as it was.
mkdir "$tmp/folder.pdf"
refused "$tmp/folder.pdf" "cannot write $tmp/folder.pdf: it is a folder; name the file to write in it"
[ -z "$(ls -A "$tmp/folder.pdf")" ] || fail "something was written into the folder: $(ls -A "$tmp/folder.pdf")"

# A folder that does not exist: not made.
refused "$tmp/no/such/rkt.pdf" "cannot create a file in $tmp/no/such (writing $tmp/no/such/rkt.pdf): No such file or directory"
[ -e "$tmp/no" ] && fail "the missing folder was made"

# A read-only folder holding an earlier PDF: refused, the PDF as it was, nothing added.
mkdir "$tmp/readonly"
cp "$tmp/good.pdf" "$tmp/readonly/rkt.pdf"
if [ "$(id -u)" = 0 ] && unshare -m true 2>/dev/null; then
  unshare -m bash -c '
    mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" || exit 3
    "$2" build "$3" -o "$1/rkt.pdf" 2>"$4/said"' _ "$tmp/readonly" "$naskah" "$plan" "$tmp"
  status=$?
  why="Read-only file system"
else
  chmod a-w "$tmp/readonly"
  "$naskah" build "$plan" -o "$tmp/readonly/rkt.pdf" 2>"$tmp/said"
  status=$?
  chmod u+w "$tmp/readonly"
  why="Permission denied"
fi
[ "$status" = 1 ] || fail "a read-only folder: exit $status, expected 1"
echo "$tmp/readonly/rkt.pdf: error: cannot create a file in $tmp/readonly (writing $tmp/readonly/rkt.pdf): $why" >"$tmp/expected"
diff "$tmp/expected" "$tmp/said" >"$tmp/diff" || fail "a read-only folder: what was said differs: $(cat "$tmp/diff")"
cmp -s "$tmp/good.pdf" "$tmp/readonly/rkt.pdf" || fail "the earlier PDF in the read-only folder changed"
[ "$(ls -A "$tmp/readonly")" = rkt.pdf ] || fail "files left in the read-only folder: $(ls -A "$tmp/readonly")"

# A full disk: an earlier PDF fills most of a small file system, the new one does not fit beside it. The write
# fails with the system's reason, the temporary file goes, the earlier PDF stays whole.
mkdir "$tmp/disk"
size=$(stat -c %s "$tmp/good.pdf")
if [ "$(id -u)" = 0 ] && unshare -m true 2>/dev/null; then
  unshare -m bash -c '
    mount -t tmpfs -o size=$(( ($5 / 4096 + 4) * 4096 )) naskah-test "$1" || exit 3
    cp "$4/good.pdf" "$1/rkt.pdf" &&
    "$2" build "$3" -o "$1/rkt.pdf" 2>"$4/said"
    status=$?
    cmp -s "$4/good.pdf" "$1/rkt.pdf" || echo "the earlier PDF changed" >>"$4/disk-problems"
    [ "$(ls -A "$1")" = rkt.pdf ] || echo "files left: $(ls -A "$1")" >>"$4/disk-problems"
    exit $status' _ "$tmp/disk" "$naskah" "$plan" "$tmp" "$size"
  status=$?
  why="No space left on device"
else
  cp "$tmp/good.pdf" "$tmp/disk/rkt.pdf"
  # Writing past the limit fails with EFBIG once SIGXFSZ, which would end the process, is ignored.
  (trap '' XFSZ; ulimit -f 16; "$naskah" build "$plan" -o "$tmp/disk/rkt.pdf" 2>"$tmp/said")
  status=$?
  cmp -s "$tmp/good.pdf" "$tmp/disk/rkt.pdf" || echo "the earlier PDF changed" >>"$tmp/disk-problems"
  [ "$(ls -A "$tmp/disk")" = rkt.pdf ] || echo "files left: $(ls -A "$tmp/disk")" >>"$tmp/disk-problems"
  why="File too large"
fi
[ "$status" = 1 ] || fail "a full disk: exit $status, expected 1"
echo "$tmp/disk/rkt.pdf: error: cannot write $tmp/disk/rkt.pdf: $why" >"$tmp/expected"
diff "$tmp/expected" "$tmp/said" >"$tmp/diff" || fail "a full disk: what was said differs: $(cat "$tmp/diff")"
[ -e "$tmp/disk-problems" ] && fail "a full disk: $(cat "$tmp/disk-problems")"

finish
