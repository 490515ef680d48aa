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

# The same Catch2 tests under AddressSanitizer + UndefinedBehaviorSanitizer (any report fails a
# test), in their own build dir; clang++ when present, which also builds the libFuzzer target.
# Incremental: configured once, then ninja rebuilds only what changed.
asan_build() {
  if [[ ! -f build/asan/CMakeCache.txt ]]; then
    local cxx=g++
    command -v clang++ >/dev/null && cxx=clang++
    cmake -S . -B build/asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$cxx" \
      -DWHOSAID_SANITIZE=ON >/dev/null
  fi
  local out  # quiet unless the build fails
  if ! out=$(cmake --build build/asan 2>&1); then echo "$out" | tail -40; return 1; fi
}
asan_tests() {
  asan_build || { echo "asan: build failed"; return 1; }
  ASAN_OPTIONS=abort_on_error=1:detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build/asan --output-on-failure -j "$(nproc)"
}
suite "core under ASan+UBSan (ctest, build/asan)" asan_tests
# libFuzzer on whosaid::annotate, bounded: 60 s when CI is set, 20 s otherwise (WHOSAID_FUZZ_SECONDS).
if [[ -x build/asan/tests/fuzz/whosaid_fuzz_annotate ]]; then
  suite "fuzz annotate (libFuzzer, tests/fuzz/run.sh)" tests/fuzz/run.sh "${WHOSAID_FUZZ_SECONDS:-}"
else
  echo "== fuzz: no libFuzzer target (build/asan needs clang++; scripts/setup.sh installs it), skipped"
fi
# Linear time on adversarial shapes (run-on cue phrases among them): a bounded growth check of
# the Release build, 256 KB against 1 MB of each shape; fails when time per MB grows over 6x.
linear_check() {
  cmake --build build/native --target whosaid_robust_bench >/dev/null && build/native/tests/fuzz/whosaid_robust_bench --check
}
suite "linear time (tests/fuzz/robust_bench.cpp --check)" linear_check
suite "wasm module (node --test tests/js/)" node --test tests/js/
# The Python module from the build tree, run by the interpreter CMake built it for (Debian's
# /usr/bin/python3 when present, whose pybind11 and Dask these are), and the pip install.
python_tests() {
  local interpreter=build/native/python/interpreter
  [[ -f $interpreter ]] || { echo "python: no $interpreter (the build found no pybind11; scripts/setup.sh installs it)"; return 1; }
  "$(<"$interpreter")" -m unittest discover -s tests/python -t tests/python
}
suite "python module (unittest, tests/python)" python_tests
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
