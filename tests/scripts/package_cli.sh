#!/usr/bin/env bash
# The Debian package: `cpack -G DEB` in the build folder makes it with the right Depends; unpacked into an empty
# folder, its binary finds its templates and message catalogue beside itself and builds the sample from any
# working folder.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"
build_dir=$(cd "$(dirname "$naskah")" && pwd)

(cd "$tmp" && cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$tmp/package" >"$tmp/cpack.log" 2>&1) ||
  { fail "cpack: $(tail -5 "$tmp/cpack.log")"; finish; exit; }
deb=$(ls "$tmp"/package/naskah_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || { fail "no .deb made: $(ls "$tmp/package")"; finish; exit; }
dpkg-deb --field "$deb" Depends >"$tmp/depends"
# fmt, ICU, pugixml, libhyphen, libdeflate and Nettle are in the binaries themselves unless the build links them
# shared (and then must not be named).
shared_too="libfmt9 libicu72 libpugixml1v5 libhyphen0 libdeflate0 libnettle8"
if grep -q '^NASKAH_STATIC_DEPENDENCIES:BOOL=OFF' "$build_dir/CMakeCache.txt"; then
  needed_too=$shared_too
else
  needed_too=""
  for built_in in $shared_too; do
    ! grep -q "$built_in" "$tmp/depends" || fail "Depends names $built_in, which the binaries have built in"
  done
  # naskah, which builds the PDFs, loads no C++ library at start (naskah-full does: qpdf and cpp-httplib use it).
  for soname in $(readelf -d "$build_dir/naskah" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
    case "$soname" in libstdc++* | libfmt* | libgcc_s*) fail "naskah loads $soname, which it should have built in" ;; esac
  done
fi
for needed in libhpdf-2.3.0 libpng16-16 libzip4 libxlsxwriter4 libcpp-httplib0.11 libqpdf29 fonts-liberation2 \
              icc-profiles-free $needed_too; do
  grep -q "$needed" "$tmp/depends" || fail "Depends lacks $needed: $(cat "$tmp/depends")"
done
# Every shared library the installed binaries name (their NEEDED entries) comes from a package Depends names, or from
# libc6 or libgcc-s1, which every Debian system has.
for binary in "$build_dir/naskah" "$build_dir/naskah-full"; do
  for soname in $(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
    library=$(ldd "$binary" | awk -v name="$soname" '$1 == name {print $3}')
    package=$(dpkg -S "$(readlink -f "$library")" 2>/dev/null | head -1 | cut -d: -f1)
    [ -n "$package" ] || package=$(dpkg -S "$library" 2>/dev/null | head -1 | cut -d: -f1)
    case "$package" in libc6 | libgcc-s1 | "") continue ;; esac
    grep -q "$package" "$tmp/depends" || fail "$(basename "$binary") loads $library of $package, which Depends lacks"
  done
done
dpkg-deb --contents "$deb" >"$tmp/contents"
for path in ./usr/bin/naskah ./usr/libexec/naskah/naskah-full ./usr/share/naskah/templates/rkt/template.xml \
            ./usr/share/naskah/templates/perjanjian-kinerja/template.xml ./usr/share/naskah/fonts/families.conf \
            ./usr/share/naskah/schema/naskah-rkt-1.xsd ./usr/share/naskah/schema/catalog.xml ./usr/share/man/man1/naskah.1 \
            ./usr/share/bash-completion/completions/naskah ./usr/share/locale/id/LC_MESSAGES/naskah.mo; do
  grep -q " ${path}$" "$tmp/contents" || fail "the package lacks $path"
done

mkdir -p "$tmp/root" "$tmp/elsewhere"
dpkg-deb -x "$deb" "$tmp/root"
cp "$sample" "$tmp/elsewhere/rkt.xml"
cp "$root/samples/lambang.png" "$tmp/elsewhere/"  # its logo, beside it
(cd "$tmp/elsewhere" && env -u NASKAH_TEMPLATE_PATH "$tmp/root/usr/bin/naskah" build rkt.xml -o rkt.pdf >/dev/null 2>&1) ||
  fail "the unpacked binary cannot build the sample"
check_pdf "$tmp/elsewhere/rkt.pdf"
(cd "$tmp/elsewhere" && "$tmp/root/usr/bin/naskah" build rkt.xml --template perjanjian-kinerja -o pk.pdf >/dev/null 2>&1) ||
  fail "the unpacked binary does not find the perjanjian-kinerja template"
check_pdf "$tmp/elsewhere/pk.pdf"
# naskah-full, in libexec/naskah/, finds the same templates and fonts: a DOCX is its to make.
(cd "$tmp/elsewhere" && env -u NASKAH_TEMPLATE_PATH "$tmp/root/usr/bin/naskah" build rkt.xml -o rkt.docx >/dev/null 2>&1) ||
  fail "the unpacked naskah-full cannot build the sample's DOCX"

# The unpacked binary finds its Indonesian catalogue beside itself (share/locale).
(cd "$tmp/elsewhere" && LANG=id_ID.UTF-8 "$tmp/root/usr/bin/naskah" check rkt.xml 2>&1 >/dev/null) |
  grep -qx "0 kesalahan, 7 peringatan dalam 1 berkas" || fail "the unpacked binary does not speak Indonesian"

# The completion offers the commands and a command's options, as the installed naskah (on the PATH) says them.
completions() {  # WORDS...: what completing the last word offers
  PATH="$tmp/root/usr/bin:$PATH" bash -c \
    'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); _naskah; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$tmp/root/usr/share/bash-completion/completions/naskah" "$@"
}
[ "$(completions naskah b | tr '\n' ' ')" = "build batch " ] || fail "completing 'naskah b': $(completions naskah b)"
completions naskah build --p | grep -qx -- "--pdfa" || fail "completing 'naskah build --p'"
completions naskah build --template "" | grep -qx "perjanjian-kinerja" || fail "completing a template name"
grep -q "^\.SH EXIT STATUS" "$tmp/root/usr/share/man/man1/naskah.1" || fail "the man page has no EXIT STATUS"

finish
