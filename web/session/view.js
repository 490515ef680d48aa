// Draws the session view: the speakers merged across the open articles, and every claim with
// its facts marked, the other outlets' versions beside it, and its review form. Text nodes
// only (never markup from the articles); no data-claim-id (that belongs to #article).

import { differingWords, factTitle, kindWords, sourceWords } from './model.js';
import { VERDICTS, verdictLabel } from './schema.js';

const el = (tag, props = {}, ...children) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children.filter((c) => c != null && c !== false));
  return e;
};

const RELATION_WORDS = { same: 'same statement', conflict: 'differs', related: 'related' };

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

function drawSpeakers(list, joined) {
  list.replaceChildren(...joined.speakers.map((s) => {
    const where = s.perArticle.map((p) => `${p.article.title} (${p.count})`).join(' · ');
    const aliases = s.aliases.filter((a) => a !== s.name);
    return el('li', { className: 'session-speaker' },
      el('span', { className: 'name', textContent: s.name }),
      s.title ? el('span', { className: 'title', textContent: ` — ${s.title}` }) : null,
      aliases.length ? el('span', { className: 'aliases', textContent: `also: ${aliases.join(', ')}` }) : null,
      s.by === 'reader' ? el('span', { className: 'by-reader-note', textContent: ' (your correction)' }) : null,
      el('span', { className: 'where', textContent: `${s.perArticle.length} article${s.perArticle.length === 1 ? '' : 's'}: ${where}` }));
  }));
}

function reviewForm(claim, n) {
  const r = claim.review;
  const id = (field) => `review-${n}-${field}`;
  const select = el('select', { id: id('verdict'), className: 'verdict' });
  select.dataset.field = 'verdict';
  select.append(el('option', { value: '', textContent: 'Not reviewed' }),
    ...VERDICTS.map(([value, label]) => el('option', { value, textContent: label })));
  select.value = r?.verdict ?? '';
  const note = el('textarea', { id: id('note'), rows: 2, value: r?.note ?? '' });
  note.dataset.field = 'note';
  const sources = el('textarea', { id: id('sources'), rows: 2, value: (r?.sources ?? []).join('\n'), spellcheck: false });
  sources.dataset.field = 'sources';
  const field = (name, label, control) =>
    el('div', { className: `field field-${name}` }, el('label', { htmlFor: id(name), textContent: label }), control);
  return el('div', { className: 'review-form' },
    field('verdict', 'Verdict', select), field('note', 'Note', note), field('sources', 'Sources (one per line)', sources));
}

/** How a claim the reader corrected says so, apart from the machine's reading. */
const readerNote = (claim) => ('was' in claim ? ` (your correction; the machine said: ${claim.was ?? 'unattributed'})` : ' (added by you)');

function deleteButton(review, label) {
  const button = el('button', { type: 'button', className: 'quiet delete-review', textContent: label });
  button.dataset.deleteReview = review.id;
  return button;
}

/** Reviews whose passage is gone (edited away, article closed): kept, shown, deletable. */
function drawOrphans(box, joined) {
  const list = box.querySelector('ul');
  box.hidden = joined.orphans.length === 0;
  list.replaceChildren(...joined.orphans.map((r) => {
    const item = el('li', { className: `orphan${r.verdict ? ` verdict-${r.verdict}` : ''}` },
      el('blockquote', { textContent: r.text }),
      el('p', { className: 'who', textContent: [r.articleTitle && `from “${r.articleTitle}”`, r.speaker,
        r.verdict && `verdict: ${verdictLabel(r.verdict)}`].filter(Boolean).join(' · ') }),
      r.note ? el('p', { className: 'note', textContent: r.note }) : null,
      deleteButton(r, 'Delete this review'));
    item.dataset.orphanReview = r.id;
    return item;
  }));
}

function drawClaim(claim, n) {
  const item = el('li', { className: `review${claim.review?.verdict ? ` verdict-${claim.review.verdict}` : ''}` });
  item.dataset.reviewKey = claim.key;
  item.dataset.sessionClaim = claim.id;
  const own = el('div', { className: 'version own' },
    el('p', { className: 'who', textContent: `${claim.speaker ?? 'Unattributed'}, ${kindWords(claim.kind)}` },
      claim.by === 'reader' ? el('span', { className: 'by-reader-note', textContent: readerNote(claim) }) : null),
    el('blockquote', {}, claimWithFacts(claim)));
  const versions = claim.versions.map((v) => {
    const box = el('div', { className: `version other rel-${v.relation}` },
      el('p', { className: 'who' },
        el('span', { className: 'relation', textContent: `${RELATION_WORDS[v.relation]} ${v.score.toFixed(2)}` }),
        ` ${sourceWords(v.claim.article)}`),
      el('blockquote', {}, claimWithFacts(v.claim, v.relation === 'related' ? null : claim.text)));
    box.dataset.relation = v.relation;
    box.dataset.otherClaim = v.claim.id;
    return box;
  });
  const row = el('div', { className: 'versions' }, own, ...versions);
  row.setAttribute('aria-label', versions.length ? `This claim and ${versions.length} other outlet version(s)` : 'This claim');
  row.setAttribute('role', 'group');
  item.append(row, reviewForm(claim, n));
  if (claim.review) item.append(deleteButton(claim.review, 'Delete review'));
  return item;
}

/** The article's URL, outlet and publication date, editable (prefilled from what the input said). */
function sourceForm(a) {
  const field = (name, label, props) => {
    const id = `source-${name}-${a.index}`;
    const input = el('input', { id, value: a[name] ?? '', autocomplete: 'off', spellcheck: false, ...props });
    input.dataset.sourceField = name;
    input.dataset.article = a.uid;
    return el('span', { className: 'source-field' }, el('label', { htmlFor: id, textContent: label }), input);
  };
  return el('div', { className: 'article-source' },
    field('outlet', 'Outlet', { type: 'text', maxLength: 1000 }),
    field('url', 'URL', { type: 'url', maxLength: 4000, placeholder: 'https://' }),
    field('date', 'Published', { type: 'date' }));
}

// A 5 MB article has ~50,000 claims: drawn at once, 580,000 DOM nodes and a freeze of 20 s.
// Each article's list is drawn BATCH claims at a time, the next batch when the end of the list
// comes within a screen or two of the viewport; numbering (the review ids) runs on regardless.
const BATCH = 100;
let lists = null; // the view's lazy lists, replaced at each drawing

class LazyLists {
  constructor() {
    this.pending = new Map(); // sentinel element -> draws the next batch, true when none is left
    this.observer = typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((entries) => {
        for (const e of entries) if (e.isIntersecting) this.more(e.target);
      }, { rootMargin: '1500px 0px' })
      : null;
  }

  add(section, claims, first) {
    const ol = el('ol', { className: 'reviews' });
    section.append(ol);
    let next = 0;
    const batch = () => {
      const end = Math.min(claims.length, next + (this.observer ? BATCH : claims.length));
      const items = [];
      for (; next < end; next++) items.push(drawClaim(claims[next], first + next + 1));
      ol.append(...items);
      return next >= claims.length;
    };
    if (batch()) return;
    const sentinel = el('p', { className: 'hint more-claims' });
    sentinel.textContent = `${claims.length - next} more claims, drawn as you scroll…`;
    section.append(sentinel);
    this.pending.set(sentinel, () => {
      const done = batch();
      sentinel.textContent = `${claims.length - next} more claims, drawn as you scroll…`;
      return done;
    });
    this.observer.observe(sentinel);
  }

  more(sentinel) {
    const draw = this.pending.get(sentinel);
    if (!draw) return;
    if (!draw()) {
      // Observed afresh, the observer reports at once whether the sentinel is still near the
      // viewport (it only reports changes otherwise): the next batch comes in a task of its own.
      this.observer.unobserve(sentinel);
      this.observer.observe(sentinel);
      return;
    }
    this.pending.delete(sentinel);
    this.observer.unobserve(sentinel);
    sentinel.remove();
  }

  disconnect() { this.observer?.disconnect(); }
}

/** Draws the whole view into `ui` ({speakers, claims, summary}). */
export function drawSessionView(ui, joined) {
  drawSpeakers(ui.speakers, joined);
  lists?.disconnect();
  lists = new LazyLists();
  let n = 0;
  const sections = joined.articles.map((a) => {
    const claims = joined.claims.filter((c) => c.article === a);
    const headingId = `session-article-${a.index}`;
    const section = el('section', { className: 'session-article' }, el('h3', { id: headingId, textContent: a.title }), sourceForm(a));
    if (claims.length) lists.add(section, claims, n);
    else section.append(el('p', { className: 'hint', textContent: 'No claims found in this article.' }));
    n += claims.length;
    return section;
  });
  ui.claims.replaceChildren(...sections);
  drawOrphans(ui.orphans, joined);
  ui.summary.textContent = sessionSummary(joined);
}

const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** "2 articles, 3 speakers, 10 claims, 4 links between outlets, 1 verdict." */
export function sessionSummary(joined) {
  const links = joined.claims.reduce((sum, c) => sum + c.versions.length, 0) / 2;
  const reviewed = joined.claims.filter((c) => c.review?.verdict).length;
  const orphans = joined.orphans.length
    ? ` ${count(joined.orphans.length, 'earlier review is', 'earlier reviews are')} of passages no longer in the articles; kept and exported.` : '';
  return `${count(joined.articles.length, 'article', 'articles')}, ${count(joined.speakers.length, 'speaker', 'speakers')}, ${count(joined.claims.length, 'claim', 'claims')}, ${count(links, 'link', 'links')} between outlets, ${count(reviewed, 'verdict', 'verdicts')}.${orphans}`;
}
