#!/usr/bin/env bash
# Behaviour unchanged? Builds the CLI of a reference commit (default: main) beside the working
# tree's, runs both over every input, and diffs: `whosaid annotate` of each fixture, seed, dev
# article (tests/dev-gold, tests/dev-gold-2), shared article and generated news text
# (bench/same-output.sh), plus `whosaid session` of the seeds and of each dev set. Any byte that
# differs fails. Run it before every commit of a restructuring (issue 17).
#   scripts/same-output.sh [REF=main]
# The reference build is kept in build/same-output/ref-<sha>, so a second run only re-runs.
set -euo pipefail
cd "$(dirname "$0")/.."
ref=$(git rev-parse --verify "${1:-main}^{commit}")
root=build/same-output
refdir=$root/ref-$ref
mkdir -p "$root"

build_cli() {  # build_cli SOURCE_DIR BUILD_DIR: the whosaid target only, -j2, niced
  if [[ ! -f $2/CMakeCache.txt ]]; then
    cmake -S "$1" -B "$2" -G Ninja -DBUILD_TESTING=OFF -DWHOSAID_PYTHON=OFF >/dev/null
  fi
  nice -n 10 cmake --build "$2" --target whosaid -j2 >/dev/null
}

if [[ ! -x $refdir/build/whosaid ]]; then
  echo "same-output: building the reference CLI of ${ref:0:12}"
  rm -rf "$refdir" && mkdir -p "$refdir/src"
  git archive "$ref" | tar -x -C "$refdir/src"
  build_cli "$refdir/src" "$refdir/build"
fi
# The working tree's CLI: build/native when it exists (npm run build made it), else our own dir.
newdir=build/native
[[ -f $newdir/CMakeCache.txt ]] || newdir=$root/new-build
build_cli . "$newdir"

outputs() {  # outputs CLI OUT_DIR
  local cli=$1 out=$2
  rm -rf "$out" && mkdir -p "$out"
  bench/same-output.sh "$cli" "$out" >/dev/null
  local f
  for f in tests/dev-gold/articles/*.txt tests/dev-gold-2/articles/*.txt; do
    local name=$out/dev-$(basename "$(dirname "$(dirname "$f")")")-$(basename "$f" .txt).json
    "$cli" annotate "$f" > "$name" 2>&1 || echo "exit $?" >> "$name"
  done
  "$cli" session ../shared/articles/seeds/*.txt > "$out/session-seeds.json" 2>&1 || echo "exit $?" >> "$out/session-seeds.json"
  "$cli" session tests/dev-gold/articles/*.txt > "$out/session-dev-gold.json" 2>&1 || echo "exit $?" >> "$out/session-dev-gold.json"
  "$cli" session tests/dev-gold-2/articles/*.txt > "$out/session-dev-gold-2.json" 2>&1 || echo "exit $?" >> "$out/session-dev-gold-2.json"
}
outputs "$refdir/build/whosaid" "$root/ref-out"
outputs "$newdir/whosaid" "$root/new-out"
n=$(find "$root/new-out" -type f | wc -l)
if diff -rq "$root/ref-out" "$root/new-out"; then
  echo "same-output: $n outputs byte-identical to ${ref:0:12}"
else
  echo "same-output: outputs DIFFER from ${ref:0:12} (diff -r $root/ref-out $root/new-out)"
  exit 1
fi
