# bash completion for naskah: commands, their options, option values (template names, choices, files, folders),
# plans and spreadsheets (.xlsx, .csv). It names no option itself: naskah says what its commands take (naskah
# --completion-data, made from the same description as their --help), so that completion never falls behind the
# program.
_naskah() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} command=${COMP_WORDS[1]}
  # A value after '=': bash breaks the word at '=' (COMP_WORDBREAKS), into the option, "=" and the value begun.
  if [ "$cur" = "=" ]; then
    cur=""
  elif [ "$prev" = "=" ] && [ "$COMP_CWORD" -ge 3 ]; then
    prev=${COMP_WORDS[COMP_CWORD-2]}
  fi
  local data
  data=$("${COMP_WORDS[0]}" --completion-data 2>/dev/null) || return

  local kind commands=() options=() templates=() operands=none value_kind="" choices="" record name spellings
  local spelling choices_here
  while IFS=$'\t' read -r record name spellings kind choices_here; do
    case $record in
      alias) [ "$name" = "$command" ] && command=$spellings ;;  # a former name: completed as the command
      command)
        commands+=("$name")
        [ "$name" = "$command" ] && operands=$spellings ;;
      option)
        [ "$name" = "$command" ] || continue
        for spelling in $spellings; do
          options+=("$spelling")
          if [ "$spelling" = "$prev" ] && [ "$kind" != none ]; then value_kind=$kind; choices=$choices_here; fi
        done ;;
      template) templates+=("$name") ;;
    esac
  done <<<"$data"

  if [ "$COMP_CWORD" -eq 1 ]; then
    mapfile -t COMPREPLY < <(compgen -W "${commands[*]} --help --version" -- "$cur")
    return
  fi
  # A word after an option that takes a value is that value; a word starting with - is an option; else an operand.
  [ -n "$value_kind" ] || { [[ $cur == -* ]] && value_kind=option || value_kind=$operands; }
  case $value_kind in
    option) mapfile -t COMPREPLY < <(compgen -W "${options[*]} --help" -- "$cur") ;;
    choice) mapfile -t COMPREPLY < <(compgen -W "$choices" -- "$cur") ;;
    template_name)
      mapfile -t COMPREPLY < <(compgen -W "${templates[*]}" -- "$cur")
      mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -d -- "$cur") ;;
    folder) mapfile -t COMPREPLY < <(compgen -d -- "$cur") ;;
    file) mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
    plan | plan_input | spreadsheet)
      local patterns=('!*.xml') pattern
      [ "$value_kind" = plan_input ] && patterns=('!*.@(xml|txt)')
      [ "$value_kind" = spreadsheet ] && patterns=('!*.xlsx' '!*.csv')  # one pattern each: no extglob needed
      COMPREPLY=()
      for pattern in "${patterns[@]}"; do
        mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -f -X "$pattern" -- "$cur")
      done
      mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -d -- "$cur") ;;
    *) COMPREPLY=() ;;
  esac
}
complete -o filenames -F _naskah naskah
