// Pure tests (node, no browser) of the session modules: file validation, code points,
// Web Annotation selectors, and exports that never turn a source into a javascript: link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codePointIndex } from '../../web/session/codepoints.js';
import { anchorSelectors, selectorsFor, toWebAnnotation } from '../../web/session/export-webanno.js';
import { toMarkdownReport } from '../../web/session/export-markdown.js';
import { toClaimReview } from '../../web/session/export-claimreview.js';
import { joinSession } from '../../web/session/model.js';
import { SessionFileError, VERSION, parseSessionFile, toSessionFile, validateSession } from '../../web/session/schema.js';

const TEXT = '🌉 Bridge news\n\n👍🏽 "It is safe," said Ines Varga. 🚧 Varga said it would cost €4.5m.';
const quoteStart = TEXT.indexOf('It is safe,');
const quoteEnd = quoteStart + 'It is safe,'.length;
const record = {
  id: 's1', name: 'Bridge', created: '2025-03-14T10:00:00.000Z', updated: '2025-03-14T10:00:00.000Z',
  articles: [{ id: 'x1', title: '', text: TEXT, date: null }],
  reviews: [{ article: 'x1', start: quoteStart, end: quoteEnd, text: 'It is safe,', speaker: 'Ines Varga', verdict: 'false', note: 'It *is* not <b>safe</b>', sources: ['https://example.org/a', 'javascript:alert(1)', '[x](javascript:alert(2))'], updated: '2025-03-14T10:05:00.000Z' }],
};

test('code points: surrogate pairs count once, both ways', () => {
  const idx = codePointIndex(TEXT);
  assert.equal(idx.length, [...TEXT].length);
  for (let u = 0; u <= TEXT.length; u++) {
    const cp = idx.toCodePoints(u);
    const inPair = u > 0 && u < TEXT.length && /[\uDC00-\uDFFF]/.test(TEXT[u]) && /[\uD800-\uDBFF]/.test(TEXT[u - 1]);
    if (!inPair) {
      assert.equal(cp, [...TEXT.slice(0, u)].length, `offset ${u}`);
      assert.equal(idx.toUtf16(cp), u);
    }
  }
  assert.equal(codePointIndex('abc').toCodePoints(2), 2);
  assert.equal(codePointIndex('\uD800x').length, 2, 'a lone surrogate is one code point');
});

test('selectors: code-point positions with prefix/suffix, re-anchored in the text', () => {
  const [quote, position] = selectorsFor(TEXT, codePointIndex(TEXT), quoteStart, quoteEnd);
  assert.equal(quote.exact, 'It is safe,');
  assert.equal(position.start, quoteStart - 3, '🌉 and 👍🏽 (two emoji: 👍 + skin tone) before the quote');
  assert.equal([...TEXT].slice(position.start, position.end).join(''), 'It is safe,');
  assert.ok(TEXT.slice(0, quoteStart).endsWith(quote.prefix));
  assert.deepEqual(anchorSelectors(TEXT, [quote, position]), { start: quoteStart, end: quoteEnd });
  assert.equal(anchorSelectors(TEXT, [{ ...quote, exact: 'other' }, position]), null);
});

test('schema: a valid file round-trips; every kind of damage is refused with words', () => {
  const file = toSessionFile(record, { exported: '2025-03-14T11:00:00.000Z' });
  assert.equal(file.schema, 'whosaid-session');
  assert.equal(file.version, VERSION);
  assert.deepEqual(parseSessionFile(JSON.stringify(file)), record);
  const damaged = (change) => { const f = structuredClone(file); change(f); return JSON.stringify(f); };
  const refused = [
    [JSON.stringify(file).slice(0, 100), /not valid JSON/],
    ['null', /no JSON object/],
    ['"text"', /no JSON object/],
    [JSON.stringify({ format: 'whosaid-article', version: 1 }), /single article/],
    [damaged((f) => { f.schema = 'other'; }), /not a whosaid session file/],
    [damaged((f) => { f.version = 2; }), /newer whosaid \(format version 2\)/],
    [damaged((f) => { f.version = '1'; }), /no valid version/],
    [damaged((f) => { delete f.session; }), /no session/],
    [damaged((f) => { f.session.articles = {}; }), /no list of articles/],
    [damaged((f) => { f.session.articles.push(f.session.articles[0]); }), /Two articles have the id/],
    [damaged((f) => { f.session.articles[0].date = '14/03/2025'; }), /should look like 2024-11-15/],
    [damaged((f) => { f.session.reviews[0].article = 'nope'; }), /article the session does not have/],
    [damaged((f) => { f.session.reviews[0].end = 1e9; }), /outside its article/],
    [damaged((f) => { f.session.reviews[0].start += 1; }), /does not match/],
    [damaged((f) => { f.session.reviews[0].verdict = 'pants on fire'; }), /unknown verdict/],
    [damaged((f) => { f.session.reviews[0].sources = 'https://x'; }), /should be a list/],
    [damaged((f) => { f.session.reviews.push(f.session.reviews[0]); }), /same claim/],
    [damaged((f) => { f.session.name = ' '; }), /name is empty/],
    [damaged((f) => { f.session.updated = 'yesterday'; }), /not a date/],
  ];
  for (const [text, message] of refused) {
    assert.throws(() => parseSessionFile(text), (err) => err instanceof SessionFileError && message.test(err.message), message.source);
  }
  assert.throws(() => validateSession({ ...record, articles: [{ id: 'x1', text: 5 }] }), /should be text/);
});

test('exports: a javascript: source is never a link; Markdown escapes the note', () => {
  const core = {
    articles: [{ id: 'a1' }],
    speakers: [{ id: 'p1', name: 'Ines Varga', kind: 'person', title: '', aliases: [], mentions: [{ article: 'a1', speaker: 's1', start: 0, end: 1, text: 'x' }] }],
    claims: [{ id: 'c1', article: 'a1', speaker: 'p1', speaker_name: 'Ines Varga', text: 'It is safe,', start: quoteStart, end: quoteEnd, kind: 'direct', facts: [] }],
    links: [],
  };
  const joined = joinSession(record, core);
  assert.equal(joined.claims[0].review.verdict, 'false');
  const anno = toWebAnnotation(record, joined);
  const bodies = anno.first.items[0].body;
  assert.deepEqual(bodies.filter((b) => b.type === 'SpecificResource').map((b) => b.source), ['https://example.org/a']);
  assert.ok(!JSON.stringify(bodies.filter((b) => b.type === 'SpecificResource')).includes('javascript:'));
  const md = toMarkdownReport(record, joined);
  assert.match(md, /^- <https:\/\/example\.org\/a>$/m);
  assert.match(md, /^- javascript:alert\(1\)$/m);
  assert.match(md, /^- \\\[x\\\]\(javascript:alert\(2\)\)$/m);
  assert.match(md, /It \\\*is\\\* not \\<b\\>safe\\<\/b\\>/);
  const cr = toClaimReview(record, joined)['@graph'][0];
  assert.equal(cr.reviewRating.ratingValue, 1);
  assert.equal(cr.itemReviewed.author['@type'], 'Person');
});
