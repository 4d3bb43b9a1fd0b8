# bash completion for naskah: commands, their options, template names and plan files.
_naskah() {
  local cur prev command
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD-1]}
  command=${COMP_WORDS[1]}
  if [ "$COMP_CWORD" -eq 1 ]; then
    mapfile -t COMPREPLY < <(compgen -W "check build batch diff init --help --version" -- "$cur")
    return
  fi
  case $prev in
    --template)
      mapfile -t COMPREPLY < <(compgen -W "rkt perjanjian-kinerja" -- "$cur")
      mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -d -- "$cur")
      return ;;
    --format) mapfile -t COMPREPLY < <(compgen -W "text json" -- "$cur"); return ;;
    -o|--output|--from) mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
    -j|--jobs|--tahun) return ;;
  esac
  local options
  case $command in
    check) options="--strict --format --list-rules --help" ;;
    build) options="--strict --pdfa --draft --template -o --help" ;;
    batch) options="-j --jobs -o --template --strict --pdfa --draft --help" ;;
    diff) options="--format -o --template --help" ;;
    init) options="--tahun --from -o --force --help" ;;
  esac
  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
  else
    mapfile -t COMPREPLY < <(compgen -f -X '!*.@(xml|txt)' -- "$cur")
    mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -d -- "$cur")
  fi
}
complete -o filenames -F _naskah naskah
