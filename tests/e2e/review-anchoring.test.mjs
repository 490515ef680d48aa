// Pure tests (node, no browser) of what keeps a reader's work: reviews found again by quote
// and context after an edit, orphans kept (never dropped) and placed again when their text
// comes back, and the three-way merge of one session written by two tabs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuote, quoteOf } from '../../web/session/quote-anchor.js';
import { reanchor } from '../../web/session/reanchor.js';
import { mergeRecords } from '../../web/session/merge.js';

const TEXT = 'The mayor said "it is safe" on Monday. Later the engineer said "it is safe" too.';
const second = TEXT.lastIndexOf('"it is safe"') + 1;
const quote = { ...quoteOf(TEXT, second, second + 10), start: second };

const review = (over = {}) => ({
  id: 'r1', article: 'a1', start: second, end: second + 10, ...quoteOf(TEXT, second, second + 10),
  speaker: null, verdict: 'false', note: 'n', sources: [], updated: '2025-01-01T00:00:00.000Z', ...over,
});

test('a quote is found by its context, not merely its words, and moves with an edit', () => {
  assert.equal(findQuote(quote, TEXT).start, second);
  const edited = `Breaking. ${TEXT.replace('Later', 'Much later')}`;
  assert.equal(findQuote({ ...quote, start: 0 }, edited).start, edited.lastIndexOf('"it is safe"') + 1);
  assert.equal(findQuote(quote, TEXT.replace(/it is safe/g, 'it is fine')), null);
  // Elsewhere (its article closed): the words alone are not enough.
  assert.equal(findQuote(quote, 'Someone said it is safe.'), null);
  assert.equal(findQuote(quote, TEXT).start, second);
});

test('an edit inside the passage makes an orphan; undoing the edit brings the review back', () => {
  const articles = (text) => [{ id: 'a1', title: 'Bridge', text }];
  const typed = TEXT.slice(0, second + 3) + 'x' + TEXT.slice(second + 3);
  const broken = reanchor(articles(typed), [review()], []);
  assert.equal(broken.reviews.length, 0);
  assert.equal(broken.orphaned, 1);
  assert.equal(broken.orphans[0].verdict, 'false');
  assert.equal(broken.orphans[0].articleTitle, 'Bridge');
  const back = reanchor(articles(TEXT), broken.reviews, broken.orphans);
  assert.equal(back.recovered, 1);
  assert.deepEqual(back.reviews, [review()]);
  assert.deepEqual(back.orphans, []);
});

test('a closed article keeps its reviews as orphans; the same text opened again takes them back', () => {
  const closed = reanchor([], [review()], []);
  assert.equal(closed.orphans.length, 1);
  const reopened = reanchor([{ id: 'a2', title: '', text: `Copied: ${TEXT}` }], [], closed.orphans);
  assert.equal(reopened.reviews[0].article, 'a2');
  assert.equal(reopened.reviews[0].text, 'it is safe');
});

test('two tabs: what each changed is kept, an edit beats a deletion, the newer of two edits wins', () => {
  const base = {
    id: 's', name: 'S', rev: 1, created: 'c', updated: 'u',
    articles: [{ id: 'a1', title: '', text: TEXT, date: null }],
    reviews: [review()], orphans: [],
  };
  const first = TEXT.indexOf('"it is safe"') + 1;
  const ours = structuredClone(base);
  ours.reviews.push(review({ id: 'r2', start: first, end: first + 10, ...quoteOf(TEXT, first, first + 10), verdict: 'accurate' }));
  const theirs = structuredClone(base);
  theirs.reviews[0].note = 'their note';
  theirs.reviews[0].updated = '2025-01-02T00:00:00.000Z';
  theirs.articles.push({ id: 'a2', title: 'Other', text: 'Other text.', date: null });
  theirs.rev = 2;
  const { record } = mergeRecords(base, ours, theirs);
  assert.deepEqual(record.articles.map((a) => a.id), ['a1', 'a2']);
  assert.deepEqual(record.reviews.map((r) => [r.id, r.verdict, r.note]).sort(), [['r1', 'false', 'their note'], ['r2', 'accurate', 'n']]);

  const deleted = { ...structuredClone(base), reviews: [] };
  assert.equal(mergeRecords(base, deleted, theirs).record.reviews[0].note, 'their note');
  const newer = structuredClone(base);
  newer.reviews[0].note = 'our later note';
  newer.reviews[0].updated = '2025-01-03T00:00:00.000Z';
  assert.equal(mergeRecords(base, newer, theirs).record.reviews[0].note, 'our later note');
});

test('two tabs change one review: a verdict set in one and a note typed in the other both stay', () => {
  const base = {
    id: 's', name: 'S', rev: 1, created: 'c', updated: 'u',
    articles: [{ id: 'a1', title: '', text: TEXT, date: null }],
    reviews: [review()], orphans: [],
  };
  const ours = structuredClone(base);
  ours.reviews[0].verdict = 'misleading';
  ours.reviews[0].updated = '2025-01-03T00:00:00.000Z';
  const theirs = structuredClone(base);
  theirs.reviews[0].note = 'their note';
  theirs.reviews[0].updated = '2025-01-02T00:00:00.000Z';
  theirs.rev = 2;
  const [merged] = mergeRecords(base, ours, theirs).record.reviews;
  assert.deepEqual([merged.verdict, merged.note, merged.updated], ['misleading', 'their note', '2025-01-03T00:00:00.000Z']);
  // the same field changed on both sides: the newer edit wins, the other field stays
  const both = structuredClone(theirs);
  both.reviews[0].verdict = 'accurate';
  const [again] = mergeRecords(base, ours, both).record.reviews;
  assert.deepEqual([again.verdict, again.note], ['misleading', 'their note']);
});
