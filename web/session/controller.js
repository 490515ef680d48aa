// Fact-check sessions on the page: the current session (its articles = the open tabs, and
// the reviews), saved as you go in IndexedDB (saver.js, safe with two tabs open); several
// named sessions; delete with undo; the session view, its review forms and the list of
// reviews whose passage is gone (never dropped). The page (main.js) hands over its tabs.

import { confirmAction } from '../app/confirm.js';
import { createNotice } from '../app/notice.js';
import { describeCorrection } from '../corrections/corrections.js';
import { readDraft } from './draft.js';
import { installSessionFiles } from './import-export.js';
import { installReviewerSettings } from './reviewer.js';
import { MEMORY_ONLY, chooseStoreFromFile, isLocalFile, storesFromFile } from './local-file.js';
import { joinSession } from './model.js';
import { quoteOf } from './quote-anchor.js';
import { reanchor } from './reanchor.js';
import { createSaver } from './saver.js';
import { LIMITS, fit, reviewKey, validateSession, verdictLabel } from './schema.js';
import { askPersistence, openStore } from './store.js';
import { drawSessionView, sessionSummary } from './view.js';

const now = () => new Date().toISOString();
const newId = () => globalThis.crypto?.randomUUID?.() ?? `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;

const newRecord = (name) => ({ id: newId(), name, created: now(), updated: now(), rev: 0, articles: [], reviews: [], orphans: [], corrections: [] });
const json = (v) => JSON.stringify(v);
// A stored article as the page's tab: its text and its source (URL, outlet, publication date).
const tabOf = (a) => ({ key: a.id, title: a.title, text: a.text, date: a.date, url: a.url ?? null, outlet: a.outlet ?? null });

/**
 * host: { tabs (the model), loadArticles([{key, title, text, date}]) replaces the open tabs,
 *         showArticles() brings the article view back, generator: "whosaid 0.1.0" }
 * client: a worker client with session(articles).
 */
export function installSessions({ host, client }) {
  const $ = (id) => document.getElementById(id);
  const ui = {
    select: $('session-select'), name: $('session-name'), create: $('new-session'), remove: $('delete-session'),
    exportSession: $('export-session'), importSession: $('import-session'), importFile: $('import-file'),
    saveStatus: $('save-status'), notice: $('session-notice'), show: $('show-session'), view: $('session-view'),
    workspace: $('workspace'), speakers: $('session-speakers'), claims: $('session-claims'), summary: $('session-summary'),
    orphans: $('session-orphans'), webanno: $('export-webanno'), claimreview: $('export-claimreview'), report: $('export-report'),
  };

  let store = null;
  let storeProblem = '';
  let record = newRecord('Session 1');
  let persistenceAsked = false;
  let computed = null; // {articles (the snapshot the core saw), core}
  let computing = 0;   // number of the latest session request

  const notify = createNotice(ui.notice);
  installReviewerSettings({ name: $('reviewer-name'), url: $('reviewer-url'), status: $('reviewer-status') });

  function setSaveStatus(message, error = false) {
    ui.saveStatus.textContent = message;
    ui.saveStatus.classList.toggle('is-error', error);
  }

  function sayNotStored() {
    if (storeProblem !== MEMORY_ONLY) {
      setSaveStatus(`Not saved: ${storeProblem}. Export the session to keep a copy.`, true);
      return;
    }
    setSaveStatus(MEMORY_ONLY, true);
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'quiet', textContent: 'Store sessions in this browser anyway' });
    button.addEventListener('click', async () => {
      chooseStoreFromFile();
      await openTheStore();
      if (store) saveNow();
    }, { once: true });
    ui.saveStatus.append(' ', button);
  }

  const saver = createSaver({
    store: () => store,
    notStored: sayNotStored,
    record: () => record,
    adopt,
    status: setSaveStatus,
    isError: () => ui.saveStatus.classList.contains('is-error'),
    saved: () => {
      if (!persistenceAsked) {
        persistenceAsked = true;
        askPersistence().then((kept) => {
          if (!kept) setSaveStatus(`${ui.saveStatus.textContent} The browser may clear it when short of space: export the session to keep a copy.`);
        });
      }
      refreshList();
    },
  });
  const { saveNow, scheduleSave, flush } = saver;

  /** The session with another tab's changes merged in: the tabs and the view follow. */
  function adopt(next) {
    const articlesMoved = json(next.articles) !== json(record.articles);
    const correctionsMoved = json(next.corrections) !== json(record.corrections);
    const changed = articlesMoved || correctionsMoved || json([next.reviews, next.orphans, next.name]) !== json([record.reviews, record.orphans, record.name]);
    record = next;
    if (!changed) return;
    if (articlesMoved) {
      computed = null;
      host.loadArticles(record.articles.map(tabOf), { keepActive: true });
    } else if (correctionsMoved) host.correctionsChanged();
    refreshList();
    if (!ui.view.hidden) refreshView();
    notify('This session is open in another tab too: its changes are merged in here.');
  }

  // --- the articles (tabs) and the reviews ------------------------------------------------------

  /** The open tabs become the session's articles (called by the page on every change). */
  function articlesChanged() {
    const articles = host.tabs.list().filter((t) => t.text.trim() !== '' && !t.sample) // the example is never saved
      .map((t) => ({ id: t.key, title: fit(t.title ?? '', LIMITS.title), text: t.text, date: t.date ?? null,
        ...(t.url ? { url: t.url } : {}), ...(t.outlet ? { outlet: t.outlet } : {}) }));
    const titles = new Map(record.articles.map((a) => [a.id, a.title || a.text.trim().split('\n')[0].slice(0, 80)]));
    const placed = reanchor(articles, record.reviews, record.orphans, titles);
    if (json([articles, placed.reviews, placed.orphans]) === json([record.articles, record.reviews, record.orphans])) return;
    record.articles = articles;
    record.reviews = placed.reviews;
    record.orphans = placed.orphans;
    if (placed.orphaned) notify(`${placed.orphaned} review(s) lost their passage; they are kept under “Reviews without their passage” in the session view, and come back if the text does.`);
    else if (placed.recovered) notify(`${placed.recovered} review(s) found their passage again.`);
    scheduleSave();
    if (!ui.view.hidden) refreshView();
  }

  // --- the session view ------------------------------------------------------------------------

  /** The core's session of the current articles, computed once per set of texts. */
  async function joined() {
    const articles = record.articles;
    // the core's reading depends on the texts and publication dates only (not URL or outlet)
    const same = (seen) => seen.length === articles.length &&
      seen.every((a, i) => a.id === articles[i].id && a.text === articles[i].text && a.date === articles[i].date);
    const fresh = computed && same(computed.articles);
    if (!fresh) {
      const request = ++computing;
      const core = articles.length
        ? await client.session(articles.map((a, i) => ({ file: a.title || `article ${i + 1}`, text: a.text, date: a.date })))
        : { articles: [], speakers: [], claims: [], links: [] };
      if (request === computing) computed = { articles, core };
      else return null; // a newer request took over
    }
    return joinSession({ ...record, articles: same(computed.articles) ? record.articles : computed.articles }, computed.core);
  }

  let current = null; // the joined session on screen
  async function refreshView() {
    ui.view.dataset.state = 'busy';
    ui.summary.textContent = 'Reading the articles together…';
    try {
      const j = await joined();
      if (!j) return;
      current = j;
      drawSessionView(ui, j);
      ui.view.dataset.state = 'done';
    } catch (err) {
      ui.summary.textContent = `Could not read the articles together: ${err.message}.`;
      ui.view.dataset.state = 'error';
    }
  }

  function showView(on) {
    ui.show.setAttribute('aria-pressed', String(on));
    ui.view.hidden = !on;
    ui.workspace.hidden = on;
    if (on) refreshView();
  }
  ui.show.addEventListener('click', () => showView(ui.view.hidden));

  function updateReview(item, field, value) {
    const claim = current?.claims.find((c) => c.key === item.dataset.reviewKey);
    if (!claim) return;
    let review = record.reviews.find((r) => reviewKey(r.article, r.start, r.end) === claim.key);
    if (!review) {
      const speaker = claim.speaker == null ? null : fit(claim.speaker, LIMITS.speaker);
      const { prefix, suffix } = quoteOf(claim.article.text, claim.start, claim.end);
      review = { id: newId(), article: claim.article.uid, start: claim.start, end: claim.end, text: claim.text, prefix, suffix,
        speaker, verdict: '', note: '', sources: [], updated: now() };
      record.reviews.push(review);
    }
    const cut = (s, max) => {
      const kept = fit(s, max);
      if (kept.length < s.length) notify(`Cut to ${max.toLocaleString('en')} characters, the most a session keeps.`);
      return kept;
    };
    if (field === 'sources') review.sources = value.split('\n').map((s) => cut(s.trim(), LIMITS.source)).filter(Boolean);
    else if (field === 'note') review.note = cut(value, LIMITS.note);
    else review[field] = value;
    review.updated = now();
    claim.review = review;
    if (field === 'verdict') {
      item.className = `review${value ? ` verdict-${value}` : ''}`;
      ui.summary.textContent = sessionSummary(current);
      saveNow();
    } else scheduleSave();
  }
  /** An article's URL, outlet or publication date edited in the session view: its tab follows. */
  function updateSource(input) {
    const tab = host.tabs.list().find((t) => t.key === input.dataset.article);
    if (!tab) return false;
    const field = input.dataset.sourceField;
    const value = input.value.trim();
    if (field === 'date') {
      if (value && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false; // the date box gives YYYY-MM-DD or ''
      tab.date = value || null;
    } else tab[field] = value ? fit(value, field === 'url' ? LIMITS.source : LIMITS.title) : null;
    articlesChanged();
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
      if (updateSource(e.target)) saveNow();
      if (e.target.dataset.sourceField === 'date') refreshView();
      return;
    }
    const item = e.target.closest('[data-review-key]');
    if (e.target.dataset?.field === 'verdict' && item) {
      // Back to "Not reviewed" discards a verdict: asked first.
      const before = current?.claims.find((c) => c.key === item.dataset.reviewKey)?.review?.verdict ?? '';
      if (before && !e.target.value && !await confirmAction({ question: `Clear the verdict “${verdictLabel(before)}”?`, confirm: 'Clear verdict' })) {
        e.target.value = before;
        return;
      }
      updateReview(item, 'verdict', e.target.value);
    } else if (e.target.dataset?.field && item) saveNow();
  });

  /** Deletes a review or an orphan (by id): asks first when it holds a verdict; Undo brings it back. */
  async function deleteReview(id) {
    const list = record.reviews.some((r) => r.id === id) ? 'reviews' : 'orphans';
    const index = record[list].findIndex((r) => r.id === id);
    const review = record[list][index];
    if (!review) return;
    if ((review.verdict || review.note || review.sources.length) && !await confirmAction({
      question: `Delete the review of “${review.text.slice(0, 80)}”${review.verdict ? ' and its verdict' : ''}?`, confirm: 'Delete review',
    })) return;
    record[list].splice(index, 1);
    saveNow();
    refreshView();
    notify('Review deleted.', {
      label: 'Undo',
      run: () => {
        record[list].splice(Math.min(index, record[list].length), 0, review);
        articlesChanged(); // it finds its passage again, or stays an orphan
        saveNow();
        refreshView();
        notify('The review is back.');
      },
    });
  }
  ui.view.addEventListener('click', (e) => {
    const id = e.target.closest('[data-delete-review]')?.dataset.deleteReview;
    if (id) deleteReview(id);
  });

  // --- the reader's corrections (corrections/) -------------------------------------------------

  function correctionsChanged() {
    saveNow();
    host.correctionsChanged();
    if (!ui.view.hidden) refreshView();
  }

  function addCorrection(correction) {
    record.corrections = [...(record.corrections ?? []), correction];
    correctionsChanged();
    notify(`Corrected: ${describeCorrection(correction)}.`, { label: 'Undo', run: () => removeCorrection(correction.id, { quiet: true }) });
  }

  function removeCorrection(id, { quiet = false } = {}) {
    const list = record.corrections ?? [];
    const index = list.findIndex((c) => c.id === id);
    if (index === -1) return;
    const [gone] = list.splice(index, 1);
    correctionsChanged();
    if (!quiet) {
      notify(`Undone: ${describeCorrection(gone)}.`, {
        label: 'Redo', run: () => { record.corrections.splice(Math.min(index, record.corrections.length), 0, gone); correctionsChanged(); },
      });
    }
  }

  // --- several sessions ----------------------------------------------------------------------

  async function refreshList() {
    const list = store ? await store.list().catch(() => []) : [];
    if (!list.some((s) => s.id === record.id)) list.unshift({ id: record.id, name: record.name });
    ui.select.replaceChildren(...list.map((s) => Object.assign(document.createElement('option'), {
      value: s.id, textContent: s.id === record.id ? record.name : s.name,
    })));
    ui.select.value = record.id;
    if (document.activeElement !== ui.name) ui.name.value = record.name;
  }

  /** Makes `next` the current session: its articles open as tabs. stored: it is as the store has it. */
  function open(next, { stored = false } = {}) {
    record = next;
    saver.setBase(stored ? next : null);
    computed = null;
    host.loadArticles(record.articles.map(tabOf));
    refreshList();
    if (!ui.view.hidden) refreshView();
  }

  async function nextName() {
    const names = new Set((store ? await store.list().catch(() => []) : []).map((s) => s.name));
    names.add(record.name);
    let n = 1;
    while (names.has(`Session ${n}`)) n++;
    return `Session ${n}`;
  }

  ui.select.addEventListener('change', async () => {
    const id = ui.select.value;
    if (id === record.id) return;
    await flush();
    const next = await store?.get(id).then(validateSession).catch(() => null);
    if (!next) { notify('That session could not be read.'); refreshList(); return; }
    open(next, { stored: true });
    saveNow(); // records it as the current one
  });

  ui.name.addEventListener('input', () => {
    const name = ui.name.value.trim();
    if (!name) return;
    record.name = fit(name, LIMITS.name);
    const option = [...ui.select.options].find((o) => o.value === record.id);
    if (option) option.textContent = record.name;
    scheduleSave();
  });
  ui.name.addEventListener('change', () => { if (!ui.name.value.trim()) ui.name.value = record.name; });

  ui.create.addEventListener('click', async () => {
    await flush();
    open(newRecord(await nextName()));
    saveNow();
    showView(false); // an empty session: the article box, to paste into
    ui.name.focus();
    ui.name.select();
  });

  ui.remove.addEventListener('click', async () => {
    await flush();
    const deleted = structuredClone(record);
    const verdicts = [...deleted.reviews, ...deleted.orphans].filter((r) => r.verdict).length;
    if (verdicts && !await confirmAction({
      question: `Delete the session “${deleted.name}” with its ${verdicts} verdict(s)? You can undo this for a short while.`, confirm: 'Delete session',
    })) return;
    const others = store ? (await store.list().catch(() => [])).filter((s) => s.id !== deleted.id) : [];
    const next = (others[0] && await store.get(others[0].id).then(validateSession).catch(() => null)) || newRecord(await nextName());
    try {
      if (store) await store.remove(deleted.id, others[0] ? next.id : null);
    } catch (err) {
      notify(`Could not delete: ${err.message}.`);
      return;
    }
    open(next, { stored: Boolean(others[0]) });
    if (!others[0]) saveNow();
    notify(`Deleted “${deleted.name}”.`, {
      label: 'Undo',
      run: async () => {
        await flush();
        open(deleted);
        const ok = await saveNow();
        notify(ok ? `“${deleted.name}” is back.` : `“${deleted.name}” is back on screen but could not be stored again.`);
      },
    });
  });

  installSessionFiles(ui, {
    record: () => record, store: () => store, problem: () => storeProblem, flush, open, notify,
    status: setSaveStatus, joined, newId, generator: host.generator,
  });

  // --- start ---------------------------------------------------------------------------------

  async function openTheStore() {
    try {
      store = await openStore();
      storeProblem = '';
    } catch (err) {
      storeProblem = err.message;
      sayNotStored();
    }
  }

  /** The copy kept as the page went away, when it is newer than what is stored. */
  async function unsavedDraft() {
    const kept = readDraft();
    if (!kept) return null;
    try {
      const draft = validateSession(kept);
      const saved = await store.get(draft.id);
      return !saved || saved.updated <= draft.updated ? draft : null;
    } catch {
      return null;
    }
  }

  /** Opens the store and the last session (its articles become the tabs). */
  async function start() {
    if (isLocalFile() && !storesFromFile()) {
      storeProblem = MEMORY_ONLY;
      sayNotStored();
    } else {
      await openTheStore();
    }
    let last = null;
    let draft = null;
    if (store) {
      try {
        const id = await store.current();
        last = id ? await store.get(id) : null;
        if (!last) {
          const [first] = await store.list();
          last = first ? await store.get(first.id) : null;
        }
        if (last) last = validateSession(last);
      } catch (err) {
        last = null;
        notify(`The last session could not be read: ${err.message}`);
      }
      draft = await unsavedDraft();
    }
    if (draft) {
      open(draft); // not as stored: its write merges with what is
      saveNow(); // stores it, then drops the copy
    } else if (last) {
      open(last, { stored: true });
      setSaveStatus('Saved in this browser.');
    } else {
      refreshList();
    }
  }

  return {
    ready: start(),
    articlesChanged,
    corrections: () => record.corrections ?? [],
    addCorrection,
    removeCorrection,
    /** The article view is back (a tab was chosen). */
    hideView: () => { if (!ui.view.hidden) showView(false); },
    flush,
  };
}
