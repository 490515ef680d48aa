// The current fact-check session and where it is kept: the record (its articles = the open
// tabs, its reviews and corrections), IndexedDB through the saver (saver.js: saved as you go,
// safe with two tabs open, a synchronous copy as the page goes away), and the words on the
// session bar saying whether it is stored. Every change to the record goes through here;
// what shows it (view-model.js, session-picker.js) is told through `changed`.

import { newId } from '../shared/ids.js';
import { readDraft } from './draft.js';
import { MEMORY_ONLY, chooseStoreFromFile, isLocalFile, storesFromFile } from './local-file.js';
import { titleOf } from './model.js';
import { quoteOf } from './quote-anchor.js';
import { reanchor } from './reanchor.js';
import { createSaver } from './saver.js';
import { LIMITS, fit, validateSession } from './schema.js';
import { askPersistence, openStore } from './store.js';

const now = () => new Date().toISOString();
const json = (v) => JSON.stringify(v);

/**
 * JSON-equal lists of flat records (the articles: strings, numbers, null), without writing
 * the JSON: a 5 MB article's text is compared, not serialised twice (~40 ms at every change).
 */
function sameRows(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const ka = Object.keys(a[i]);
    const kb = Object.keys(b[i]);
    if (ka.length !== kb.length) return false;
    for (let k = 0; k < ka.length; k++) {
      const v = a[i][ka[k]];
      if (ka[k] !== kb[k] || v !== b[i][kb[k]] || (v !== null && typeof v === 'object')) return false;
    }
  }
  return true;
}

export const newRecord = (name) => ({ id: newId('s'), name, created: now(), updated: now(), rev: 0, articles: [], reviews: [], orphans: [], corrections: [] });
// A stored article as the page's tab: its text and its source (URL, outlet, publication date).
const tabOf = (a) => ({ key: a.id, title: a.title, text: a.text, date: a.date, url: a.url ?? null, outlet: a.outlet ?? null });

/**
 * Starts opening where sessions are kept: -> a promise of {store, problem} (store null, and
 * problem in words, when there is none). The page calls it first thing, so that the browser
 * opens (on a first visit, creates) the database while the page's parts are made.
 */
export function openSessionStorage() {
  if (isLocalFile() && !storesFromFile()) return Promise.resolve({ store: null, problem: MEMORY_ONLY });
  return tryOpenStore();
}

/** openStore() as {store, problem}; never rejects. */
const tryOpenStore = () => openStore().then((opened) => ({ store: opened, problem: '' }), (err) => ({ store: null, problem: err.message }));

/**
 * host: the page (tabs, loadArticles, correctionsChanged); saveStatus: the bar's status line;
 * notify(message, action?); changed(what): 'articles' | 'reviews' | 'corrections' | 'opened'
 * | 'merged' | 'saved' (what moved, for the views to follow); storage: openSessionStorage()'s
 * promise, when the page started it already.
 */
export function createSessionStore({ host, saveStatus, notify, changed, storage = null }) {
  let store = null;
  let problem = '';
  let record = newRecord('Session 1');
  let persistenceAsked = false;

  function status(message, error = false) {
    saveStatus.textContent = message;
    saveStatus.classList.toggle('is-error', error);
  }

  function sayNotStored() {
    if (problem !== MEMORY_ONLY) {
      status(`Not saved: ${problem}. Export the session to keep a copy.`, true);
      return;
    }
    status(MEMORY_ONLY, true);
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'quiet', textContent: 'Store sessions in this browser anyway' });
    button.addEventListener('click', async () => {
      chooseStoreFromFile();
      await openTheStore();
      if (store) saver.saveNow();
    }, { once: true });
    saveStatus.append(' ', button);
  }

  /** The session with another tab's changes merged in: the tabs and the views follow. */
  function adopt(next) {
    const articlesMoved = json(next.articles) !== json(record.articles);
    const correctionsMoved = json(next.corrections) !== json(record.corrections);
    const moved = articlesMoved || correctionsMoved || json([next.reviews, next.orphans, next.name]) !== json([record.reviews, record.orphans, record.name]);
    record = next;
    if (!moved) return;
    if (articlesMoved) host.loadArticles(record.articles.map(tabOf), { keepActive: true });
    else if (correctionsMoved) host.correctionsChanged();
    changed(articlesMoved ? 'articles' : 'merged');
    notify('This session is open in another tab too: its changes are merged in here.');
  }

  const saver = createSaver({
    store: () => store,
    notStored: sayNotStored,
    record: () => record,
    adopt,
    status,
    isError: () => saveStatus.classList.contains('is-error'),
    saved: () => {
      if (!persistenceAsked) {
        persistenceAsked = true;
        askPersistence().then((kept) => {
          if (!kept) status(`${saveStatus.textContent} The browser may clear it when short of space: export the session to keep a copy.`);
        });
      }
      changed('saved');
    },
  });

  /** The open tabs become the session's articles (called by the page on every change). */
  function articlesChanged() {
    const articles = host.tabs.list().filter((t) => t.text.trim() !== '' && !t.sample) // the example is never saved
      .map((t) => ({ id: t.key, title: fit(t.title ?? '', LIMITS.title), text: t.text, date: t.date ?? null,
        ...(t.url ? { url: t.url } : {}), ...(t.outlet ? { outlet: t.outlet } : {}) }));
    // an orphan is named after its article (one that is closing is still in the record)
    const titles = new Map(record.articles.map((a, i) => [a.id, titleOf(a, i)]));
    const placed = reanchor(articles, record.reviews, record.orphans, titles);
    if (sameRows(articles, record.articles) && json([placed.reviews, placed.orphans]) === json([record.reviews, record.orphans])) return;
    record.articles = articles;
    record.reviews = placed.reviews;
    record.orphans = placed.orphans;
    if (placed.orphaned) notify(`${placed.orphaned} review(s) lost their passage; they are kept under “Reviews without their passage” in the session view, and come back if the text does.`);
    else if (placed.recovered) notify(`${placed.recovered} review(s) found their passage again.`);
    saver.scheduleSave();
    changed('articles');
  }

  /** The review of a statement (one stored on its first version when it has none yet). */
  function reviewFor(statement) {
    if (statement.review) {
      // The statement on screen may have been joined before another tab's changes were merged
      // in (adopt() replaces the record's reviews with merged copies): the edit goes to the
      // record's copy, never to the one only the screen still holds. Gone from the record (the
      // other tab deleted it): an edit beats a deletion, so it comes back.
      const { id } = statement.review;
      let held = record.reviews.find((r) => r.id === id) ?? record.orphans.find((r) => r.id === id);
      if (!held) {
        held = statement.review;
        record.reviews.push(held);
      }
      statement.review = held;
      for (const c of statement.claims) c.review = held;
      return held;
    }
    const { lead } = statement;
    const { prefix, suffix } = quoteOf(lead.article.text, lead.start, lead.end);
    const review = { id: newId('r'), article: lead.article.uid, start: lead.start, end: lead.end, text: lead.text, prefix, suffix,
      speaker: lead.speaker == null ? null : fit(lead.speaker, LIMITS.speaker), verdict: '', note: '', sources: [], updated: now() };
    record.reviews.push(review);
    statement.review = review;
    for (const c of statement.claims) c.review = review;
    return review;
  }

  /** Sets a review field (verdict, note, sources: text, one per line); a verdict is stored at once. */
  function setReview(statement, field, value) {
    const review = reviewFor(statement);
    const cut = (s, max) => {
      const kept = fit(s, max);
      if (kept.length < s.length) notify(`Cut to ${max.toLocaleString('en')} characters, the most a session keeps.`);
      return kept;
    };
    if (field === 'sources') review.sources = value.split('\n').map((s) => cut(s.trim(), LIMITS.source)).filter(Boolean);
    else if (field === 'note') review.note = cut(value, LIMITS.note);
    else review[field] = value;
    review.updated = now();
    if (field === 'verdict') saver.saveNow();
    else saver.scheduleSave();
    return review;
  }

  /** Takes a review or an orphan out (by id): → an undo that puts it back where it was, or null. */
  function removeReview(id) {
    const list = record.reviews.some((r) => r.id === id) ? 'reviews' : 'orphans';
    const index = record[list].findIndex((r) => r.id === id);
    if (index === -1) return null;
    const [review] = record[list].splice(index, 1);
    saver.saveNow();
    changed('reviews');
    return {
      review,
      undo: () => {
        // (an edit on screen may have brought it back already: reviewFor)
        if (![...record.reviews, ...record.orphans].some((r) => r.id === review.id))
          record[list].splice(Math.min(index, record[list].length), 0, review);
        articlesChanged(); // it finds its passage again, or stays an orphan
        saver.saveNow();
        changed('reviews');
      },
    };
  }

  /** The record's corrections changed: stored, and the page redraws what they touch. */
  function correctionsChanged() {
    saver.saveNow();
    host.correctionsChanged();
    changed('corrections');
  }

  /** Makes `next` the current session: its articles open as tabs. stored: it is as the store has it. */
  function open(next, { stored = false } = {}) {
    record = next;
    saver.setBase(stored ? next : null);
    host.loadArticles(record.articles.map(tabOf));
    changed('opened');
  }

  async function openTheStore(opening = tryOpenStore()) {
    ({ store, problem } = await opening);
    if (!store) sayNotStored();
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
    await openTheStore(storage ?? openSessionStorage());
    let last = null;
    let draft = null;
    if (store) {
      try {
        last = await store.last();
        if (last) last = validateSession(last);
      } catch (err) {
        last = null;
        notify(`The last session could not be read: ${err.message}`);
      }
      draft = await unsavedDraft();
    }
    if (draft) {
      open(draft); // not as stored: its write merges with what is
      saver.saveNow(); // stores it, then drops the copy
    } else if (last) {
      open(last, { stored: true });
      status('Saved in this browser.');
    } else {
      changed('opened');
    }
  }

  return {
    record: () => record,
    store: () => store,
    problem: () => problem,
    status,
    articlesChanged,
    setReview,
    removeReview,
    correctionsChanged,
    open,
    start,
    saveNow: saver.saveNow,
    scheduleSave: saver.scheduleSave,
    flush: saver.flush,
  };
}
