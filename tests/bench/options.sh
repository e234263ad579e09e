# Sourced by the benchmark scripts: bench_options "NAME ..." "$@" sets the variable NAME from
# each `--NAME value` given, for the names listed (their defaults set before); any other
# argument is an error.
bench_options() {
  local allowed="$1"
  shift
  while [ $# -gt 0 ]; do
    local option="${1#--}"
    if [ "--$option" != "$1" ] || [[ " $allowed " != *" $option "* ]]; then
      echo "unknown option $1" >&2
      exit 2
    fi
    [ $# -ge 2 ] || { echo "option $1 needs a value" >&2; exit 2; }
    printf -v "$option" '%s' "$2"
    shift 2
  done
}
