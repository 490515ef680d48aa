// The worker's compact answer (web/compact-result.js) must be the JSON result exactly: every
// fixture, the texts that stress offsets, generated news, a session; same values, same key
// order (the page's JSON export writes the object as it is). Packed and unpacked across a real
// structured clone with the buffers transferred, as postMessage does. An annotation crosses
// as the core's own columns (web/worker.js), read back the same way: tested here too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { COLUMNS_HOOK, pack, unpack, unpackSteps } from '../../web/compact-result.js';
import { newsText } from '../e2e/news-text.mjs';
import { fixtures, importWhosaid, ROOT, TRICKY } from './helpers.mjs';

const whosaid = await (await importWhosaid()).loadWhosaid();
const lenient = new TextDecoder('utf-8');

function roundTrip(result, text) {
  const { packed, transfer } = pack(result, text);
  const crossed = structuredClone(packed, { transfer });
  assert.ok(transfer.every((b) => b.byteLength === 0), 'the buffers moved, not copied');
  return { back: unpack(crossed, text), crossed };
}
const assertSame = (back, result, label) => {
  assert.deepEqual(back, result, label);
  assert.equal(JSON.stringify(back), JSON.stringify(result), `${label}: key order`);
};

test('every fixture: the compact result equals the JSON one', () => {
  const cases = fixtures();
  assert.ok(cases.length > 0);
  for (const [name, bytes, expected] of cases) {
    const text = lenient.decode(bytes);
    const result = whosaid.annotate(text);
    assertSame(roundTrip(result, text).back, result, name);
    // And expected.json itself (the CLI's), packed against the same text.
    if (result.warnings.length === expected.warnings.length) assertSame(roundTrip(expected, text).back, expected, `${name} expected.json`);
  }
});

test('texts that stress offsets, and a generated article of 300 KB', () => {
  for (const text of [...TRICKY, newsText(300_000)]) {
    const result = whosaid.annotate(text);
    assertSame(roundTrip(result, text).back, result, JSON.stringify(text.slice(0, 60)));
  }
});

test('unpackSteps pauses on a long result (so the page can cut it into tasks) and gives the same result', () => {
  const text = newsText(300_000);
  const result = whosaid.annotate(text);
  const { packed, transfer } = pack(result, text);
  const crossed = structuredClone(packed, { transfer });
  const steps = unpackSteps(crossed, text);
  let pauses = 0;
  let r;
  while (!(r = steps.next()).done) pauses++;
  assert.ok(pauses > 0, 'it paused');
  assertSame(r.value, result, 'unpacked in steps');
});

test('span texts do not travel: they are sliced from the text the page holds', () => {
  const text = newsText(50_000);
  const result = whosaid.annotate(text);
  const { crossed } = roundTrip(result, text);
  const strings = [];
  (function walk(v) {
    if (typeof v === 'string') strings.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object' && !ArrayBuffer.isView(v)) Object.values(v).forEach(walk);
  })(crossed);
  const claimTexts = new Set(result.claims.map((c) => c.text));
  assert.ok(claimTexts.size > 50);
  assert.equal(strings.filter((s) => claimTexts.has(s)).length, 0, 'no claim text in the packed form');
  assert.ok(strings.join('').length < text.length / 4, 'what is left as strings is small next to the text');
});

test('a span whose text is not the slice keeps its own text; shapes that are not tables survive', () => {
  const text = 'Ann said "yes". Bob said no.';
  const result = whosaid.annotate(text);
  const odd = structuredClone(result);
  odd.claims[0].text = 'something else';
  odd.extra = [1, 'two', null, { three: [3] }, [[4.5, -0]], true];
  odd.claims.push({ ...odd.claims[0], added: 1 }); // another key set: no table for claims
  const { back } = roundTrip(odd, text);
  assertSame(back, odd, 'odd shapes');
  assert.ok(Object.is(back.extra[4][0][1], -0));
});

test('a session (several texts): packed without slicing, equal', () => {
  const dir = path.join(ROOT, 'tests/e2e/fixtures');
  const articles = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((file) => ({ file, text: fs.readFileSync(path.join(dir, file), 'utf8') }));
  const result = whosaid.session(articles);
  assertSame(roundTrip(result, null).back, result, 'session');
});

// What web/worker.js posts for an annotation: the core's columns, transferred.
function columnsCrossed(text) {
  const bytes = whosaid[COLUMNS_HOOK](text);
  const crossed = structuredClone({ $: 'columns', bytes }, { transfer: [bytes.buffer] });
  assert.equal(bytes.byteLength, 0, 'the buffer moved, not copied');
  return crossed;
}

test("the worker's answer (the core's columns) equals annotate() on every fixture and on stressing texts", () => {
  const texts = fixtures().map(([, bytes]) => lenient.decode(bytes));
  // Lone surrogates (U+FFFD in the core, one unit for one), astral characters, CRLF, NUL.
  texts.push(...TRICKY, 'He said "\uD800 no" and \uDC00 then: "yes \uDBFF" \uD83D\uDE00 "fin\uD83D". \uD83D', newsText(300_000));
  for (const text of texts) assertSame(unpack(columnsCrossed(text), text), whosaid.annotate(text), JSON.stringify(text.slice(0, 60)));
});

test("the worker's columns unpack in steps on a long text, to the same result", () => {
  const text = newsText(300_000);
  const steps = unpackSteps(columnsCrossed(text), text);
  let pauses = 0;
  let r;
  while (!(r = steps.next()).done) pauses++;
  assert.ok(pauses > 0, 'it paused');
  assertSame(r.value, whosaid.annotate(text), 'unpacked in steps');
});
