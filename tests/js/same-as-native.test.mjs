// The wasm build must annotate exactly like the native build: the expected.json of every
// tests/fixtures/<case>/ (written from the CLI), and the CLI itself on other texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { cliAnnotate, fixtures, importWhosaid, ROOT, TRICKY } from './helpers.mjs';

const whosaid = await (await importWhosaid()).loadWhosaid();
const cases = fixtures();

// A JS string cannot hold invalid UTF-8: such an input reaches the wasm already repaired
// (TextDecoder, the same U+FFFD rule), so only the core's count of repairs can differ.
const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');
const withoutWarnings = ({ warnings, ...rest }) => rest;

test('tests/fixtures: wasm result equals expected.json', { skip: cases.length === 0 && 'no fixtures yet' }, async (t) => {
  for (const [name, bytes, expected] of cases) {
    await t.test(name, () => {
      let text;
      try { text = utf8.decode(bytes); } catch { text = null; }
      if (text !== null) assert.deepEqual(whosaid.annotate(text), expected);
      else assert.deepEqual(withoutWarnings(whosaid.annotate(lenient.decode(bytes))), withoutWarnings(expected));
    });
  }
});

test('wasm result equals the native CLI on texts that stress offsets', () => {
  for (const text of TRICKY) assert.deepEqual(whosaid.annotate(text), cliAnnotate(text), JSON.stringify(text));
});

// Real articles from the read-only reference folder beside the repository, when present.
const SEEDS = path.join(ROOT, '../shared/articles/seeds');
const seeds = fs.existsSync(SEEDS) ? fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];

test('wasm result equals the native CLI on the reference articles', { skip: seeds.length === 0 && `no ${SEEDS}` }, () => {
  for (const f of seeds) {
    const text = fs.readFileSync(path.join(SEEDS, f), 'utf8');
    assert.deepEqual(whosaid.annotate(text), cliAnnotate(text), f);
  }
});
