// scripts/regen-fixtures.sh (issue 15): an expected.json is replaced only after the CLI succeeded;
// a crash shows the CLI's stderr, keeps the old file and fails the script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = path.join(ROOT, 'build/native/whosaid');
const SCRIPT = path.join(ROOT, 'scripts/regen-fixtures.sh');
const GOOD = 'The mayor said the bridge would reopen on Monday.\n';

function fixturesDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-regen-'));
  for (const [name, input] of [['a_good', GOOD], ['b_crash', 'CRASH here\n'], ['c_good', `"Yes," she said.\n`]]) {
    fs.mkdirSync(path.join(dir, 'fixtures', name), { recursive: true });
    fs.writeFileSync(path.join(dir, 'fixtures', name, 'input.txt'), input);
    fs.writeFileSync(path.join(dir, 'fixtures', name, 'expected.json'), '{"old": true}\n');
  }
  // The real CLI, except that it dies by SIGSEGV, after a line on stderr, on an input saying CRASH.
  const cli = path.join(dir, 'crashing-cli');
  fs.writeFileSync(cli, `#!/bin/sh\nif grep -q CRASH "$3"; then echo "segfault in the extractor" >&2; kill -SEGV $$; fi\nexec '${CLI}' "$@"\n`, { mode: 0o755 });
  return { dir, cli, fixtures: path.join(dir, 'fixtures') };
}

const regen = (cli, fixtures) => spawnSync('bash', [SCRIPT], { encoding: 'utf8', env: { ...process.env, WHOSAID_CLI: cli, WHOSAID_FIXTURES: fixtures } });
const expected = (fixtures, name) => fs.readFileSync(path.join(fixtures, name, 'expected.json'), 'utf8');
const pretty = (input) => execFileSync(CLI, ['annotate', '--pretty', '-'], { input, encoding: 'utf8' });

test('a crash keeps the old expected.json, shows stderr and fails; the other cases are rewritten', () => {
  const { dir, cli, fixtures } = fixturesDir();
  try {
    const r = regen(cli, fixtures);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /segfault in the extractor/, 'the CLI\'s own stderr is shown');
    assert.match(r.stderr, /b_crash.*exit status 139/);
    assert.equal(expected(fixtures, 'b_crash'), '{"old": true}\n');
    assert.equal(expected(fixtures, 'a_good'), pretty(GOOD));
    assert.equal(expected(fixtures, 'c_good'), pretty('"Yes," she said.\n'));
    for (const name of fs.readdirSync(fixtures))
      assert.deepEqual(fs.readdirSync(path.join(fixtures, name)).sort(), ['expected.json', 'input.txt'], `no temp file left in ${name}`);
    assert.equal(fs.statSync(path.join(fixtures, 'a_good', 'expected.json')).mode & 0o777, 0o644);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('with the real CLI every case is rewritten and the exit status is 0', () => {
  const { dir, fixtures } = fixturesDir();
  try {
    fs.rmSync(path.join(fixtures, 'b_crash'), { recursive: true });
    const r = regen(CLI, fixtures);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(expected(fixtures, 'a_good'), pretty(GOOD));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
