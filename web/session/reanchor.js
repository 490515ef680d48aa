// Keeps every review attached to its passage as the articles change: each review (and each
// orphan, a review whose passage is gone) is looked for by quote and context; found, it is a
// review at its new place; not found, it is an orphan, kept and shown, never dropped. Pure.

import { findQuote, quoteOf } from './quote-anchor.js';
import { reviewKey } from './schema.js';

const withoutOrphanFields = ({ articleTitle, ...review }) => review;

/**
 * articles: [{id, title, text}] now open; reviews, orphans: as stored; titles: Map of
 * article id -> title, for naming the article an orphan came from.
 * → {reviews, orphans, orphaned (reviews that lost their passage), recovered (orphans placed again)}
 */
export function reanchor(articles, reviews, orphans = [], titles = new Map()) {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const taken = new Set();
  const out = { reviews: [], orphans: [], orphaned: 0, recovered: 0 };

  const place = (r, article, found) => {
    const key = reviewKey(article.id, found.start, found.end);
    if (taken.has(key)) return false; // two reviews of one passage: the first keeps it
    taken.add(key);
    const { prefix, suffix } = quoteOf(article.text, found.start, found.end);
    out.reviews.push({ ...withoutOrphanFields(r), article: article.id, start: found.start, end: found.end, prefix, suffix });
    return true;
  };
  const findFor = (r, wasOrphan) => {
    const own = byId.get(r.article);
    if (own) {
      const found = findQuote(r, own.text);
      return found ? [own, found] : null;
    }
    if (!wasOrphan) return null;
    // Its article was closed: the same passage, with its context, in an article opened since.
    for (const a of articles) {
      const found = findQuote(r, a.text);
      if (found) return [a, found];
    }
    return null;
  };

  for (const [list, wasOrphan] of [[reviews, false], [orphans, true]]) {
    for (const r of list) {
      const hit = findFor(r, wasOrphan);
      if (hit && place(r, ...hit)) {
        if (wasOrphan) out.recovered++;
        continue;
      }
      if (!wasOrphan) out.orphaned++;
      const articleTitle = wasOrphan ? (r.articleTitle ?? '') : (titles.get(r.article) ?? byId.get(r.article)?.title ?? '');
      out.orphans.push({ ...r, articleTitle });
    }
  }
  return out;
}
