#!/usr/bin/env bash
# Runs every test suite against the current build (scripts/build.mjs first; `npm test` does).
# All suites run even when one fails, so one report shows everything; any failure -> exit 1.
set -euo pipefail
cd "$(dirname "$0")/.."

failed=()
suite() {  # suite <name> <command>...
  local name=$1 start=$SECONDS
  shift
  echo "== $name"
  if "$@"; then echo "== $name: ok ($((SECONDS - start)) s)"
  else echo "== $name: FAILED"; failed+=("$name")
  fi
}

suite "core (ctest, native)" ctest --test-dir build/native --output-on-failure -j "$(nproc)"
suite "wasm module (node --test tests/js/)" node --test tests/js/
if compgen -G 'tests/e2e/*.test.*' >/dev/null; then
  suite "page (node --test tests/e2e/)" node --test tests/e2e/
else
  echo "== page: no tests/e2e/*.test.* yet, skipped"
fi

if ((${#failed[@]})); then
  echo "FAILED: ${failed[*]}"
  exit 1
fi
echo "all test suites passed"
