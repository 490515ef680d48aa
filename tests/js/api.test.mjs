// The JavaScript API of dist/whosaid.mjs, run in Node exactly as shipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importWhosaid, spans, TRICKY } from './helpers.mjs';

const { loadWhosaid } = await importWhosaid();

test('loadWhosaid is memoised: one promise, one instance', async () => {
  const first = loadWhosaid();
  assert.equal(loadWhosaid(), first);
  const [a, b] = await Promise.all([first, loadWhosaid()]);
  assert.equal(a, b);
  assert.match(a.version, /^\d+\.\d+\.\d+$/);
});

test('annotate returns plain JSON data whose offsets give back their text', async () => {
  const whosaid = await loadWhosaid();
  for (const text of TRICKY) {
    const a = whosaid.annotate(text);
    assert.equal(Object.getPrototypeOf(a), Object.prototype);
    assert.equal(a.length, text.length, JSON.stringify(text));
    for (const [where, s] of spans(a)) assert.equal(text.slice(s.start, s.end), s.text, `${where} of ${JSON.stringify(text)}`);
  }
});

test('the fields are exactly those whosaid.d.ts declares', async () => {
  const a = (await loadWhosaid()).annotate(TRICKY[3]);
  assert.deepEqual(Object.keys(a).sort(), ['boilerplate', 'claims', 'length', 'speakers', 'version', 'warnings']);
  const keys = (o) => Object.keys(o).sort();
  const SPAN = ['end', 'start', 'text'];
  for (const s of a.speakers) assert.deepEqual(keys(s), ['aliases', 'claim_count', 'id', 'kind', 'mentions', 'name', 'title']);
  for (const c of a.claims)
    assert.deepEqual(keys(c), [...SPAN, 'confidence', 'cue', 'id', 'kind', 'parts', 'speaker', 'speaker_name', 'via'].sort());
  for (const b of a.boilerplate) assert.deepEqual(keys(b), [...SPAN, 'reason'].sort());
});

test('lone surrogates count as U+FFFD: same length, offsets still index the string', async () => {
  const whosaid = await loadWhosaid();
  const text = 'He said "\uD800 no" and \uDC00 then: "yes \uDBFF" \uD83D\uDE00 "fin\uD83D". \uD83D';
  const wellFormed = text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  const a = whosaid.annotate(text);
  assert.equal(a.length, text.length);
  assert.deepEqual(a, whosaid.annotate(wellFormed));
  for (const [where, s] of spans(a)) assert.equal(wellFormed.slice(s.start, s.end), s.text, where);
});

test('a non-string is a TypeError, and nothing else breaks', async () => {
  const whosaid = await loadWhosaid();
  for (const bad of [undefined, null, 42, {}, ['a'], new String('a'), new Uint8Array([65])])
    assert.throws(() => whosaid.annotate(bad), TypeError);
  assert.throws(() => whosaid.annotate('x', { maxInputBytes: -1 }), RangeError);
  assert.throws(() => whosaid.annotate('x', { maxInputBytes: 1.5 }), RangeError);
  assert.equal(whosaid.annotate('ok').length, 2);
});

test('an input the core refuses is an Error with its message; the module keeps working', async () => {
  const whosaid = await loadWhosaid();
  for (let i = 0; i < 200; i++) {
    assert.throws(() => whosaid.annotate('é'.repeat(10), { maxInputBytes: 19 }),
      (e) => e instanceof Error && !(e instanceof TypeError) && /20 bytes.*limit is 19/.test(e.message));
  }
  assert.equal(whosaid.annotate('é'.repeat(10), { maxInputBytes: 20 }).length, 10);
  assert.equal(whosaid.annotate('x'.repeat(1000), { maxInputBytes: 0 }).length, 1000); // 0: no limit
  assert.deepEqual(whosaid.annotate(TRICKY[2]), whosaid.annotate(TRICKY[2]));
});

test('a multi-megabyte article fits (memory grows)', async () => {
  const whosaid = await loadWhosaid();
  const text = `${TRICKY[2]}${TRICKY[3]}\n`.repeat(20000); // about 4 MB of UTF-8
  const a = whosaid.annotate(text);
  assert.equal(a.length, text.length);
  for (const [where, s] of spans(a)) assert.equal(text.slice(s.start, s.end), s.text, where);
});
