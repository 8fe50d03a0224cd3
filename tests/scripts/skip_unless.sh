#!/usr/bin/env bash
# Runs a test only when what it needs is there; otherwise exits 77, which the
# ctest registrations declare as SKIP_RETURN_CODE, so ctest reports the test as
# "Skipped" (never "Passed") with this one-line reason in its output.
#
#   skip_unless.sh [--exists PATH]... -- COMMAND [ARG]...
#
# --exists PATH  a file or directory the test reads (corpus, browser binary,
#                the Emscripten build); the first missing one is the reason.
set -u
kSkip=77
while [ $# -gt 0 ]; do
  case "$1" in
    --exists)
      if [ ! -e "$2" ]; then
        echo "skipped: $2 not found"
        exit $kSkip
      fi
      shift 2 ;;
    --) shift; break ;;
    *) echo "skip_unless.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
[ $# -gt 0 ] || { echo "skip_unless.sh: no command after --" >&2; exit 2; }
exec "$@"
