// Applies the reader's corrections to one article's annotation (the core's JSON for that
// text): the overlay and the speaker panel then show the corrected reading. Pure. Corrected
// or added claims and speakers carry `by: "reader"` (and `was`: the machine's speaker name).

import { findQuote } from '../session/quote-anchor.js';

const READER_REASON = 'marked by you';

/** → the annotation as corrected (the input is left as it is). */
export function correctAnnotation(annotation, text, articleId, corrections = []) {
  if (!annotation || corrections.length === 0) return annotation;
  let claims = (annotation.claims ?? []).map((c) => ({ ...c }));
  let speakers = (annotation.speakers ?? []).map((s) => ({ ...s, aliases: [...(s.aliases ?? [])], mentions: [...(s.mentions ?? [])] }));
  let boilerplate = [...(annotation.boilerplate ?? [])];
  let added = 0;
  const named = (name) => speakers.find((s) => s.name === name) ?? speakers.find((s) => s.aliases.includes(name));
  const speakerFor = (name) => {
    if (name == null) return null;
    let s = named(name);
    if (!s) {
      s = { id: `reader-${++added}`, name, kind: 'person', title: '', aliases: [], mentions: [], claim_count: 0, by: 'reader' };
      speakers.push(s);
    }
    return s;
  };
  const attribute = (claim, s) => {
    if (!('was' in claim) && !claim.added) claim.was = claim.speaker_name ?? null;
    claim.speaker = s?.id ?? null;
    claim.speaker_name = s?.name ?? null;
    claim.by = 'reader';
  };
  const place = (c) => (c.article === articleId ? findQuote(c, text) : null);
  const claimAt = (at) => at && claims.find((x) => x.start === at.start && x.end === at.end);

  for (const c of corrections) {
    if (c.kind === 'speaker') {
      const claim = claimAt(place(c));
      if (claim) attribute(claim, speakerFor(c.speaker));
    } else if (c.kind === 'delete') {
      const claim = claimAt(place(c));
      if (claim) claims = claims.filter((x) => x !== claim);
    } else if (c.kind === 'add') {
      const at = place(c);
      if (!at || claimAt(at)) continue;
      const s = speakerFor(c.speaker);
      claims.push({
        id: `reader-${c.id}`, start: at.start, end: at.end, text: text.slice(at.start, at.end), kind: c.claimKind,
        speaker: s?.id ?? null, speaker_name: s?.name ?? null, cue: c.cue ? { text: c.cue } : null, via: '', confidence: null, by: 'reader', added: true,
      });
    } else if (c.kind === 'furniture') {
      const at = place(c);
      if (!at) continue;
      boilerplate = boilerplate.filter((b) => b.end <= at.start || b.start >= at.end);
      if (c.noise) boilerplate.push({ start: at.start, end: at.end, text: text.slice(at.start, at.end), reason: READER_REASON, by: 'reader' });
    } else if (c.kind === 'rename') {
      const s = named(c.from);
      if (!s) continue;
      if (!s.aliases.includes(s.name)) s.aliases.push(s.name);
      s.name = c.to;
      s.by = 'reader';
      for (const claim of claims) if (claim.speaker === s.id) claim.speaker_name = c.to;
    } else if (c.kind === 'merge') {
      const from = named(c.from);
      if (!from) continue;
      const into = named(c.into);
      if (!into) { // the other one speaks only in another article: this one takes the name
        if (!from.aliases.includes(from.name)) from.aliases.push(from.name);
        from.name = c.into;
        from.by = 'reader';
        for (const claim of claims) if (claim.speaker === from.id) claim.speaker_name = c.into;
        continue;
      }
      if (into === from) continue;
      for (const claim of claims) if (claim.speaker === from.id) attribute(claim, into);
      into.mentions.push(...from.mentions);
      into.aliases.push(...[from.name, ...from.aliases].filter((a) => a !== into.name && !into.aliases.includes(a)));
      into.by = 'reader';
      speakers = speakers.filter((s) => s !== from);
    } else if (c.kind === 'not-speaker') {
      const s = named(c.name);
      if (!s) continue;
      for (const claim of claims) if (claim.speaker === s.id) attribute(claim, null);
      speakers = speakers.filter((x) => x !== s);
    }
  }
  claims.sort((a, b) => a.start - b.start || b.end - a.end);
  boilerplate.sort((a, b) => a.start - b.start);
  for (const s of speakers) s.claim_count = claims.filter((c) => c.speaker === s.id).length;
  speakers = speakers.filter((s) => s.by !== 'reader' || s.claim_count > 0 || s.mentions.length > 0);
  return { ...annotation, claims, speakers, boilerplate };
}
