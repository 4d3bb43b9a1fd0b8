# bash completion for naskah: commands, their options, template names, plan files and spreadsheets.
_naskah() {
  local cur prev command
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD-1]}
  command=${COMP_WORDS[1]}
  if [ "$COMP_CWORD" -eq 1 ]; then
    mapfile -t COMPREPLY < <(compgen -W "check build batch diff init import-csv export-csv --help --version" -- "$cur")
    return
  fi
  case $prev in
    --template)
      mapfile -t COMPREPLY < <(compgen -W "rkt perjanjian-kinerja" -- "$cur")
      mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -d -- "$cur")
      return ;;
    --font-dir) mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return ;;
    --format) mapfile -t COMPREPLY < <(compgen -W "text json" -- "$cur"); return ;;
    --separator) mapfile -t COMPREPLY < <(compgen -W "\; ," -- "$cur"); return ;;
    --numbers) mapfile -t COMPREPLY < <(compgen -W "indonesian plain" -- "$cur"); return ;;
    -o|--output) mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
    --from|--into)
      mapfile -t COMPREPLY < <(compgen -f -X '!*.xml' -- "$cur")
      mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -d -- "$cur")
      return ;;
    -j|--jobs|--tahun|--instansi|--singkatan|--daerah|--penandatangan|--jabatan|--nip|--pangkat|--tempat|--tanggal)
      return ;;
  esac
  local options first_plan="--instansi --singkatan --daerah --penandatangan --jabatan --nip --pangkat --tempat --tanggal"
  case $command in
    check) options="--strict --format --list-rules --help" ;;
    build) options="--strict --pdfa --draft --template --font-dir -o --help" ;;
    batch) options="-j --jobs -o --template --font-dir --strict --pdfa --draft --help" ;;
    diff) options="--format -o --template --help" ;;
    init) options="--tahun --from -o --force $first_plan --help" ;;
    import-csv) options="--into --tahun -o --force $first_plan --help" ;;
    export-csv) options="-o --separator --numbers --help" ;;
  esac
  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
  elif [ "$command" = import-csv ]; then
    mapfile -t COMPREPLY < <(compgen -f -X '!*.csv' -- "$cur")
    mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -d -- "$cur")
  else
    mapfile -t COMPREPLY < <(compgen -f -X '!*.@(xml|txt)' -- "$cur")
    mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -d -- "$cur")
  fi
}
complete -o filenames -F _naskah naskah
