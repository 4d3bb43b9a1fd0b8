# Sourced by the CLI test scripts, which ctest runs as `bash SCRIPT NASKAH SOURCE_DIR`: the binary, the source tree,
# the sample, a failure counter and a temporary folder of the script's own (tests run in parallel), removed on exit.
# Messages in English whatever the machine's locale, as the scripts assert them (languages_cli.sh tests the others).
export LANG=C.UTF-8
unset LANGUAGE LC_ALL LC_MESSAGES
naskah=$1
root=$2
sample="$root/samples/rkt-2024-setwan-luwu-timur.xml"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The last line of a script: the count, and its exit status.
finish() { echo "$failures failed"; [ "$failures" -eq 0 ]; }
