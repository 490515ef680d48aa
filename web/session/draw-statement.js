// One statement in the session view: its versions across outlets (the first as it appeared
// first, each other with its relation, outlet and date and the words it uses that the first
// does not), the versions that differ as findings of their own, the statement's one review
// form, and any review of a version made apart from it (kept, deletable). Text nodes only
// (never markup from the articles); no data-claim-id (that belongs to #article).

import { kindLabel } from '../shared/claim-kinds.js';
import { differingWords, factTitle, sourceWords } from './model.js';
import { VERDICTS, verdictLabel } from './schema.js';

export const el = (tag, props = {}, ...children) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children.filter((c) => c != null && c !== false));
  return e;
};

const labelled = (e, label) => {
  e.setAttribute('aria-label', label);
  return e;
};

export const RELATION_WORDS = { same: 'same statement', conflict: 'differs', related: 'related' };

/**
 * The claim text with its facts as chips (title: the normalised value); with `comparedTo`
 * (another version's text), the words this one uses and that one does not are marked.
 */
export function claimWithFacts(claim, comparedTo = null) {
  const out = el('span', { className: 'claim-text' });
  const text = claim.article.text;
  const differs = comparedTo == null ? [] : differingWords(text.slice(claim.start, claim.end), comparedTo)
    .map((w) => ({ start: w.start + claim.start, end: w.end + claim.start }));
  let d = 0;
  const plain = (from, to) => { // text with its differing words marked
    let at = from;
    for (; d < differs.length && differs[d].start < to; d++) {
      const w = differs[d];
      if (w.start < at) continue;
      out.append(text.slice(at, w.start), el('mark', { className: 'differs-word', textContent: text.slice(w.start, w.end) }));
      at = w.end;
    }
    out.append(text.slice(at, to));
  };
  let at = claim.start;
  const facts = [...claim.facts].filter((f) => f.start >= claim.start && f.end <= claim.end).sort((a, b) => a.start - b.start);
  for (const f of facts) {
    if (f.start < at) continue; // overlapping facts: the first wins
    plain(at, f.start);
    out.append(el('mark', { className: `fact fact-${f.kind}`, title: factTitle(f), textContent: text.slice(f.start, f.end) }));
    at = f.end;
    while (d < differs.length && differs[d].start < at) d++; // a figure is marked as a fact
  }
  plain(at, claim.end);
  return out;
}

function reviewForm(review, n) {
  const id = (field) => `review-${n}-${field}`;
  const select = el('select', { id: id('verdict'), className: 'verdict' });
  select.dataset.field = 'verdict';
  select.append(el('option', { value: '', textContent: 'Not reviewed' }),
    ...VERDICTS.map(([value, label]) => el('option', { value, textContent: label })));
  select.value = review?.verdict ?? '';
  const note = el('textarea', { id: id('note'), rows: 2, value: review?.note ?? '' });
  note.dataset.field = 'note';
  const sources = el('textarea', { id: id('sources'), rows: 2, value: (review?.sources ?? []).join('\n'), spellcheck: false });
  sources.dataset.field = 'sources';
  const field = (name, label, control) =>
    el('div', { className: `field field-${name}` }, el('label', { htmlFor: id(name), textContent: label }), control);
  return el('div', { className: 'review-form' },
    field('verdict', 'Verdict', select), field('note', 'Note', note), field('sources', 'Sources (one per line)', sources));
}

/** How a claim the reader corrected says so, apart from the machine's reading. */
const readerNote = (claim) => ('was' in claim ? ` (your correction; the machine said: ${claim.was ?? 'unattributed'})` : ' (added by you)');

export function deleteButton(review, label) {
  const button = el('button', { type: 'button', className: 'quiet delete-review', textContent: label });
  button.dataset.deleteReview = review.id;
  return button;
}

/** "Show in its article": the version's place in its tab (controller: jump and back). */
function jumpButton(claim) {
  const button = el('button', { type: 'button', className: 'quiet jump-to-article', textContent: 'Show in its article' });
  button.dataset.jumpClaim = claim.key;
  return button;
}

function ownVersion(claim) {
  return el('div', { className: 'version own' },
    el('p', { className: 'who' }, `${claim.speaker ?? 'Unattributed'}, ${kindLabel(claim.kind)}`,
      claim.by === 'reader' ? el('span', { className: 'by-reader-note', textContent: readerNote(claim) }) : null,
      el('span', { className: 'where', textContent: ` · ${sourceWords(claim.article)}` })),
    el('blockquote', {}, claimWithFacts(claim)), jumpButton(claim));
}

function otherVersion(v, lead) {
  const box = el('div', { className: `version other rel-${v.relation}` },
    el('p', { className: 'who' },
      el('span', { className: 'relation', textContent: `${RELATION_WORDS[v.relation]} ${v.score.toFixed(2)}` }),
      ` ${sourceWords(v.claim.article)}`),
    el('blockquote', {}, claimWithFacts(v.claim, v.relation === 'related' ? null : lead.text)), jumpButton(v.claim));
  box.dataset.relation = v.relation;
  box.dataset.otherClaim = v.claim.id;
  return box;
}

/** The versions that differ from the first, each a finding of its own. */
function findings(statement) {
  if (!statement.differs.length) return null;
  const first = sourceWords(statement.lead.article);
  return labelled(el('ul', { className: 'findings' }, ...statement.differs.map((v) =>
    el('li', { className: 'finding' }, `${sourceWords(v.claim.article)} differs from ${first}: “${v.claim.text}”`))), 'Findings');
}

/** Reviews of single versions made apart from the statement's: kept, shown, deletable. */
function otherReviews(statement) {
  if (!statement.otherReviews.length) return null;
  return labelled(el('ul', { className: 'other-reviews' }, ...statement.otherReviews.map((r) =>
    el('li', {}, `Also reviewed apart: “${r.text}”${r.verdict ? `, ${verdictLabel(r.verdict)}` : ''}${r.note ? `: ${r.note}` : ''} `,
      deleteButton(r, 'Delete this review')))), 'Other reviews of its versions');
}

/** The statement's list item; n numbers its review form's ids. */
export function drawStatement(statement, n) {
  const { lead, review } = statement;
  const item = el('li', { className: `review statement${review?.verdict ? ` verdict-${review.verdict}` : ''}`, tabIndex: -1 });
  item.dataset.reviewKey = statement.key;
  item.dataset.statement = statement.id;
  const count = statement.claims.length;
  const others = [...statement.versions, ...statement.related].map((v) => otherVersion(v, lead));
  const row = labelled(el('div', { className: 'versions' }, ownVersion(lead), ...others),
    count > 1 ? `One statement in ${count} versions` : 'This statement');
  row.setAttribute('role', 'group');
  item.append(...[row, findings(statement), otherReviews(statement), reviewForm(review, n)].filter(Boolean));
  if (review) item.append(deleteButton(review, 'Delete review'));
  return item;
}
