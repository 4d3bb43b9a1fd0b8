#!/usr/bin/env bash
# The PDFs the unit tests kept (tests/kept_pdfs.hpp) read by every independent reader, as the CLI tests read theirs.
# Run as `bash read_kept_pdfs.sh NASKAH SOURCE_DIR FOLDER`, after the unit tests (tests/CMakeLists.txt).
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"
folder=$3

pdfs=("$folder"/*.pdf)
[ -e "${pdfs[0]}" ] || fail "the unit tests kept no PDF in $folder"
[ "${#pdfs[@]}" -ge 3 ] || fail "the unit tests kept fewer PDFs than they write: ${pdfs[*]}"
check_pdf "${pdfs[@]}"

finish
