// Fact-check sessions on the page: the current session (its articles = the open tabs, and
// the reviews), saved as you go in IndexedDB; several named sessions; delete with undo;
// export/import; the session view and its exports. The page (main.js) hands over its tabs.

import { downloadText } from '../app/save-and-copy.js';
import { toClaimReview } from './export-claimreview.js';
import { toMarkdownReport } from './export-markdown.js';
import { toWebAnnotation } from './export-webanno.js';
import { joinSession } from './model.js';
import { dropDraft, keepDraft, readDraft } from './draft.js';
import { MEMORY_ONLY, chooseStoreFromFile, isLocalFile, storesFromFile } from './local-file.js';
import {
  LIMITS, MAX_IMPORT_BYTES, SessionFileError, fit, importedName, parseSessionFile, reviewKey, toSessionFile, tooLarge,
  validateSession, withoutBlankArticles,
} from './schema.js';
import { askPersistence, openStore } from './store.js';
import { drawSessionView, sessionSummary } from './view.js';

const SAVE_DELAY_MS = 400;
const now = () => new Date().toISOString();
const newId = () => globalThis.crypto?.randomUUID?.() ?? `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
const slug = (s) => String(s).normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'session';

const newRecord = (name) => ({ id: newId(), name, created: now(), updated: now(), articles: [], reviews: [] });

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
    webanno: $('export-webanno'), claimreview: $('export-claimreview'), report: $('export-report'),
  };

  let store = null;
  let storeProblem = '';
  let record = newRecord('Session 1');
  let saveTimer = 0;
  let writing = Promise.resolve();
  let writes = 0;      // number of the latest write
  let stored = 0;      // number of the latest write known to be stored
  let persistenceAsked = false;
  let computed = null; // {articles (the snapshot the core saw), core}
  let computing = 0;   // number of the latest session request

  // --- saving --------------------------------------------------------------------------------

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

  /** Writes the current record now (queued after earlier writes). Resolves true when stored. */
  function saveNow() {
    clearTimeout(saveTimer);
    saveTimer = 0;
    if (!store) {
      sayNotStored();
      return Promise.resolve(false);
    }
    record.updated = now();
    let snapshot;
    try {
      snapshot = validateSession(record); // the reader's own check: never store what it would refuse
    } catch (err) {
      setSaveStatus(`Not saved: ${err.message} Export the session to keep a copy.`, true);
      return Promise.resolve(false);
    }
    if (!ui.saveStatus.classList.contains('is-error')) setSaveStatus('Saving…');
    const generation = ++writes;
    writing = writing.then(() => store.put(snapshot)).then(() => {
      stored = Math.max(stored, generation);
      if (generation === writes) dropDraft();
      // "Saved" only when nothing newer waits: a later change is still "Saving…".
      if (generation === writes && !saveTimer) setSaveStatus(`Saved in this browser at ${new Date(snapshot.updated).toLocaleTimeString()}.`);
      if (!persistenceAsked) {
        persistenceAsked = true;
        askPersistence().then((kept) => {
          if (!kept) setSaveStatus(`${ui.saveStatus.textContent} The browser may clear it when short of space: export the session to keep a copy.`);
        });
      }
      refreshList();
      return true;
    }, (err) => {
      setSaveStatus(`Not saved: ${err.message}. What was saved before is kept; export the session to keep a copy of the rest.`, true);
      return false;
    });
    return writing;
  }

  function scheduleSave() {
    if (store && !ui.saveStatus.classList.contains('is-error')) setSaveStatus('Saving…');
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveNow, SAVE_DELAY_MS);
  }
  const flush = () => (saveTimer ? saveNow() : writing);
  // Going away with a write pending or unconfirmed: start it, and keep a synchronous copy.
  function leaving() {
    if (!store || (!saveTimer && stored === writes)) return;
    if (saveTimer) saveNow();
    keepDraft(record);
  }
  addEventListener('pagehide', leaving);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') leaving(); });

  // --- the articles (tabs) and the reviews ------------------------------------------------------

  /** Relocates a review in its article's new text: the same passage nearest the old place. */
  function relocate(review, text) {
    if (text.slice(review.start, review.end) === review.text) return review;
    let best = -1;
    for (let i = text.indexOf(review.text); i !== -1; i = text.indexOf(review.text, i + 1)) {
      if (best === -1 || Math.abs(i - review.start) < Math.abs(best - review.start)) best = i;
      if (i > review.start) break;
    }
    return best === -1 ? null : { ...review, start: best, end: best + review.text.length };
  }

  /** The open tabs become the session's articles (called by the page on every change). */
  function articlesChanged() {
    const articles = host.tabs.list().filter((t) => t.text.trim() !== '')
      .map((t) => ({ id: t.key, title: fit(t.title ?? '', LIMITS.title), text: t.text, date: t.date ?? null }));
    const texts = new Map(articles.map((a) => [a.id, a.text]));
    const kept = [];
    const seen = new Set();
    let lost = 0;
    for (const r of record.reviews) {
      const moved = texts.has(r.article) ? relocate(r, texts.get(r.article)) : null;
      const key = moved && reviewKey(moved.article, moved.start, moved.end);
      if (!moved || seen.has(key)) { lost++; continue; }
      seen.add(key);
      kept.push(moved);
    }
    const same = articles.length === record.articles.length &&
      articles.every((a, i) => a.id === record.articles[i].id && a.text === record.articles[i].text && a.title === record.articles[i].title);
    if (same && lost === 0) return;
    record.articles = articles;
    record.reviews = kept;
    if (lost) notify(`${lost} review(s) went with text that is no longer open.`);
    scheduleSave();
    if (!ui.view.hidden) refreshView();
  }

  // --- the session view ------------------------------------------------------------------------

  /** The core's session of the current articles, computed once per set of texts. */
  async function joined() {
    const articles = record.articles;
    const fresh = computed && computed.articles.length === articles.length &&
      computed.articles.every((a, i) => a.id === articles[i].id && a.text === articles[i].text);
    if (!fresh) {
      const request = ++computing;
      const core = articles.length
        ? await client.session(articles.map((a, i) => ({ file: a.title || `article ${i + 1}`, text: a.text, date: a.date })))
        : { articles: [], speakers: [], claims: [], links: [] };
      if (request === computing) computed = { articles, core };
      else return null; // a newer request took over
    }
    return joinSession({ ...record, articles: computed.articles }, computed.core);
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
      review = { article: claim.article.uid, start: claim.start, end: claim.end, text: claim.text, speaker, verdict: '', note: '', sources: [], updated: now() };
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
  ui.claims.addEventListener('input', (e) => {
    const field = e.target.dataset?.field;
    const item = e.target.closest('[data-review-key]');
    if (field && item && field !== 'verdict') updateReview(item, field, e.target.value);
  });
  ui.claims.addEventListener('change', (e) => {
    const item = e.target.closest('[data-review-key]');
    if (e.target.dataset?.field === 'verdict' && item) updateReview(item, 'verdict', e.target.value);
    else if (e.target.dataset?.field && item) saveNow();
  });

  // --- several sessions ----------------------------------------------------------------------

  let noticeTimer = 0;
  function notify(message, action) {
    clearTimeout(noticeTimer);
    ui.notice.replaceChildren(message);
    if (action) {
      const button = Object.assign(document.createElement('button'), { type: 'button', textContent: action.label, className: 'quiet' });
      button.addEventListener('click', () => { ui.notice.replaceChildren(); action.run(); }, { once: true });
      ui.notice.append(' ', button);
    }
    noticeTimer = setTimeout(() => ui.notice.replaceChildren(), action ? 30000 : 10000);
  }

  async function refreshList() {
    const list = store ? await store.list().catch(() => []) : [];
    if (!list.some((s) => s.id === record.id)) list.unshift({ id: record.id, name: record.name });
    ui.select.replaceChildren(...list.map((s) => Object.assign(document.createElement('option'), {
      value: s.id, textContent: s.id === record.id ? record.name : s.name,
    })));
    ui.select.value = record.id;
    if (document.activeElement !== ui.name) ui.name.value = record.name;
  }

  /** Makes `next` the current session: its articles open as tabs. */
  function open(next) {
    record = next;
    computed = null;
    host.loadArticles(record.articles.map((a) => ({ key: a.id, title: a.title, text: a.text, date: a.date })));
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
    const next = await store?.get(id).catch(() => null);
    if (!next) { notify('That session could not be read.'); refreshList(); return; }
    open(next);
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
    const others = store ? (await store.list().catch(() => [])).filter((s) => s.id !== deleted.id) : [];
    const next = (others[0] && await store.get(others[0].id).catch(() => null)) || newRecord(await nextName());
    try {
      if (store) await store.remove(deleted.id, others[0] ? next.id : null);
    } catch (err) {
      notify(`Could not delete: ${err.message}.`);
      return;
    }
    open(next);
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

  // --- export and import ---------------------------------------------------------------------

  ui.exportSession.addEventListener('click', () => {
    try {
      const file = toSessionFile(record, { generator: host.generator });
      downloadText(`whosaid-session-${slug(record.name)}.json`, 'application/json', `${JSON.stringify(file, null, 2)}\n`);
    } catch (err) {
      notify(`Could not export the session: ${err.message}`);
    }
  });

  ui.importSession.addEventListener('click', () => ui.importFile.click());
  ui.importFile.addEventListener('change', async () => {
    const file = ui.importFile.files?.[0];
    ui.importFile.value = '';
    if (!file) return;
    const refuse = (why) => notify(`Not imported: ${why} Nothing stored was changed.`);
    if (file.size > MAX_IMPORT_BYTES) return refuse(tooLarge(file.size));
    let parsed;
    try {
      parsed = parseSessionFile(await file.text());
    } catch (err) {
      return refuse(err instanceof SessionFileError ? err.message : `the file could not be read (${err.message}).`);
    }
    let { session, blank, lost } = withoutBlankArticles(parsed);
    await flush();
    const existing = store ? await store.get(session.id).catch(() => null) : null;
    if (existing || session.id === record.id) session = { ...session, id: newId(), name: importedName(session.name) };
    if (store) {
      try {
        await store.put(session);
      } catch (err) {
        return refuse(`${err.message}.`);
      }
    }
    open(session);
    const leftOut = blank ? ` ${blank} article(s) with no text left out${lost ? `, with their ${lost} review(s)` : ''}.` : '';
    notify(`Imported “${session.name}”: ${session.articles.length} article(s), ${session.reviews.length} review(s).${leftOut}`);
    setSaveStatus(store ? 'Saved in this browser.' : `Not saved: ${storeProblem}.`, !store);
  });

  async function exportJoined(kind) {
    const j = await joined();
    if (!j) return;
    const base = `whosaid-${slug(record.name)}`;
    if (kind === 'webanno') downloadText(`${base}-annotations.jsonld`, 'application/ld+json', `${JSON.stringify(toWebAnnotation(record, j), null, 2)}\n`);
    else if (kind === 'claimreview') downloadText(`${base}-claimreview.jsonld`, 'application/ld+json', `${JSON.stringify(toClaimReview(record, j), null, 2)}\n`);
    else downloadText(`${base}-report.md`, 'text/markdown', toMarkdownReport(record, j));
  }
  const exporting = (kind) => () => exportJoined(kind).catch((err) => notify(`Could not export: ${err.message}.`));
  ui.webanno.addEventListener('click', exporting('webanno'));
  ui.claimreview.addEventListener('click', exporting('claimreview'));
  ui.report.addEventListener('click', exporting('report'));

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
      open(draft);
      saveNow(); // stores it, then drops the copy
    } else if (last) {
      open(last);
      setSaveStatus('Saved in this browser.');
    } else {
      refreshList();
    }
  }

  return {
    ready: start(),
    articlesChanged,
    /** The article view is back (a tab was chosen). */
    hideView: () => { if (!ui.view.hidden) showView(false); },
    flush,
  };
}
