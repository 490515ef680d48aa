// Exports of one article's annotation: JSON (the annotation and its text), Markdown (speakers,
// then claims grouped by speaker), and a one-line citation of a claim. Pure string building.

import { kindLabel } from './draw-article.js';

export const EXPORT_FORMAT = 'whosaid-article';

/** JSON with everything needed to redraw the article: the text and the annotation as received. */
export function toJson({ title, text, annotation }) {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: 1, title, text, annotation }, null, 2)}\n`;
}

// Markdown: backslash-escape what could become markup (HTML tags, links, emphasis, tables),
// so article text never turns into markup in whatever renders the file; lines folded.
const mdText = (s) => String(s).replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>|~&#]/g, '\\$&');
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

export function toMarkdown({ title, annotation }) {
  const speakers = annotation.speakers || [];
  const claims = annotation.claims || [];
  const out = [`# ${mdText(title)}`, '', `${plural(claims.length, 'claim', 'claims')} by ${plural(speakers.filter((s) => s.claim_count > 0).length, 'speaker', 'speakers')} (whosaid ${mdText(annotation.version ?? '')}).`, ''];

  out.push('## Speakers', '');
  if (speakers.length === 0) out.push('None found.', '');
  for (const s of speakers) {
    const details = [s.kind === 'organization' ? 'organisation' : s.kind, s.title].filter(Boolean).map(mdText);
    const aliases = (s.aliases || []).filter((a) => a && a !== s.name).map(mdText);
    out.push(`- **${mdText(s.name)}** (${details.join(', ')})${aliases.length ? `, also: ${aliases.join(', ')}` : ''}: ${plural(s.claim_count ?? 0, 'claim', 'claims')}`);
  }
  if (speakers.length) out.push('');

  out.push('## Claims', '');
  const groups = [...speakers.map((s) => ({ name: s.name, claims: claims.filter((c) => c.speaker === s.id) })),
    { name: 'Unattributed', claims: claims.filter((c) => c.speaker == null) }];
  if (claims.length === 0) out.push('None found.', '');
  for (const g of groups.filter((group) => group.claims.length)) {
    out.push(`### ${mdText(g.name)}`, '');
    for (const c of g.claims) {
      const cue = c.cue?.text ? `; cue “${mdText(c.cue.text)}”` : '';
      const via = c.via ? `; via ${mdText(c.via)}` : '';
      out.push(`- “${mdText(c.text)}” (${kindLabel(c.kind)}${cue}${via})`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** “claim text” — Speaker, quoted in “Article title” (or “reported in” for reported speech). */
export function citation(claim, speaker, title) {
  const who = speaker?.name ?? claim.speaker_name ?? 'unattributed';
  const how = claim.kind === 'indirect' ? 'reported in' : 'quoted in';
  const text = String(claim.text).replace(/\s+/g, ' ').trim();
  return `“${text}” — ${who}, ${how} “${title}”`;
}

/** A file name from a title: "whosaid-council-approves-new-cycle-lanes.md". */
export function exportFileName(title, extension) {
  const slug = String(title).normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `whosaid-${slug || 'article'}.${extension}`;
}
