#!/usr/bin/env bash
# The language of messages: Indonesian when the locale names it (LANG, LC_ALL, LC_MESSAGES, or LANGUAGE alone),
# whether or not the machine has the id_ID.UTF-8 locale generated, English otherwise; the PDF the same bytes in
# either language.
set -u
source "$(dirname "${BASH_SOURCE[0]}")/cli_prelude.sh"
unset LANG

in_env() {  # VAR=VALUE... -- naskah ARGS...: naskah with only those locale variables set
  local vars=()
  while [ "$1" != "--" ]; do vars+=("$1"); shift; done
  shift
  env -u LANG -u LANGUAGE -u LC_ALL -u LC_MESSAGES "${vars[@]}" "$naskah" "$@"
}

# 1. The sample's check: its summary and severity words.
english_summary="0 errors, 6 warnings in 1 file"
indonesian_summary="0 galat, 6 peringatan dalam 1 berkas"
expect_language() {  # indonesian|english DESCRIPTION VAR=VALUE...
  local want=$1 what=$2; shift 2
  in_env "$@" -- check "$sample" >"$tmp/out" 2>"$tmp/err"
  local summary=$english_summary word=": warning: "
  [ "$want" = indonesian ] && { summary=$indonesian_summary; word=": peringatan: "; }
  grep -qx "$summary" "$tmp/err" || fail "$what: the summary is not in $want: $(cat "$tmp/err")"
  [ "$(grep -c -- "$word" "$tmp/out")" -eq 6 ] || fail "$what: the warnings are not in $want: $(head -2 "$tmp/out")"
}
expect_language indonesian "LANG=id_ID.UTF-8" LANG=id_ID.UTF-8
expect_language indonesian "LANG=id_ID" LANG=id_ID
expect_language indonesian "LC_ALL=id_ID.UTF-8 over LANG=C" LANG=C LC_ALL=id_ID.UTF-8
expect_language indonesian "LC_MESSAGES=id_ID.UTF-8" LANG=C.UTF-8 LC_MESSAGES=id_ID.UTF-8
expect_language indonesian "LANGUAGE=id alone" LANGUAGE=id
expect_language indonesian "LANGUAGE=id over LANG=en_US.UTF-8" LANG=en_US.UTF-8 LANGUAGE=id
expect_language english "no locale at all"
expect_language english "LANG=C" LANG=C
expect_language english "LANG=C.UTF-8" LANG=C.UTF-8
expect_language english "LANG=en_US.UTF-8" LANG=en_US.UTF-8
expect_language english "LC_ALL=C over LANG=id_ID.UTF-8" LANG=id_ID.UTF-8 LC_ALL=C
expect_language english "LANG=C with LANGUAGE=id: C means English, as in every GNU program" LANG=C LANGUAGE=id
expect_language english "LANGUAGE=en chosen by the user over LANG=id_ID.UTF-8" LANG=id_ID.UTF-8 LANGUAGE=en
expect_language english "LANG=indonesia is no Indonesian locale" LANG=indonesia

# 2. With the id_ID.UTF-8 locale generated (here into a folder of the test's own, through LOCPATH), naskah takes the
#    locale itself; numbers are still read and written as before, and the PDF is the same bytes.
mkdir -p "$tmp/locales"
if localedef -i id_ID -f UTF-8 "$tmp/locales/id_ID.UTF-8" >"$tmp/localedef.log" 2>&1 || [ -d "$tmp/locales/id_ID.UTF-8" ]; then
  LOCPATH=$tmp/locales LANG=id_ID.UTF-8 locale 2>&1 >/dev/null | grep -q . &&
    fail "the generated locale is not taken: $(LOCPATH=$tmp/locales LANG=id_ID.UTF-8 locale 2>&1 >/dev/null)"
  expect_language indonesian "LANG=id_ID.UTF-8, generated" LOCPATH="$tmp/locales" LANG=id_ID.UTF-8
  expect_language english "LANG=id_ID.UTF-8, generated, with LANGUAGE=en" LOCPATH="$tmp/locales" LANG=id_ID.UTF-8 LANGUAGE=en
  in_env LOCPATH="$tmp/locales" LANG=id_ID.UTF-8 LC_ALL=id_ID.UTF-8 -- build "$sample" -o "$tmp/id.pdf" 2>/dev/null ||
    fail "building the sample under the generated id_ID.UTF-8"
  in_env LANG=C -- build "$sample" -o "$tmp/c.pdf" 2>/dev/null || fail "building the sample under C"
  cmp -s "$tmp/id.pdf" "$tmp/c.pdf" || fail "the PDF differs under id_ID.UTF-8 from the one under C"
else
  fail "localedef cannot generate id_ID.UTF-8 (Debian's locales package): $(tail -3 "$tmp/localedef.log")"
fi

finish
