// Unit tests of the page's pure modules (anchoring, speaker styles, summary); no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchor, prepareAnchoring, splitParagraphs, validSpan } from '../../web/app/anchoring.js';
import { initials, speakerStyles } from '../../web/app/speaker-style.js';
import { summarize } from '../../web/app/summary.js';

const span = (text, piece, from = 0) => {
  const start = text.indexOf(piece, from);
  assert.ok(start >= 0, `"${piece}" not in text`);
  return { start, end: start + piece.length, text: piece };
};

function leaves(nodes, text, out = []) {
  for (const n of nodes) {
    if (n.kind === 'text') out.push(text.slice(n.start, n.end));
    else leaves(n.children, text, out);
  }
  return out;
}

/** Every node of a kind, with its text, in document order. */
function nodesOf(paragraphs, text, kind) {
  const found = [];
  const walk = (nodes) => nodes.forEach((n) => {
    if (n.kind === kind) found.push({ node: n, text: leaves(n.children, text).join('') });
    if (n.children) walk(n.children);
  });
  paragraphs.forEach((p) => walk(p.children));
  return found;
}

const TEXT = 'Also read: elsewhere\n\n"We will win," said Ann Lee, "and soon.\n\nVery soon," she added.\r\nLee said that rates would fall.\n';

function sampleAnnotation() {
  const t = TEXT;
  const split = span(t, 'We will win," said Ann Lee, "and soon.\n\nVery soon');
  return {
    speakers: [{ id: 's1', name: 'Ann Lee', kind: 'person', aliases: ['Lee'], claim_count: 2,
      mentions: [span(t, 'Ann Lee'), span(t, 'Lee', t.indexOf('Lee said'))] }],
    claims: [
      { id: 'c1', speaker: 's1', speaker_name: 'Ann Lee', kind: 'direct', ...split,
        parts: [span(t, 'We will win,'), span(t, 'and soon.\n\nVery soon')] },
      { id: 'c2', speaker: 's1', speaker_name: 'Ann Lee', kind: 'indirect', ...span(t, 'rates would fall'), parts: [] },
    ],
    boilerplate: [{ ...span(t, 'Also read: elsewhere'), reason: 'teaser' }],
  };
}

test('the leaves of all paragraphs give back the text exactly', () => {
  const { paragraphs, dropped } = anchor(TEXT, sampleAnnotation());
  assert.equal(dropped, 0);
  assert.equal(paragraphs.map((p) => leaves(p.children, TEXT).join('')).join(''), TEXT);
});

test('paragraphs start at non-blank lines and keep their line breaks', () => {
  assert.deepEqual(splitParagraphs('\n\na\r\n\r\nb\nc'), [{ start: 0, end: 7 }, { start: 7, end: 9 }, { start: 9, end: 10 }]);
  assert.deepEqual(splitParagraphs(''), []);
  assert.deepEqual(splitParagraphs('  \n '), [{ start: 0, end: 4 }]);
});

test('a claim over two paragraphs becomes fragments whose joined text is the claim text', () => {
  const annotation = sampleAnnotation();
  const { paragraphs } = anchor(TEXT, annotation);
  const fragments = nodesOf(paragraphs, TEXT, 'claim').filter((f) => f.node.span.claim.id === 'c1');
  assert.ok(fragments.length >= 2);
  assert.equal(fragments.map((f) => f.text).join(''), annotation.claims[0].text);
});

test('only the quoted parts of a split quote are parts; the cue between them is not', () => {
  const { paragraphs } = anchor(TEXT, sampleAnnotation());
  const parts = nodesOf(paragraphs, TEXT, 'part').map((p) => p.text);
  assert.ok(parts.includes('We will win,'));
  assert.ok(!parts.some((p) => p.includes('said')));
  assert.ok(parts.includes('rates would fall'), 'a claim without parts is all part');
});

test('mentions nest inside claims, and a mention crossing a claim edge is split', () => {
  const t = 'Bo Dee said it.';
  const annotation = {
    speakers: [{ id: 's1', name: 'Bo Dee', mentions: [span(t, 'Bo Dee')] }],
    claims: [{ id: 'c1', speaker: null, kind: 'direct', ...span(t, 'Dee said it') }],
    boilerplate: [],
  };
  const { paragraphs } = anchor(t, annotation);
  const mentions = nodesOf(paragraphs, t, 'mention').map((m) => m.text);
  assert.deepEqual(mentions, ['Bo ', 'Dee']);
  const claim = nodesOf(paragraphs, t, 'claim')[0];
  assert.equal(claim.text, 'Dee said it');
  assert.deepEqual(claim.node.children.map((n) => n.kind), ['part'], 'the part wraps the whole claim');
  const inside = claim.node.children[0].children;
  assert.deepEqual(inside.map((n) => n.kind), ['mention', 'text'], 'the mention nests inside the part');
});

test('spans whose offsets do not match the text are dropped and counted', () => {
  const annotation = sampleAnnotation();
  annotation.claims.push({ id: 'bad1', speaker: null, kind: 'direct', start: 0, end: 4, text: 'nope' });
  annotation.claims.push({ id: 'bad2', speaker: null, kind: 'direct', start: 5, end: 999, text: 'x' });
  const { paragraphs, dropped } = anchor(TEXT, annotation);
  assert.equal(dropped, 2);
  assert.ok(!nodesOf(paragraphs, TEXT, 'claim').some((c) => c.node.span.claim.id.startsWith('bad')));
  assert.equal(validSpan('abc', { start: 1, end: 1 }), false);
  assert.equal(validSpan('abc', { start: 0.5, end: 2 }), false);
});

test('a paragraph made only of boilerplate is flagged; others are not', () => {
  const { paragraphs } = anchor(TEXT, sampleAnnotation());
  assert.deepEqual(paragraphs.map((p) => p.boilerplate), [true, false, false, false]);
  assert.equal(nodesOf(paragraphs, TEXT, 'boilerplate')[0].text, 'Also read: elsewhere');
});

test('offsets are UTF-16 code units, as the annotation gives them', () => {
  const t = '😀 “Hi,” said Zoë.';
  const { paragraphs } = anchor(t, { speakers: [], claims: [{ id: 'c1', speaker: null, kind: 'direct', ...span(t, 'Hi,') }], boilerplate: [] });
  assert.equal(nodesOf(paragraphs, t, 'claim')[0].text, 'Hi,');
});

test('speaker badges are initials, made unique', () => {
  assert.equal(initials('Ministry of Transport'), 'MT');
  assert.equal(initials('Ruth Okafor'), 'RO');
  assert.equal(initials('the council'), 'T');
  const styles = speakerStyles([{ id: 'a', name: 'Jo Smith' }, { id: 'b', name: 'Jan Stone' }]);
  assert.deepEqual([styles.get('a').badge, styles.get('b').badge], ['JS', 'JS2']);
});

test('the summary counts claims, speakers and unattributed claims', () => {
  const speakers = [{ id: 's1', claim_count: 2 }, { id: 's2', claim_count: 0 }];
  const claims = [{ speaker: 's1' }, { speaker: 's1' }, { speaker: null }];
  assert.equal(summarize({ speakers, claims }), '3 claims by 1 speaker, 1 unattributed.');
  assert.equal(summarize({ speakers: [], claims: [] }), 'No claims found in this text.');
});

// A long article, spans crossing paragraph edges: each paragraph gets exactly the spans that
// overlap it, and the text comes back whole. How the time grows with size is measured in
// bench/anchoring.mjs (a benchmark: no wall-clock ratio in a test).
test('anchoring a long article hands each paragraph exactly the spans that overlap it, text kept', () => {
  const n = 20000;
  const para = (i) => `"Line ${i} is fine," said Ann Lee.\n\n`;
  const text = Array.from({ length: n }, (_, i) => para(i)).join('');
  const claims = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    claims.push({ id: `c${i}`, speaker: null, kind: 'direct', ...span(text, `Line ${i} is fine,`, at) });
    if (i % 100 === 0 && i + 1 < n) { // one claim in a hundred runs on into the next paragraph
      const end = at + para(i).length + 5;
      claims.push({ id: `x${i}`, speaker: null, kind: 'indirect', start: at + 1, end, text: text.slice(at + 1, end) });
    }
    at += para(i).length;
  }
  const annotation = { claims, speakers: [], boilerplate: [] };
  const { paragraphs } = prepareAnchoring(text, annotation);
  assert.equal(paragraphs.length, n);
  let placements = 0;
  for (const p of paragraphs) {
    placements += p.spans.length;
    for (const s of p.spans) assert.ok(s.start < p.end && s.end > p.start, `span ${s.key} does not overlap its paragraph`);
  }
  const crossing = claims.filter((c) => c.id.startsWith('x')).length;
  assert.equal(placements, claims.length + crossing, 'each span in the paragraphs it overlaps, and no other');
  const { paragraphs: trees, dropped } = anchor(text, annotation);
  assert.equal(dropped, 0);
  assert.equal(leaves(trees.flatMap((p) => p.children), text).join(''), text);
});
