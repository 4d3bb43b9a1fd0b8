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
# The Python that has Debian's python3-openpyxl, the tests' other reader and writer of workbooks: python3, or Debian's
# own when another python3 stands first on the PATH.
openpyxl_python=python3
python3 -c 'import openpyxl' 2>/dev/null || openpyxl_python=/usr/bin/python3
tmp=$(mktemp -d)
readers=$(mktemp -d)  # check_pdf's own, so that $tmp holds only what a script makes
trap 'rm -rf "$tmp" "$readers"' EXIT

# check_pdf FILE...: every PDF a test makes must be accepted, without a word, by each independent reader: qpdf
# --check, poppler (pdfinfo, pdftotext), MuPDF (mutool draw), Ghostscript and pdf.js. The quick ones read each
# file at once; Ghostscript and pdf.js are slow to start, so they read a copy of every file checked, all in one
# run each, when the script calls finish (or read_checked_pdfs).
checked_pdfs="$readers/pdfs"
check_pdf() {
  local pdf copy
  mkdir -p "$checked_pdfs"
  for pdf; do
    if [ ! -s "$pdf" ]; then fail "check_pdf: $pdf is missing or empty"; continue; fi
    qpdf --check "$pdf" >"$readers/said" 2>&1 || fail "qpdf --check $pdf: $(tail -5 "$readers/said")"
    grep -qi "warning" "$readers/said" && fail "qpdf warns on $pdf: $(grep -i warning "$readers/said" | head -5)"
    pdfinfo "$pdf" >/dev/null 2>"$readers/said" || fail "pdfinfo $pdf failed: $(head -5 "$readers/said")"
    [ -s "$readers/said" ] && fail "pdfinfo warns on $pdf: $(head -5 "$readers/said")"
    pdftotext "$pdf" /dev/null 2>"$readers/said" || fail "pdftotext $pdf failed: $(head -5 "$readers/said")"
    [ -s "$readers/said" ] && fail "pdftotext warns on $pdf: $(head -5 "$readers/said")"
    # Debian's MuPDF is built without colour management and says so on every run: not about the file.
    mutool draw -q -F pam -o /dev/null "$pdf" 2>&1 | grep -v "^warning: ICC support is not available$" >"$readers/said"
    [ -s "$readers/said" ] && fail "mutool draw warns on $pdf: $(head -5 "$readers/said")"
    copy="$checked_pdfs/$(ls "$checked_pdfs" | wc -l).pdf"
    cp "$pdf" "$copy"
    printf '%s\t%s\n' "$copy" "$pdf" >>"$checked_pdfs.names"
  done
}
# check_pdf_pages FILE PAGE...: check_pdf for a document of thousands of pages, which the readers would take minutes
# to read whole: the file's structure (its cross-reference table and page tree, by qpdf and pdfinfo) and the
# pages given, by every reader. (qpdf --show-pages reads the trailer, the cross-reference table and every page
# object with its content streams' references.)
check_pdf_pages() {
  local pdf=$1 page
  shift
  qpdf --show-pages "$pdf" >/dev/null 2>"$readers/said" || fail "qpdf cannot read $pdf: $(head -5 "$readers/said")"
  [ -s "$readers/said" ] && fail "qpdf warns on $pdf: $(head -5 "$readers/said")"
  pdfinfo "$pdf" >/dev/null 2>"$readers/said" || fail "pdfinfo $pdf failed: $(head -5 "$readers/said")"
  [ -s "$readers/said" ] && fail "pdfinfo warns on $pdf: $(head -5 "$readers/said")"
  for page; do
    pdftotext -f "$page" -l "$page" "$pdf" /dev/null 2>"$readers/said"
    [ -s "$readers/said" ] && fail "pdftotext warns on page $page of $pdf: $(head -5 "$readers/said")"
    mutool draw -q -F pam -o /dev/null "$pdf" "$page" 2>&1 | grep -v "^warning: ICC support is not available$" >"$readers/said"
    [ -s "$readers/said" ] && fail "mutool draw warns on page $page of $pdf: $(head -5 "$readers/said")"
    gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=nullpage -dFirstPage="$page" -dLastPage="$page" "$pdf" >"$readers/said" 2>&1
    [ -s "$readers/said" ] && fail "Ghostscript on page $page of $pdf: $(head -5 "$readers/said")"
  done
  node "$root/tests/pdfjs/check_pdf.mjs" "--pages=$(IFS=,; echo "$*")" "$pdf" >"$readers/said" 2>&1 ||
    fail "pdf.js: $(head -5 "$readers/said")"
}

# check_pdfa FILE PART VERSION: check_pdf, and FILE is a PDF/A-PARTb of that PDF version by its header and its
# XMP's identification (the packet left in $tmp/xmp for more checks).
check_pdfa() {
  local pdf=$1 part=$2 version=$3
  check_pdf "$pdf"
  pdfinfo "$pdf" | grep -q "^PDF version: *$version$" || fail "PDF/A-$part is PDF $version: $(pdfinfo "$pdf" | grep version)"
  pdfinfo -meta "$pdf" >"$tmp/xmp"
  grep -q "<pdfaid:part>$part</pdfaid:part>" "$tmp/xmp" || fail "no pdfaid:part $part in the XMP of $pdf"
  grep -q "<pdfaid:conformance>B</pdfaid:conformance>" "$tmp/xmp" || fail "no pdfaid:conformance B in the XMP of $pdf"
}

# Ghostscript and pdf.js on every PDF check_pdf was given since the last call.
read_checked_pdfs() {
  [ -s "$checked_pdfs.names" ] || return 0
  local copies=() copy pdf
  while IFS=$'\t' read -r copy pdf; do copies+=("$copy"); done <"$checked_pdfs.names"
  if ! gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=nullpage "${copies[@]}" >"$readers/said" 2>&1 || [ -s "$readers/said" ]; then
    # Said of all of them at once: find which.
    while IFS=$'\t' read -r copy pdf; do
      gs -q -dNOPAUSE -dBATCH -dSAFER -sDEVICE=nullpage "$copy" >"$readers/said" 2>&1 && [ ! -s "$readers/said" ] ||
        fail "Ghostscript on $pdf: $(grep -v '^$' "$readers/said" | head -5)"
    done <"$checked_pdfs.names"
  fi
  if [ ! -d "$root/tests/pdfjs/node_modules/pdfjs-dist" ]; then
    fail "pdf.js is not installed in tests/pdfjs (bash .ci/setup installs it)"
  elif ! node "$root/tests/pdfjs/check_pdf.mjs" "${copies[@]}" >"$readers/said" 2>&1; then
    while IFS=$'\t' read -r copy pdf; do sed -i "s|^$copy:|$pdf:|" "$readers/said"; done <"$checked_pdfs.names"
    fail "$(head -20 "$readers/said")"
  fi
  rm -rf "$checked_pdfs" "$checked_pdfs.names"
}

# The last line of a script: the PDFs still to read, the count, and its exit status.
finish() { read_checked_pdfs; echo "$failures failed"; [ "$failures" -eq 0 ]; }
