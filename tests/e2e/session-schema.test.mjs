// Pure tests (node, no browser) of the session modules: file validation, code points,
// Web Annotation selectors, and exports that never turn a source into a javascript: link.
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codePointIndex } from '../../web/session/codepoints.js';
import { anchorSelectors, selectorsFor, toWebAnnotation } from '../../web/session/export-webanno.js';
import { toMarkdownReport } from '../../web/session/export-markdown.js';
import { toClaimReview } from '../../web/session/export-claimreview.js';
import { joinSession } from '../../web/session/model.js';
import {
  LIMITS, SessionFileError, VERSION, fit, importedName, parseSessionFile, toSessionFile, validateSession, withoutBlankArticles,
} from '../../web/session/schema.js';

const TEXT = '🌉 Bridge news\n\n👍🏽 "It is safe," said Ines Varga. 🚧 Varga said it would cost €4.5m.';
const quoteStart = TEXT.indexOf('It is safe,');
const quoteEnd = quoteStart + 'It is safe,'.length;
const record = {
  id: 's1', name: 'Bridge', created: '2025-03-14T10:00:00.000Z', updated: '2025-03-14T10:00:00.000Z', rev: 0,
  articles: [{ id: 'x1', title: '', text: TEXT, date: null }],
  reviews: [{ id: `x1:${quoteStart}:${quoteEnd}`, article: 'x1', start: quoteStart, end: quoteEnd, text: 'It is safe,', prefix: '', suffix: '', speaker: 'Ines Varga', verdict: 'false', note: 'It *is* not <b>safe</b>', sources: ['https://example.org/a', 'javascript:alert(1)', '[x](javascript:alert(2))'], updated: '2025-03-14T10:05:00.000Z' }],
  orphans: [],
  corrections: [],
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
  // A file from before review ids, context and orphans reads: ids derived from the span.
  const older = structuredClone(file);
  delete older.session.rev;
  delete older.session.orphans;
  delete older.session.corrections;
  for (const r of older.session.reviews) { delete r.id; delete r.prefix; delete r.suffix; }
  assert.deepEqual(parseSessionFile(JSON.stringify(older)), record);
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
    [damaged((f) => { f.session.updated = 'yesterday'; }), /should be a date and time/],
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

const refuses = (change, message) => {
  const s = structuredClone(record);
  change(s);
  assert.throws(() => validateSession(s), (err) => err instanceof SessionFileError && message.test(err.message), message.source);
};
const accepts = (change) => {
  const s = structuredClone(record);
  change(s);
  assert.deepEqual(validateSession(s), s);
};

test('schema: only days of the calendar and strict ISO times, as the core reads them', () => {
  refuses((s) => { s.articles[0].date = '2024-02-30'; }, /2024-02-30 is not a day of the calendar/);
  refuses((s) => { s.articles[0].date = '2023-02-29'; }, /not a day of the calendar/);
  refuses((s) => { s.articles[0].date = '2024-13-01'; }, /not a day of the calendar/);
  accepts((s) => { s.articles[0].date = '2024-02-29'; });
  for (const loose of ['1', 'Tue 2', '2025-03-14', '2025-03-14 10:00:00Z', '2025-02-30T10:00:00Z', '2025-03-14T24:00:00Z', '2025-03-14T10:00:00'])
    refuses((s) => { s.created = loose; }, /should be a date and time such as/);
  accepts((s) => { s.created = '2025-03-14T10:00:00+01:00'; s.updated = '2025-03-14T10:00Z'; });
});

test('schema: a lone surrogate in a short field is refused; the writer repairs it (fit)', () => {
  refuses((s) => { s.articles[0].title = 'Bridge \uD800 news'; }, /Article 1's title holds a broken character/);
  refuses((s) => { s.name = '\uDC00'; }, /session name holds a broken character/);
  refuses((s) => { s.reviews[0].note = 'x\uD83D'; }, /note holds a broken character/);
  accepts((s) => { s.articles[0].title = fit('Bridge \uD800 news', LIMITS.title); });
  assert.equal(fit('a\uD800b\uDC00', 10), 'a\uFFFDb\uFFFD');
  assert.equal(fit('ab\uD83D\uDE00c', 3), 'ab', 'a pair is never split');
});

// What the page writes must read back: every limit of the reader, met by the writer's cut.
test('schema: the writer cuts to what the reader accepts (title, note, source, imported name)', () => {
  refuses((s) => { s.articles[0].title = 'T'.repeat(LIMITS.title + 1); }, /title is too long/);
  accepts((s) => { s.articles[0].title = fit('T'.repeat(LIMITS.title + 500), LIMITS.title); });
  refuses((s) => { s.reviews[0].note = 'n'.repeat(LIMITS.note + 1); }, /note is too long/);
  accepts((s) => { s.reviews[0].note = fit('n'.repeat(LIMITS.note + 1), LIMITS.note); });
  refuses((s) => { s.reviews[0].sources = ['s'.repeat(LIMITS.source + 1)]; }, /source 1 is too long/);
  const long = 'N'.repeat(LIMITS.name);
  refuses((s) => { s.name = `${long} (imported)`; }, /session name is too long/);
  accepts((s) => { s.name = importedName(long); });
  assert.ok(importedName(long).endsWith(' (imported)'));
  assert.equal(importedName('Bridge'), 'Bridge (imported)');
});

test('schema: at most LIMITS.articles articles; a session of exactly that many reads', () => {
  const many = (n) => ({ ...record, reviews: [], articles: Array.from({ length: n }, (_, i) => ({ id: `a${i}`, title: '', text: `Text ${i}.`, date: null })) });
  assert.equal(validateSession(many(LIMITS.articles)).articles.length, LIMITS.articles);
  assert.throws(() => validateSession(many(LIMITS.articles + 1)), new RegExp(`${LIMITS.articles + 1} articles; a session holds at most ${LIMITS.articles}`));
});

test('schema: articles with no text are left out of an import, and counted', () => {
  const s = structuredClone(record);
  s.articles.push({ id: 'blank', title: 'Empty', text: ' \n\t ', date: null });
  s.reviews.push({ article: 'blank', start: 0, end: 1, text: ' ', speaker: null, verdict: '', note: 'kept?', sources: [], updated: s.updated });
  const { session, blank, lost } = withoutBlankArticles(validateSession(s));
  assert.deepEqual([blank, lost], [1, 1]);
  assert.deepEqual(session.articles.map((a) => a.id), ['x1']);
  assert.deepEqual(session.reviews, record.reviews);
  assert.deepEqual(withoutBlankArticles(record), { session: record, blank: 0, lost: 0 });
});

// cmark-gfm is GitHub's own renderer (Debian package, scripts/setup.sh): the report rendered
// with its autolink extension links exactly the sources the reader gave.
test('Markdown report: no URL, www. or e-mail address in the text becomes a link', () => {
  const TRAPS = 'See www.example.com, http://evil.example/x and https://evil.example/y, ftp://evil.example/z, write to eve@evil.example or mailto:eve@evil.example';
  const text = `"${TRAPS}," said Ines Varga.`;
  const quoted = `${TRAPS},`;
  const start = text.indexOf(quoted);
  const r = {
    ...record,
    name: 'Checks of www.example.net',
    articles: [{ id: 'x1', title: 'From bob@example.com', text, date: null }],
    reviews: [{ article: 'x1', start, end: start + quoted.length, text: quoted, speaker: 'Ines Varga', verdict: 'false', note: `Note: ${TRAPS}`, sources: ['https://example.org/a', 'mailto:desk@example.org', 'www.example.org/b', 'javascript:alert(1)'], updated: record.updated }],
  };
  const core = {
    articles: [{ id: 'a1' }],
    speakers: [{ id: 'p1', name: 'Ines Varga', kind: 'person', title: '', aliases: [], mentions: [] }],
    claims: [{ id: 'c1', article: 'a1', speaker: 'p1', speaker_name: 'Ines Varga', text: quoted, start, end: start + quoted.length, kind: 'direct', facts: [] }],
    links: [],
  };
  const report = toMarkdownReport(r, joinSession(r, core));
  const html = execFileSync('cmark-gfm', ['--extension', 'autolink'], { input: report, encoding: 'utf8' });
  const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
  assert.deepEqual(links, ['https://example.org/a', 'mailto:desk@example.org'], html);
  // The text is all still there, as text (the word joiner after "@" shows nothing).
  const shown = html.replace(/<[^>]+>/g, '').replaceAll('\u2060', '').replaceAll('&amp;', '&');
  assert.ok(shown.includes(TRAPS), shown);
  assert.ok(shown.includes('From bob@example.com'));
});
