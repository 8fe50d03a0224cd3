#!/usr/bin/env bash
# The whole suite that makes sense natively, under AddressSanitizer and
# UndefinedBehaviorSanitizer: builds build-asan/ from tests/scripts/asan.cmake
# and runs the ctests labelled "sanitize" (unit tests, cli_contract, fuzz
# seeds, html5lib conformance; not the browser, WASM, benchmark or corpus
# tests). Any report fails the test that triggered it.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
jobs="${JOBS:-2}"
cmake -C tests/scripts/asan.cmake -S . -B build-asan >/dev/null
cmake --build build-asan -j"$jobs"
# halt_on_error: stop at the first report; exitcode: a report is a failure
# even if the program would have exited 0; detect_leaks: leaks fail too.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=0:detect_leaks=1:exitcode=86"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
ctest --test-dir build-asan -L sanitize --output-on-failure --timeout 1800 -j"$jobs"
