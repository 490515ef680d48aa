// Pure tests (node) of the reader's corrections applied to one article's annotation: rename,
// not a speaker, page noise marked and unmarked, and corrections that still apply after the
// text around their passage was edited (found by quote + context).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { correctAnnotation } from '../../web/corrections/correct-annotation.js';
import { passageCorrection, speakerCorrection } from '../../web/corrections/corrections.js';
import { validateSession } from '../../web/session/schema.js';

const TEXT = 'Read more: our newsletter\n"It will open in May," said Tuesday.\nAda Lind said the cost was fair.';
const span = (s) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length, text: s });
const ANNOTATION = {
  claims: [
    { id: 'c1', ...span('It will open in May,'), kind: 'direct', speaker: 's1', speaker_name: 'Tuesday' },
    { id: 'c2', ...span('the cost was fair'), kind: 'indirect', speaker: 's2', speaker_name: 'Ada Lind' },
  ],
  speakers: [
    { id: 's1', name: 'Tuesday', kind: 'person', aliases: [], mentions: [span('Tuesday')], claim_count: 1 },
    { id: 's2', name: 'Ada Lind', kind: 'person', aliases: [], mentions: [span('Ada Lind')], claim_count: 1 },
  ],
  boilerplate: [{ ...span('Read more: our newsletter'), reason: 'promo' }],
};

test('not a speaker, rename, page noise: the annotation as the reader corrected it', () => {
  const out = correctAnnotation(ANNOTATION, TEXT, 'a1', [
    speakerCorrection('not-speaker', { name: 'Tuesday' }),
    speakerCorrection('rename', { from: 'Ada Lind', to: 'Ada Lind-Berg' }),
    passageCorrection('furniture', 'a1', TEXT, span('Read more: our newsletter').start, span('Read more: our newsletter').end, { noise: false }),
    passageCorrection('furniture', 'a1', TEXT, span('Ada Lind said the cost was fair.').start, span('Ada Lind said the cost was fair.').end, { noise: true }),
  ]);
  assert.deepEqual(out.speakers.map((s) => s.name), ['Ada Lind-Berg']);
  assert.equal(out.claims.find((c) => c.id === 'c1').speaker, null);
  assert.equal(out.claims.find((c) => c.id === 'c1').was, 'Tuesday');
  assert.equal(out.claims.find((c) => c.id === 'c2').speaker_name, 'Ada Lind-Berg');
  assert.deepEqual(out.boilerplate.map((b) => b.text), ['Ada Lind said the cost was fair.']);
  assert.equal(ANNOTATION.speakers.length, 2, 'the machine’s annotation is left as it was');
});

test('a passage correction follows its passage through an edit elsewhere, and is validated', () => {
  const del = passageCorrection('delete', 'a1', TEXT, span('It will open in May,').start, span('It will open in May,').end);
  const edited = `Breaking\n${TEXT}`;
  const moved = { ...ANNOTATION, claims: ANNOTATION.claims.map((c) => ({ ...c, start: c.start + 9, end: c.end + 9 })) };
  assert.deepEqual(correctAnnotation(moved, edited, 'a1', [del]).claims.map((c) => c.id), ['c2']);
  assert.deepEqual(correctAnnotation(moved, edited, 'other article', [del]).claims.map((c) => c.id), ['c1', 'c2']);
  const session = {
    id: 's', name: 'S', created: '2025-01-01T00:00:00Z', updated: '2025-01-01T00:00:00Z',
    articles: [{ id: 'a1', title: '', text: TEXT, date: null }], reviews: [], corrections: [del],
  };
  assert.deepEqual(validateSession(session).corrections, [del]);
  assert.throws(() => validateSession({ ...session, corrections: [{ ...del, kind: 'teleport' }] }), /unknown kind/);
  assert.throws(() => validateSession({ ...session, corrections: [{ ...del, end: del.end + 2 }] }), /does not match its position/);
});
