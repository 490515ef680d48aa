// The JavaScript API of dist/whosaid.mjs, run in Node exactly as shipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertShape, readDts } from './dts-shapes.mjs';
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

const dts = readDts();

test('the module, the API object and annotate() are exactly what whosaid.d.ts declares', async () => {
  assert.deepEqual(Object.keys(await importWhosaid()).sort(), [...dts.functions].sort());
  const whosaid = await loadWhosaid();
  assertShape(whosaid, 'Whosaid', dts);
  for (const text of TRICKY) assertShape(whosaid.annotate(text), 'Annotation', dts, `annotate(${JSON.stringify(text.slice(0, 20))})`);
  // One article with every kind of span, so no field is checked only vacuously.
  const a = whosaid.annotate(TRICKY[3]);
  assert.ok(a.speakers.length && a.claims.length && a.claims.some((c) => c.cue) && a.speakers.some((s) => s.mentions.length));
});

test('session() is exactly what whosaid.d.ts declares', async () => {
  const whosaid = await loadWhosaid();
  const s = whosaid.session([{ file: 'one', text: TRICKY[3], date: '2024-11-15' }, { text: TRICKY[2] }]);
  assertShape(s, 'Session', dts, 'session()');
  assert.ok(s.claims.length && s.speakers.length && s.articles.length === 2);
});

test('the .d.ts reader itself: a missing or an undeclared field is caught', () => {
  assert.throws(() => assertShape({ start: 0, end: 1 }, 'Span', dts), /lacks "text"/);
  assert.throws(() => assertShape({ start: 0, end: 1, text: 'x', extra: 1 }, 'Span', dts), /"extra", which whosaid.d.ts does not declare/);
  assert.throws(() => assertShape({ id: 'p1', name: 'A', kind: 'robot', title: '', aliases: [], mentions: [], claim_count: 0 }, 'Speaker', dts), /not 'person' \| 'organization'/);
  assert.throws(() => assertShape({ speakers: [{ mentions: [{ start: 0 }] }] }, 'Annotation', dts), /lacks/);
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

test('session(): a hole in the array or a lone surrogate in a name is said in words, not by the JSON parser', async () => {
  const whosaid = await loadWhosaid();
  const says = (articles, message) => assert.throws(() => whosaid.session(articles), (e) => e instanceof TypeError && message.test(e.message), message.source);
  says([, { text: 'x' }], /article 1 is missing \(a hole in the array\)/); // eslint-disable-line no-sparse-arrays
  says([{ text: 'x' }, , { text: 'y' }], /article 2 is missing/); // eslint-disable-line no-sparse-arrays
  says([{ file: 'a\uD800', text: 'x' }], /article 1's file name holds a lone UTF-16 surrogate/);
  says([{ text: 'x' }, { file: '\uDC00b', text: 'y' }], /article 2's file name/);
  says([{ text: 'x', date: '2024-\uD800' }], /article 1's date holds a lone UTF-16 surrogate/);
  says([{ text: 'x', date: '' }], /article 1's date must be YYYY-MM-DD or null/);
  assert.throws(() => whosaid.session([{ text: 'x', date: '2024-02-30' }]), /"date" must be YYYY-MM-DD, got 2024-02-30/);
  // The core takes the articles one by one: one refused leaves none of the others behind.
  assert.throws(() => whosaid.session([{ file: 'kept?', text: 'x' }, { text: 'y', date: '2024-13-01' }]), /got 2024-13-01/);
  assert.deepEqual(whosaid.session([{ file: 'only', text: 'z' }]).articles.map((a) => a.file), ['only']);
  assert.equal(whosaid.session([{ file: 'ok \uD83D\uDE00', text: 'He said "\uD800 no."' }]).articles[0].file, 'ok \uD83D\uDE00');
});
