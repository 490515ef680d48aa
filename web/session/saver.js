// Saving the current session as you go, safely when the same session is open in two tabs.
// Each write reads what is stored first, in the same IndexedDB transaction: when another tab
// wrote since (a newer `rev`), both sides' changes are merged (merge.js) and written together,
// so no write is lost. A BroadcastChannel tells the other tabs, which pull the change at once.

import { dropDraft, keepDraft } from './draft.js';
import { mergeRecords } from './merge.js';
import { validateSession } from './schema.js';

const SAVE_DELAY_MS = 400;
const CHANNEL = 'whosaid-sessions';
const now = () => new Date().toISOString();

/**
 * io: { store() (or null), notStored() (says why there is none), record() (the current session),
 *       adopt(record) (the current session with another tab's changes merged in),
 *       status(message, isError), isError(), saved() (after each stored write) }
 */
export function createSaver(io) {
  let base = null;     // the current session as last read from or written to the store
  let timer = 0;
  let writing = Promise.resolve();
  let writes = 0;      // number of the latest write
  let stored = 0;      // number of the latest write known to be stored
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;

  /** The record to store, given what is stored now (runs inside the write's transaction). */
  function resolveWrite(snapshot, stored) {
    let theirs = null;
    try {
      theirs = stored && validateSession(stored);
    } catch {
      theirs = null; // unreadable: ours replaces it
    }
    const known = base?.id === snapshot.id ? base.rev : -1;
    if (!theirs || theirs.rev === known) return { record: { ...snapshot, rev: (theirs?.rev ?? snapshot.rev ?? 0) + 1 }, merged: false };
    const { record } = mergeRecords(base?.id === snapshot.id ? base : null, snapshot, theirs);
    return { record: { ...record, rev: theirs.rev + 1 }, merged: true };
  }

  /** Writes the current record now (queued after earlier writes). Resolves true when stored. */
  function saveNow() {
    clearTimeout(timer);
    timer = 0;
    const store = io.store();
    if (!store) {
      io.notStored();
      return Promise.resolve(false);
    }
    const generation = ++writes;
    if (!io.isError()) io.status('Saving…');
    writing = writing.then(() => {
      const current = io.record();
      current.updated = now();
      let snapshot;
      try {
        snapshot = validateSession(current); // the reader's own check: never store what it would refuse
      } catch (err) {
        io.status(`Not saved: ${err.message} Export the session to keep a copy.`, true);
        return false;
      }
      let outcome = null;
      return store.putAfterReading(snapshot.id, (stored) => {
        outcome = resolveWrite(snapshot, stored);
        return outcome.record;
      }).then(() => {
        base = structuredClone(outcome.record);
        stored = Math.max(stored, generation);
        if (generation === writes) dropDraft();
        if (outcome.merged) io.adopt(mergeRecords(snapshot, io.record(), outcome.record).record, { rev: outcome.record.rev });
        else if (io.record().id === snapshot.id) io.record().rev = outcome.record.rev;
        channel?.postMessage({ id: snapshot.id, rev: outcome.record.rev });
        // "Saved" only when nothing newer waits: a later change is still "Saving…".
        if (generation === writes && !timer) io.status(`Saved in this browser at ${new Date(snapshot.updated).toLocaleTimeString()}.`);
        io.saved();
        return true;
      }, (err) => {
        io.status(`Not saved: ${err.message}. What was saved before is kept; export the session to keep a copy of the rest.`, true);
        return false;
      });
    });
    return writing;
  }

  function scheduleSave() {
    if (io.store() && !io.isError()) io.status('Saving…');
    clearTimeout(timer);
    timer = setTimeout(saveNow, SAVE_DELAY_MS);
  }

  /** Another tab stored the current session: take its changes in (ours, unsaved, are kept). */
  async function pull(rev) {
    if (timer) { saveNow(); return; } // our write merges them
    await writing;
    const id = io.record().id;
    if ((base?.id === id ? base.rev : -1) >= rev) return;
    const stored = await io.store()?.get(id).catch(() => null);
    if (!stored || io.record().id !== id) return;
    const theirs = validateSession(stored);
    if (base?.id === id && theirs.rev <= base.rev) return;
    const { record } = mergeRecords(base?.id === id ? base : null, io.record(), theirs);
    base = theirs;
    io.adopt({ ...record, rev: theirs.rev }, { rev: theirs.rev });
  }
  if (channel) {
    channel.onmessage = (e) => {
      if (e.data?.id === io.record().id) pull(e.data.rev).catch(() => {});
    };
  }

  // Going away with a write pending or unconfirmed: start it, and keep a synchronous copy.
  function leaving() {
    if (!io.store() || (!timer && stored === writes)) return;
    if (timer) saveNow();
    keepDraft(io.record());
  }
  addEventListener('pagehide', leaving);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') leaving(); });

  return {
    saveNow,
    scheduleSave,
    flush: () => (timer ? saveNow() : writing),
    /** The session just opened, as it is stored (null for one not stored yet). */
    setBase: (record) => { base = record ? structuredClone(record) : null; },
  };
}
