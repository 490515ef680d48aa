// A Markdown report of a session, to paste into an article: the articles, then every
// reviewed statement with its verdict, note, sources and the other outlets' versions.
// Article text is backslash-escaped so it never becomes markup, and kept from autolinking (a
// GitHub-flavoured renderer links bare URLs, www. and e-mail addresses): only the sources the
// reader gave, when http(s) or mailto, are links. Checked with cmark-gfm (tests/js).

import { kindLabel } from '../shared/claim-kinds.js';
import { isWebUrl } from './model.js';
import { verdictLabel } from './schema.js';
import { describeCorrection } from '../corrections/corrections.js';

// GFM's autolinks start at "www." or a "scheme://" (found while parsing, so an escaped "." or
// ":" stops them) or are e-mail addresses (found afterwards in the unescaped text, so only a
// character between "@" and the domain stops them: U+2060 WORD JOINER, which shows nothing).
const NO_AUTOLINK = [
  [/\b(www)\./gi, '$1\\.'],
  [/:(?=\/\/)/g, '\\:'],
  [/@/g, '@\u2060'],
];
const md = (s) => NO_AUTOLINK.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement),
  String(s).replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>|~&#!]/g, '\\$&'));
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
const isMailto = (s) => /^mailto:[^\s<>@]+@[^\s<>@]+$/i.test(s.trim());
const source = (s) => (isWebUrl(s) || isMailto(s) ? `<${s.trim().replace(/[<>\s]/g, encodeURIComponent)}>` : md(s));

export function toMarkdownReport(record, joined) {
  const reviewed = joined.statements.filter((s) => s.review && (s.review.verdict || s.review.note || s.review.sources.length));
  const out = [`# ${md(record.name)}`, ''];
  out.push(`${plural(joined.articles.length, 'article', 'articles')}, ${plural(joined.statements.length, 'statement', 'statements')} (${plural(joined.claims.length, 'claim', 'claims')}), ${plural(reviewed.length, 'statement reviewed', 'statements reviewed')}.`, '');
  out.push('## Articles', '');
  joined.articles.forEach((a, i) => out.push(`${i + 1}. ${md(a.title)}${a.date ? ` (${a.date})` : ''}`));
  out.push('');
  out.push('## Reviewed statements', '');
  if (reviewed.length === 0) out.push('None yet.', '');
  for (const s of reviewed) {
    const c = s.lead;
    const r = s.review;
    out.push(`### ${r.verdict ? md(verdictLabel(r.verdict)) : 'No verdict yet'}: ${md(c.speaker ?? 'Unattributed')}`, '');
    out.push(`> ${md(c.text)}`, '');
    out.push(`${kindLabel(c.kind)[0].toUpperCase()}${kindLabel(c.kind).slice(1)} in *${md(c.article.title)}*.${c.by === 'reader' ? ('was' in c ? ' Speaker corrected by you.' : ' Claim added by you.') : ''}`);
    if (r.note) out.push('', md(r.note));
    const others = s.versions;
    if (others.length) {
      out.push('', 'Other outlets:');
      for (const v of others) out.push(`- *${md(v.claim.article.title)}* (${v.relation === 'conflict' ? 'differs' : 'same statement'}): “${md(v.claim.text)}”`);
    }
    if (r.sources.length) {
      out.push('', 'Sources:');
      for (const s of r.sources) out.push(`- ${source(s)}`);
    }
    out.push('');
  }
  if (joined.corrections?.length) {
    out.push('## Your corrections of the machine’s reading', '');
    for (const c of joined.corrections) out.push(`- ${md(describeCorrection(c))}`);
    out.push('');
  }
  if (joined.orphans.length) {
    out.push('## Earlier reviews of passages no longer in the articles', '');
    for (const r of joined.orphans) out.push(`- ${r.verdict ? `${md(verdictLabel(r.verdict))}: ` : ''}“${md(r.text)}”${r.note ? `: ${md(r.note)}` : ''}`);
    out.push('');
  }
  return out.join('\n');
}
