# The golden cases and how one is dumped: sourced by tests/golden/compare and tests/golden/update.

# Prints each case of tests/golden/cases.list as "NAME PLAN TEMPLATE" (TEMPLATE "-" when the plan's own).
golden_cases() {
  local root=$1
  awk '!/^[[:space:]]*(#|$)/ { print $1, $2, ($3 == "" ? "-" : $3) }' "$root/tests/golden/cases.list"
}

# dump_case DUMPER ROOT PLAN TEMPLATE OUT: the dump of one case into OUT, made from the top of the sources with
# only naskah's own templates and the installed fonts, so that it is the same wherever it runs.
dump_case() {
  local dumper=$1 root=$2 plan=$3 template=$4 out=$5
  local choice=()
  if [ "$template" != "-" ]; then
    case $template in
      */*) choice=(--template "$template") ;;
      *) choice=(--template "templates/$template") ;;
    esac
  fi
  # The plan's warnings are not the test's business; they are shown only when the plan cannot be laid out.
  local said
  if ! said=$(cd "$root" && env -u NASKAH_FONT_PATH NASKAH_TEMPLATE_PATH=templates LC_ALL=C.UTF-8 \
                "$dumper" "${choice[@]}" "$plan" 2>&1 >"$out"); then
    echo "$said" >&2
    return 1
  fi
}
