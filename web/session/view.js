// Draws the session view: the speakers merged across the open articles, each article with its
// source (URL, outlet, date, editable), and every statement (draw-statement.js) the filters
// let through, drawn a batch at a time. Text nodes only (never markup from the articles).

import { inSlices } from '../app/chunked.js';
import { EVERY_SPEAKER, FILTERS, UNATTRIBUTED, shown, speakersOf } from './filters.js';
import { deleteButton, drawStatement, el } from './draw-statement.js';
import { verdictLabel } from './schema.js';

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
// The list is drawn BATCH statements at a time, the next batch when the end of the list comes
// within a screen or two of the viewport; and each batch in slices of SLICE_MS with a yield
// between them, so no task of the page runs long (40 statements with their versions, drawn
// in one task, took 60-140 ms; each statement's style and layout come with the slice).
const BATCH = 100;
const SLICE_MS = 8;
let list = null; // the view's lazy list, replaced at each drawing

class LazyList {
  constructor(section, statements) {
    this.section = section;
    this.statements = statements;
    this.ol = el('ol', { className: 'reviews', id: 'session-statements' });
    section.append(this.ol);
    this.next = 0;
    this.stopped = false;
    this.sentinel = null;
    this.drawing = null;
    this.observer = typeof IntersectionObserver === 'function'
      ? new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) this.more();
      }, { rootMargin: '1500px 0px' })
      : null;
  }

  slice(end) {
    const items = [];
    for (; this.next < end; this.next++) items.push(drawStatement(this.statements[this.next], this.next + 1));
    this.ol.append(...items);
  }

  /** Draws up to `until` statements, a slice per task; resolves once drawn (or replaced). */
  async drawTo(until) {
    let built = [];
    const drawn = await inSlices(this.statements.slice(this.next, until), (s) => { built.push(drawStatement(s, ++this.next)); }, {
      flush: () => { this.ol.append(...built); built = []; }, isCurrent: () => !this.stopped, sliceMs: SLICE_MS,
    });
    if (!drawn || this.stopped) return;
    const left = this.statements.length - this.next;
    if (left && !this.sentinel) {
      this.sentinel = el('p', { className: 'hint more-claims' });
      this.section.append(this.sentinel);
    }
    if (this.sentinel) this.sentinel.textContent = `${left} more statements, drawn as you scroll…`;
    if (!left) this.sentinel?.remove();
    // Observed afresh, the observer reports at once whether the sentinel is still near the
    // viewport (it only reports changes otherwise): the next batch comes in a task of its own.
    this.observer?.unobserve(this.sentinel ?? this.ol);
    if (left) this.observer?.observe(this.sentinel);
  }

  /** The first batch (everything when the browser cannot tell what is near the viewport). */
  start() { return this.drawTo(this.observer ? BATCH : Infinity); }

  more() {
    this.drawing ??= this.drawTo(this.next + BATCH).finally(() => { this.drawing = null; });
  }

  /** Draws every statement still waiting, at once (a jump back to one further down). */
  drawAll() {
    this.slice(this.statements.length);
    this.sentinel?.remove();
    this.observer?.disconnect();
  }

  stop() {
    this.stopped = true;
    this.observer?.disconnect();
  }
}

/** Each article with its source form and how many claims the core found in it. */
function drawArticles(joined) {
  return el('section', { className: 'session-articles' }, ...joined.articles.map((a) => {
    const n = joined.claims.filter((c) => c.article === a).length;
    return el('div', { className: 'session-article' }, el('h3', { id: `session-article-${a.index}`, textContent: a.title }), sourceForm(a),
      el('p', { className: 'hint', textContent: n ? count(n, 'claim', 'claims') : 'No claims found in this article.' }));
  }));
}

/** Fills the filter boxes: the table's filters, and the speakers of this session. */
function drawFilterOptions(ui, joined, filter) {
  if (!ui.filter.options.length) {
    ui.filter.append(...FILTERS.map(([value, label]) => el('option', { value, textContent: label })));
  }
  ui.filter.value = filter.show;
  const names = speakersOf(joined.statements);
  ui.speakerFilter.replaceChildren(el('option', { value: EVERY_SPEAKER, textContent: 'Every speaker' }),
    ...names.map((n) => el('option', { value: n, textContent: n === UNATTRIBUTED ? 'Unattributed' : n })));
  ui.speakerFilter.value = names.includes(filter.speaker) ? filter.speaker : EVERY_SPEAKER;
}

/** Draws the statements the filter lets through (again on a filter change); resolves once the first batch is in. */
export function drawStatements(ui, joined, filter) {
  list?.stop();
  list = null;
  const statements = shown(joined.statements, filter);
  const section = el('section', { className: 'session-statements' });
  ui.statements.replaceChildren(section);
  ui.filterCount.textContent = statements.length === joined.statements.length ? '' : `${count(statements.length, 'statement', 'statements')} of ${joined.statements.length} shown`;
  if (statements.length === 0) {
    section.append(el('p', { className: 'hint', textContent: joined.statements.length ? 'No statement matches these filters.' : 'No claims found in these articles.' }));
    return Promise.resolve();
  }
  list = new LazyList(section, statements);
  return list.start();
}

/** Draws every statement still waiting for the reader to scroll to it. */
export const drawPending = () => list?.drawAll();

/** Draws the whole view into `ui`, resolving once its first statements are in ({speakers, articles, filter, speakerFilter, filterCount, statements, orphans, summary}); filter: filters.js. */
export function drawSessionView(ui, joined, filter) {
  drawSpeakers(ui.speakers, joined);
  ui.articles.replaceChildren(drawArticles(joined));
  drawFilterOptions(ui, joined, filter);
  drawOrphans(ui.orphans, joined);
  ui.summary.textContent = sessionSummary(joined);
  return drawStatements(ui, joined, { ...filter, speaker: ui.speakerFilter.value });
}

const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** "2 articles, 3 speakers, 8 statements (10 claims), 4 links between outlets, 1 verdict." */
export function sessionSummary(joined) {
  const links = joined.claims.reduce((sum, c) => sum + c.versions.length, 0) / 2;
  const reviewed = joined.statements.filter((s) => s.review?.verdict).length;
  const orphans = joined.orphans.length
    ? ` ${count(joined.orphans.length, 'earlier review is', 'earlier reviews are')} of passages no longer in the articles; kept and exported.` : '';
  return `${count(joined.articles.length, 'article', 'articles')}, ${count(joined.speakers.length, 'speaker', 'speakers')}, ${count(joined.statements.length, 'statement', 'statements')} (${count(joined.claims.length, 'claim', 'claims')}), ${count(links, 'link', 'links')} between outlets, ${count(reviewed, 'verdict', 'verdicts')}.${orphans}`;
}
