#!/usr/bin/env bash
# Runs the libFuzzer target for whosaid::annotate for a bounded time; exit 1 on a crash, a
# sanitizer report, a hang or a broken invariant (tests/core/invariants.hpp).
#   tests/fuzz/run.sh [SECONDS]      default: 60 when CI is set, else 20
# Needs build/asan (scripts/test.sh configures it: clang++, -DWHOSAID_SANITIZE=ON).
# The corpus grows in build/asan/fuzz-corpus across runs; the seeds are tests/fixtures/*/input.txt.
# A failing input is saved in build/asan/fuzz-artifacts/. To keep it as a regression case:
#   build/asan/tests/fuzz/whosaid_fuzz_annotate -minimize_crash=1 -runs=20000 \
#       -exact_artifact_path=min.txt build/asan/fuzz-artifacts/crash-...
#   mkdir tests/fixtures/fuzz_<name> && cp min.txt tests/fixtures/fuzz_<name>/input.txt
# and, after the fix, scripts/regen-fixtures.sh writes its expected.json.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-$([[ -n ${CI:-} ]] && echo 60 || echo 20)}
fuzzer=build/asan/tests/fuzz/whosaid_fuzz_annotate
[[ -x $fuzzer ]] || { echo "fuzz: $fuzzer is not built (needs clang; scripts/test.sh builds it)"; exit 1; }

work=build/asan
mkdir -p "$work/fuzz-corpus" "$work/fuzz-seeds" "$work/fuzz-artifacts"
for f in tests/fixtures/*/input.txt; do
  seed="$work/fuzz-seeds/$(basename "$(dirname "$f")").txt"
  [[ $seed -nt $f ]] || cp "$f" "$seed"
done

log=$work/fuzz-last.log
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# -timeout: one input over 10 s (at most 4 KB) is a hang; -rss_limit_mb: runaway memory.
status=0
"$fuzzer" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
  -dict=tests/fuzz/annotate.dict -artifact_prefix="$work/fuzz-artifacts/" -print_final_stats=1 \
  "$work/fuzz-corpus" "$work/fuzz-seeds" >"$log" 2>&1 || status=$?

runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
corpus=$(ls "$work/fuzz-corpus" | wc -l)
if ((status != 0)); then
  grep -E 'ERROR|invariant broken|SUMMARY|Test unit written|deadly signal|timeout' "$log" | head -20 || true
  echo "fuzz: FAILED after $runs executions in ${seconds} s or less (full log: $log)"
  exit 1
fi
echo "fuzz: $runs executions in $seconds s, corpus $corpus inputs, no crash, hang or broken invariant"
