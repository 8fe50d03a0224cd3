#!/usr/bin/env bash
# Quick start, command 2: installs what is missing, builds everything and runs
# every test (unit, conformance, corpus evaluation, WASM parity, browser).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bash "$repo/tests/scripts/setup.sh"
bash "$repo/tests/scripts/build.sh"
cd "$repo"
ctest --test-dir build --output-on-failure --timeout 1800 -j"${JOBS:-2}"
