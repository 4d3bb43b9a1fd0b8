#!/usr/bin/env bash
# The PDFs the unit tests kept (tests/kept_pdfs.hpp) read by every independent reader, as the CLI tests read theirs.
# Run as `bash read_kept_pdfs.sh NASKAH SOURCE_DIR FOLDER`, after the unit tests (tests/CMakeLists.txt).
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"
folder=$3

pdfs=("$folder"/*.pdf)
[ -e "${pdfs[0]}" ] || fail "the unit tests kept no PDF in $folder"
[ "${#pdfs[@]}" -ge 7 ] || fail "the unit tests kept fewer PDFs than they write: ${pdfs[*]}"
# A document of thousands of pages (the page tree's test) is read on sample pages, the others whole.
whole=()
for pdf in "${pdfs[@]}"; do
  pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  if [ "${pages:-0}" -gt 1000 ]; then
    check_pdf_pages "$pdf" 1 1024 1025 "$pages"
  else
    whole+=("$pdf")
  fi
done
check_pdf "${whole[@]}"

finish
