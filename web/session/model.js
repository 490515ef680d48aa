// Joins the core's session (docs/session.md; computed from the record's articles, in order:
// core article "a1" is record.articles[0]) with the stored record (titles, reviews).
// Pure: no DOM, no storage. Views and exports read the joined shape.

import { correctSession } from '../corrections/correct-session.js';
import { articleTitle } from '../shared/title.js';
import { reviewKey } from './schema.js';
import { PER_STEP, finish } from '../shared/steps.js';
import { groupStatementsSteps } from './statements.js';

const TITLE_CHARS = 80;

/** An article's title in the session (the page's one rule, longer than a tab's). */
export const titleOf = (article, i) => articleTitle(article, { n: i + 1, max: TITLE_CHARS });

/**
 * → {articles: [{uid, title, text, date (publication), url, outlet, index}], speakers: [{id, name, kind, title, aliases, perArticle: [{article, count}]}],
 *    claims: [{id, key, article, articleClaim, start, end, text, speaker, kind, confidence, facts,
 *              ownReview (stored at its passage), review (its statement's), statement, versions: [{claim, relation, score}]}],
 *    statements: statements.js, orphans: reviews whose claim the core no longer finds}
 */
export function joinSession(record, core) {
  return finish(joinSessionSteps(record, core));
}

/** joinSession() as a generator that pauses every few thousand items (the view runs it in slices). */
export function* joinSessionSteps(record, core) {
  let n = 0;
  const articles = record.articles.map((a, index) => ({
    uid: a.id, title: titleOf(a, index), text: a.text, date: a.date ?? null, url: a.url ?? null, outlet: a.outlet ?? null, index,
  }));
  const byCoreId = new Map((core?.articles ?? []).map((a, i) => [a.id, articles[i]]));
  const reviews = new Map(record.reviews.map((r) => [reviewKey(r.article, r.start, r.end), r]));
  const speakers = [];
  for (const s of core?.speakers ?? []) {
    const counts = new Map();
    for (const m of s.mentions) counts.set(m.article, (counts.get(m.article) ?? 0) + 1);
    speakers.push({
      id: s.id, name: s.name, kind: s.kind, title: s.title, aliases: s.aliases ?? [],
      perArticle: [...counts].map(([a, count]) => ({ article: byCoreId.get(a), count })).filter((x) => x.article),
    });
    n += 1 + s.mentions.length;
    if (n >= PER_STEP) { n = 0; yield; }
  }
  const speakerById = new Map(speakers.map((s) => [s.id, s]));
  const claims = [];
  const byId = new Map();
  for (const c of core?.claims ?? []) {
    const article = byCoreId.get(c.article);
    if (!article || article.text.slice(c.start, c.end) !== c.text) continue; // not of these texts
    const key = reviewKey(article.uid, c.start, c.end);
    const claim = {
      id: c.id, key, article, articleClaim: c.article_claim ?? null, start: c.start, end: c.end, text: c.text, kind: c.kind,
      confidence: c.confidence ?? null,
      speaker: c.speaker == null ? null : (speakerById.get(c.speaker)?.name ?? c.speaker_name ?? null),
      speakerKind: speakerById.get(c.speaker)?.kind ?? null,
      facts: c.facts ?? [], review: reviews.get(key) ?? null, versions: [],
    };
    claims.push(claim);
    byId.set(c.id, claim);
    if (++n >= PER_STEP) { n = 0; yield; }
  }
  for (const l of core?.links ?? []) {
    const a = byId.get(l.a), b = byId.get(l.b);
    if (++n >= PER_STEP) { n = 0; yield; }
    if (!a || !b) continue;
    a.versions.push({ claim: b, relation: l.relation, score: l.score });
    b.versions.push({ claim: a, relation: l.relation, score: l.score });
  }
  const order = { same: 0, conflict: 1, related: 2 };
  for (const c of claims) {
    c.versions.sort((x, y) => order[x.relation] - order[y.relation] || y.score - x.score);
    if (++n >= PER_STEP) { n = 0; yield; }
  }
  yield;
  const corrected = correctSession({ articles, claims, speakers }, record.corrections ?? [], (key) => reviews.get(key) ?? null);
  yield;
  for (const c of corrected.claims) c.ownReview = c.review;
  const statements = yield* groupStatementsSteps(corrected.claims);
  const found = new Set(corrected.claims.map((c) => c.key));
  // Reviews whose passage is gone, and reviews of a passage the core no longer calls a claim.
  const titles = new Map(articles.map((a) => [a.uid, a.title]));
  const orphans = [...(record.orphans ?? []),
    ...record.reviews.filter((r) => !found.has(reviewKey(r.article, r.start, r.end))).map((r) => ({ ...r, articleTitle: titles.get(r.article) ?? '' }))];
  return { articles, speakers: corrected.speakers, claims: corrected.claims, statements, orphans, corrections: record.corrections ?? [] };
}

/** "USA Today, 2016-08-10": where and when a version appeared (the title when no outlet is known). */
export const sourceWords = (article) => [article.outlet || article.title, article.date].filter(Boolean).join(', ');

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const wordKey = (w) => w.toLowerCase().replace(/’/g, "'");

/**
 * The words of `text` (a version) that `other` (the claim it is compared with) does not use:
 * [{start, end}] offsets into `text`, for marking how one outlet's wording differs.
 */
export function differingWords(text, other) {
  const known = new Set([...String(other).matchAll(WORD)].map((m) => wordKey(m[0])));
  return [...String(text).matchAll(WORD)].filter((m) => !known.has(wordKey(m[0])))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** A fact's normalised value in words, for a tooltip: "duration PT1H (approximate), resolved 2024-11-15". */
export const factTitle = (f) =>
  `${f.kind.replace('_', ' ')}: ${f.value}${f.approx ? ' (approximate)' : ''}${f.resolved ? `, on ${f.resolved}` : ''}`;

/** Only http(s) URLs are links anywhere; every other source stays text. */
export const isWebUrl = (s) => {
  try {
    const u = new URL(s.trim());
    return (u.protocol === 'http:' || u.protocol === 'https:') && !/\s/.test(s.trim());
  } catch {
    return false;
  }
};
