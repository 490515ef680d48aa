// W3C Web Annotation (JSON-LD) of every claim in a session: one Annotation per claim, its
// target the article (its URL when known) with a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector.
// Positions count Unicode code points, as the Web Annotation model says, not UTF-16 units.

import { codePointIndex } from './codepoints.js';
import { kindLabel } from '../shared/claim-kinds.js';
import { isWebUrl } from './model.js';
import { verdictLabel } from './schema.js';

const CONTEXT_CODE_POINTS = 32;

export const articleIri = (sessionId, articleUid) =>
  `urn:whosaid:${encodeURIComponent(sessionId)}:article:${encodeURIComponent(articleUid)}`;

/**
 * The annotated article: its web address when known, so that Hypothesis or any W3C client can
 * anchor the quote on the page itself; else an urn: of this session (the text as pasted).
 */
const articleSource = (record, article) => (article.url
  ? { id: article.url, type: 'Text', title: article.title }
  : { id: articleIri(record.id, article.uid), type: 'Text', format: 'text/plain', title: article.title });

/** Selectors for [start, end) UTF-16 units of `text` (index: codePointIndex(text)). */
export function selectorsFor(text, index, start, end) {
  const s = index.toCodePoints(start), e = index.toCodePoints(end);
  const cps = (a, b) => text.slice(index.toUtf16(Math.max(0, a)), index.toUtf16(Math.min(index.length, b)));
  return [
    { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: cps(s - CONTEXT_CODE_POINTS, s), suffix: cps(e, e + CONTEXT_CODE_POINTS) },
    { type: 'TextPositionSelector', start: s, end: e },
  ];
}

/** The bodies of a review: its verdict, note and sources (only http(s) ones as links). */
function reviewBodies(r) {
  const body = [];
  if (r?.verdict) body.push({ type: 'TextualBody', purpose: 'assessing', format: 'text/plain', value: verdictLabel(r.verdict) });
  if (r?.note) body.push({ type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: r.note });
  for (const src of r?.sources ?? []) {
    body.push(isWebUrl(src)
      ? { type: 'SpecificResource', purpose: 'linking', source: src.trim() }
      : { type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: `Source: ${src}` });
  }
  return body;
}

/**
 * A review whose passage is gone (edited away, its article closed): kept in the export with
 * its quote and context only, since no position in the current text is its.
 */
const orphanItem = (record, r) => ({
  id: `${articleIri(record.id, r.article)}:review:${encodeURIComponent(r.id)}`,
  type: 'Annotation',
  creator: { type: 'Person', name: 'the reader' },
  motivation: r.verdict ? 'assessing' : 'commenting',
  modified: r.updated,
  body: [{ type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: `${r.speaker ?? 'Unattributed'} (passage no longer in the article)` },
    ...reviewBodies(r)],
  target: {
    source: { id: articleIri(record.id, r.article), type: 'Text', format: 'text/plain', title: r.articleTitle ?? '' },
    selector: [{ type: 'TextQuoteSelector', exact: r.text, prefix: r.prefix ?? '', suffix: r.suffix ?? '' }],
  },
});

/** joined: joinSession(record, core); record: the stored session. */
export function toWebAnnotation(record, joined, { generated = new Date().toISOString() } = {}) {
  const indexes = new Map(joined.articles.map((a) => [a.uid, codePointIndex(a.text)]));
  const items = joined.claims.map((c) => {
    const body = [{
      type: 'TextualBody', purpose: 'describing', format: 'text/plain',
      value: `${c.speaker ?? 'Unattributed'} (${kindLabel(c.kind)})`,
    }];
    if (c.by === 'reader') {
      body.push({ type: 'TextualBody', purpose: 'editing', format: 'text/plain',
        value: 'was' in c ? `Corrected by the reader; the machine said: ${c.was ?? 'unattributed'}` : 'Claim added by the reader' });
    }
    const r = c.review;
    body.push(...reviewBodies(r));
    return {
      id: `${articleIri(record.id, c.article.uid)}:claim:${c.start}-${c.end}`,
      type: 'Annotation',
      // Whose reading it is: the reader's correction, or the machine's.
      creator: c.by === 'reader' ? { type: 'Person', name: 'the reader' } : { type: 'Software', name: 'whosaid' },
      motivation: r?.verdict ? 'assessing' : 'identifying',
      ...(r ? { modified: r.updated } : {}),
      body,
      target: {
        source: articleSource(record, c.article),
        selector: selectorsFor(c.article.text, indexes.get(c.article.uid), c.start, c.end),
      },
    };
  });
  items.push(...(joined.orphans ?? []).map((r) => orphanItem(record, r)));
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:whosaid:${encodeURIComponent(record.id)}`,
    type: 'AnnotationCollection',
    label: record.name,
    generated,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/**
 * Applies an annotation's selectors to `text` (the reverse of selectorsFor): the UTF-16
 * [start, end) the position selector names, checked against the quote; null if they disagree.
 */
export function anchorSelectors(text, selectors) {
  const index = codePointIndex(text);
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  if (!quote || !position) return null;
  const start = index.toUtf16(position.start), end = index.toUtf16(position.end);
  if (text.slice(start, end) !== quote.exact) return null;
  if (!text.slice(0, start).endsWith(quote.prefix) || !text.slice(end).startsWith(quote.suffix)) return null;
  return { start, end };
}
