// A synchronous copy of the session, taken as the page goes away (reload, navigation, tab
// hidden) while an IndexedDB write is still pending: an unloading page neither finishes nor
// aborts that write, so the last moments of typing would be lost. sessionStorage writes at
// once; the next load of this tab folds the copy back in (controller.js) and drops it once stored.

const KEY = 'whosaid:draft';

/** Keeps `record` (a session record) for this tab; false when the browser refuses it. */
export function keepDraft(record, storage = globalThis.sessionStorage) {
  try {
    storage.setItem(KEY, JSON.stringify(record));
    return true;
  } catch {
    return false; // no sessionStorage, or full: the IndexedDB write may still land
  }
}

/** The kept record (unchecked: validate it), or null. */
export function readDraft(storage = globalThis.sessionStorage) {
  try {
    const text = storage.getItem(KEY);
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

export function dropDraft(storage = globalThis.sessionStorage) {
  try { storage.removeItem(KEY); } catch { /* nothing kept */ }
}
