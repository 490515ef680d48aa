// The session view's model: the core's session of the current articles (computed once per
// set of texts and dates, by the session worker), joined with the record into statements
// (model.js), the filters, and what the reader does in the view (a statement's review, an
// article's source, deleting a review); the drawing is view.js's, the keys statement-nav.js's.

import { inSteps, nextTask } from '../app/chunked.js';
import { confirmAction } from '../app/confirm.js';
import { EVERY_SPEAKER } from './filters.js';
import { joinSessionSteps } from './model.js';
import { LIMITS, fit, verdictLabel } from './schema.js';
// The view's drawing (view.js) comes with the first session: see lazy.js.
let view = null;
let viewLoading = null;
const loadView = () => (viewLoading ??= import('./lazy.js').then((m) => { view = m; return m; }, (err) => { viewLoading = null; throw err; }));

/**
 * ui: the view's elements; sessions: session-store.js; client: a worker client with
 * session(articles); host: the page's tabs; undo: undo-log.js.
 */
export function createViewModel({ ui, sessions, client, host, undo }) {
  let computed = null; // {articles (the snapshot the core saw), core}
  let computing = 0;   // number of the latest session request
  let current = null;  // the joined session on screen
  let draws = 0;       // number of the latest drawing: only it may say the view is done
  const filter = { show: 'all', speaker: EVERY_SPEAKER };

  /**
   * The core's session of the current articles, joined with the record (null: a newer
   * request took over, or isCurrent() turned false while joining: a 5 MB article's join is
   * ~150 ms, run in slices).
   */
  async function joined(isCurrent = () => true) {
    const record = sessions.record();
    const articles = record.articles;
    // the core's reading depends on the texts and publication dates only (not URL or outlet)
    const same = (seen) => seen.length === articles.length &&
      seen.every((a, i) => a.id === articles[i].id && a.text === articles[i].text && a.date === articles[i].date);
    if (!(computed && same(computed.articles))) {
      const request = ++computing;
      const core = articles.length
        ? await client.session(articles.map((a, i) => ({ file: a.title || `article ${i + 1}`, text: a.text, date: a.date })))
        : { articles: [], speakers: [], claims: [], links: [] };
      if (request !== computing) return null;
      computed = { articles, core };
    }
    const now = sessions.record();
    const join = await inSteps(joinSessionSteps({ ...now, articles: same(computed.articles) ? now.articles : computed.articles }, computed.core), { isCurrent });
    return join && isCurrent() ? join.value : null;
  }

  const visible = () => !ui.view.hidden;

  async function refreshView() {
    const mine = ++draws;
    ui.view.dataset.state = 'busy';
    ui.summary.textContent = 'Reading the articles together…';
    try {
      const drawing = loadView(); // fetched while the core reads the articles
      drawing.catch(() => {});
      const j = await joined(() => mine === draws);
      if (!j || mine !== draws) return;
      const { drawSessionView } = await drawing;
      if (mine !== draws) return;
      await nextTask(); // the core's answer was read and joined in this task: the drawing in the next
      if (mine !== draws) return;
      current = j;
      await drawSessionView(ui, j, filter);
      if (mine === draws) ui.view.dataset.state = 'done';
    } catch (err) {
      ui.summary.textContent = `Could not read the articles together: ${err.message}.`;
      ui.view.dataset.state = 'error';
    }
  }

  function showView(on) {
    ui.show.setAttribute('aria-pressed', String(on));
    ui.view.hidden = !on;
    ui.workspace.hidden = on;
    return on ? refreshView() : Promise.resolve();
  }
  ui.show.addEventListener('click', () => showView(ui.view.hidden));

  /** What moved in the store: the view follows when it is open. */
  function changed(what) {
    if (what === 'opened') computed = null; // another session: nothing of the last reading applies
    if (visible() && what !== 'saved') refreshView();
  }

  const statementOf = (item) => current?.statements.find((s) => s.key === item.dataset.reviewKey) ?? null;

  function updateReview(item, field, value) {
    const statement = statementOf(item);
    if (!statement) return;
    const review = sessions.setReview(statement, field, value);
    if (field === 'verdict') {
      item.className = `review statement${value ? ` verdict-${value}` : ''}`;
      ui.summary.textContent = view.sessionSummary(current); // current: drawn, so view is loaded
    }
    return review;
  }

  /** An article's URL, outlet or publication date edited in the view: its tab follows. */
  function updateSource(input) {
    const tab = host.tabs.list().find((t) => t.key === input.dataset.article);
    if (!tab) return false;
    const field = input.dataset.sourceField;
    const value = input.value.trim();
    if (field === 'date') {
      if (value && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false; // the date box gives YYYY-MM-DD or ''
      tab.date = value || null;
    } else tab[field] = value ? fit(value, field === 'url' ? LIMITS.source : LIMITS.title) : null;
    sessions.articlesChanged();
    return true;
  }

  ui.claims.addEventListener('input', (e) => {
    if (e.target.dataset?.sourceField) {
      if (e.target.dataset.sourceField !== 'date') updateSource(e.target);
      return;
    }
    const field = e.target.dataset?.field;
    const item = e.target.closest('[data-review-key]');
    if (field && item && field !== 'verdict') updateReview(item, field, e.target.value);
  });
  ui.claims.addEventListener('change', async (e) => {
    if (e.target.dataset?.sourceField) {
      // a new publication date changes how the core resolves "on Friday": read them again
      if (updateSource(e.target)) sessions.saveNow();
      if (e.target.dataset.sourceField === 'date') refreshView();
      return;
    }
    const item = e.target.closest('[data-review-key]');
    if (e.target.dataset?.field === 'verdict' && item) {
      // Back to "Not reviewed" discards a verdict: asked first.
      const before = statementOf(item)?.review?.verdict ?? '';
      if (before && !e.target.value && !await confirmAction({ question: `Clear the verdict “${verdictLabel(before)}”?`, confirm: 'Clear verdict' })) {
        e.target.value = before;
        return;
      }
      updateReview(item, 'verdict', e.target.value);
    } else if (e.target.dataset?.field && item) sessions.saveNow();
  });

  // The filters: the list is drawn again, the rest of the view stays.
  const refilter = () => {
    filter.show = ui.filter.value;
    filter.speaker = ui.speakerFilter.value;
    if (!current) return;
    const mine = ++draws;
    ui.view.dataset.state = 'busy';
    view.drawStatements(ui, current, filter).then(() => { if (mine === draws) ui.view.dataset.state = 'done'; });
  };
  ui.filter.addEventListener('change', refilter);
  ui.speakerFilter.addEventListener('change', refilter);

  /** Deletes a review or an orphan (by id): asks first when it holds anything; Undo brings it back. */
  async function deleteReview(id) {
    const record = sessions.record();
    const review = [...record.reviews, ...record.orphans].find((r) => r.id === id);
    if (!review) return;
    if ((review.verdict || review.note || review.sources.length) && !await confirmAction({
      question: `Delete the review of “${review.text.slice(0, 80)}”${review.verdict ? ' and its verdict' : ''}?`, confirm: 'Delete review',
    })) return;
    const removed = sessions.removeReview(id);
    if (removed) undo.done({ message: 'Review deleted.', undo: () => { removed.undo(); return 'The review is back.'; } });
  }
  ui.view.addEventListener('click', (e) => {
    const id = e.target.closest('[data-delete-review]')?.dataset.deleteReview;
    if (id) deleteReview(id);
  });

  return {
    joined,
    showView,
    refreshView,
    changed,
    visible,
    current: () => current,
    /** Draws the statements still waiting for a scroll (before a jump back to one of them). */
    drawAll: () => view?.drawPending(),
  };
}
