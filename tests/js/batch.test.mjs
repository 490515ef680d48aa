// `whosaid annotate --jsonl`: one line per article in input order, each the same annotation
// as `whosaid annotate FILE` with "file" first; a failing file is an error line and exit 1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cliAnnotate, ROOT, TRICKY } from './helpers.mjs';

const CLI = path.join(ROOT, 'build/native/whosaid');

test('annotate --jsonl: a directory and files, in order, equal to annotate one by one', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-jsonl-'));
  try {
    fs.mkdirSync(path.join(dir, 'sub'));
    const files = TRICKY.map((text, i) => {
      const f = path.join(dir, i % 2 ? 'sub' : '', `article-${i}.txt`);
      fs.writeFileSync(f, text);
      return f;
    });
    const missing = path.join(dir, 'missing.txt');
    const run = spawnSync(CLI, ['annotate', '--jsonl', dir, missing], { encoding: 'utf8' });
    assert.equal(run.status, 1, 'a missing file makes the exit status 1');
    assert.equal(run.stderr, '', 'no progress bar when stderr is not a terminal');
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    const expected = [...files].sort();
    assert.deepEqual(lines.map((l) => l.file), [...expected, missing]);
    for (const { file, ...annotation } of lines.slice(0, -1)) assert.deepEqual(annotation, cliAnnotate(fs.readFileSync(file)), file);
    assert.match(lines.at(-1).error, /missing\.txt/);
    assert.equal(spawnSync(CLI, ['annotate', '--jsonl', files[0]]).status, 0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
