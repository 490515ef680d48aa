#!/usr/bin/env bash
# Rewrites tests/fixtures/*/expected.json from the current CLI, for review with `git diff`.
# Run after a deliberate change to the extractor; read every changed line before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/native/whosaid
[ -x "$cli" ] || { echo "build the CLI first: npm run build" >&2; exit 1; }
for dir in tests/fixtures/*/; do
  [ -f "$dir/input.txt" ] || continue
  "$cli" annotate --pretty "$dir/input.txt" > "$dir/expected.json" 2>/dev/null
done
git --no-pager diff --stat -- tests/fixtures || true
