#!/usr/bin/env bash
# Quick start, command 2: installs what is missing, builds everything and runs
# every test (unit, conformance, corpus evaluation, WASM parity, browser), then
# the native suite again under ASan + UBSan (tests/scripts/sanitize.sh).
# Tests whose requirements are absent (no ../shared, no browser) are reported
# by ctest as Skipped. SANITIZE=0 leaves out the sanitizer pass.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bash "$repo/tests/scripts/setup.sh"
bash "$repo/tests/scripts/build.sh"
cd "$repo"
status=0
ctest --test-dir build --output-on-failure --timeout 1800 -j"${JOBS:-2}" || status=$?
if [ "${SANITIZE:-1}" != 0 ]; then
  bash "$repo/tests/scripts/sanitize.sh" || status=1
fi
exit $status
