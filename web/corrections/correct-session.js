// Applies the reader's corrections to the joined session (model.js): its claims (by passage,
// in their article's text) and its speakers merged across articles (by name). Pure; works on
// the lists it is given. Corrected and added claims carry `by: "reader"` and `was`.

import { findQuote } from '../session/quote-anchor.js';
import { reviewKey } from '../session/schema.js';

/**
 * joined: {articles: [{uid, text}], claims, speakers}; reviewOf(key) → the review or null.
 * → {claims, speakers}
 */
export function correctSession(joined, corrections = [], reviewOf = () => null) {
  if (corrections.length === 0) return { claims: joined.claims, speakers: joined.speakers };
  let claims = [...joined.claims];
  let speakers = joined.speakers.map((s) => Object.assign(s, { aliases: [...s.aliases], perArticle: [...s.perArticle] }));
  const articles = new Map(joined.articles.map((a) => [a.uid, a]));
  const named = (name) => speakers.find((s) => s.name === name) ?? speakers.find((s) => s.aliases.includes(name));
  const ensure = (name) => {
    if (name != null && !named(name)) speakers.push({ id: `reader-${name}`, name, kind: 'person', title: '', aliases: [], perArticle: [], by: 'reader' });
    return name;
  };
  const attribute = (claim, name) => {
    if (!('was' in claim) && !claim.added) claim.was = claim.speaker;
    claim.speaker = ensure(name);
    claim.speakerKind = name == null ? null : named(name)?.kind ?? 'person';
    claim.by = 'reader';
  };
  const locate = (c) => {
    const article = articles.get(c.article);
    const at = article && findQuote(c, article.text);
    return at && { article, ...at };
  };
  const claimAt = (at) => at && claims.find((x) => x.article === at.article && x.start === at.start && x.end === at.end);

  for (const c of corrections) {
    if (c.kind === 'speaker') {
      const claim = claimAt(locate(c));
      if (claim) attribute(claim, c.speaker);
    } else if (c.kind === 'delete') {
      const claim = claimAt(locate(c));
      if (claim) claims = claims.filter((x) => x !== claim);
    } else if (c.kind === 'add') {
      const at = locate(c);
      if (!at || claimAt(at)) continue;
      const key = reviewKey(at.article.uid, at.start, at.end);
      claims.push({
        id: `reader-${c.id}`, key, article: at.article, start: at.start, end: at.end, text: at.article.text.slice(at.start, at.end),
        kind: c.claimKind, speaker: ensure(c.speaker), speakerKind: c.speaker == null ? null : named(c.speaker)?.kind ?? 'person',
        facts: [], review: reviewOf(key), versions: [], by: 'reader', added: true, cue: c.cue || null,
      });
    } else if (c.kind === 'rename' || c.kind === 'merge') {
      const from = named(c.from);
      const to = c.kind === 'rename' ? c.to : c.into;
      if (!from || from.name === to) continue;
      const into = c.kind === 'merge' ? named(to) : null;
      for (const claim of claims) if (claim.speaker === from.name) attribute(claim, to);
      if (into && into !== from) {
        into.aliases.push(...[from.name, ...from.aliases].filter((a) => a !== into.name && !into.aliases.includes(a)));
        into.perArticle.push(...from.perArticle);
        into.by = 'reader';
        speakers = speakers.filter((s) => s !== from);
      } else {
        if (!from.aliases.includes(from.name)) from.aliases.push(from.name);
        from.name = to;
        from.by = 'reader';
      }
    } else if (c.kind === 'not-speaker') {
      const s = named(c.name);
      if (!s) continue;
      for (const claim of claims) if (claim.speaker === s.name) attribute(claim, null);
      speakers = speakers.filter((x) => x !== s);
    }
  }
  claims.sort((a, b) => a.article.index - b.article.index || a.start - b.start);
  const kept = new Set(claims);
  for (const c of claims) c.versions = c.versions.filter((v) => kept.has(v.claim));
  return { claims, speakers };
}
