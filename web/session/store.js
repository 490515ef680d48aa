// IndexedDB storage of sessions. Database "whosaid", stores "sessions" (records as in
// schema.js, key "id") and "meta" ("current": the open session's id). Every write is one
// transaction: when it fails (storage full, private browsing), it rolls back whole, so what
// was saved before stays, and the promise rejects with an Error whose message is in words.

const DB_NAME = 'whosaid';
const DB_VERSION = 1;

/** Words for a failed storage operation. */
export function storageProblem(err) {
  const name = err?.name ?? '';
  if (name === 'QuotaExceededError') return 'the browser’s storage for this page is full';
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError')
    return 'the browser does not let this page store data (private browsing, or storage turned off)';
  if (name === 'VersionError') return 'a newer version of this page changed the stored data; reload the page';
  return err?.message ? `the browser refused to store it (${err.message})` : 'the browser refused to store it';
}

const wrap = (err) => Object.assign(new Error(storageProblem(err)), { cause: err });

const done = (request) => new Promise((resolve, reject) => {
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});

/** Opens the database; rejects with words when the browser offers no IndexedDB. */
export async function openStore(idb = globalThis.indexedDB) {
  if (!idb) throw new Error('this browser offers no storage to pages (IndexedDB)');
  let db;
  try {
    const request = idb.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const d = request.result;
      if (!d.objectStoreNames.contains('sessions')) d.createObjectStore('sessions', { keyPath: 'id' });
      if (!d.objectStoreNames.contains('meta')) d.createObjectStore('meta');
    };
    request.onblocked = () => {};
    db = await done(request);
  } catch (err) {
    throw wrap(err);
  }
  // Another tab upgrading the database: let it, this page then stops saving (reported on write).
  db.onversionchange = () => db.close();

  /**
   * Runs fn(stores, abortWith) in one transaction; resolves with fn's value once committed.
   * abortWith(err), for errors inside request callbacks: rolls back, rejects with err's words.
   */
  function transact(mode, fn) {
    return new Promise((resolve, reject) => {
      let tx;
      let value;
      let thrown = null;
      const abortWith = (err) => {
        thrown = err;
        try { tx.abort(); } catch { /* already finished */ }
      };
      try {
        tx = db.transaction(['sessions', 'meta'], mode);
        value = fn({ sessions: tx.objectStore('sessions'), meta: tx.objectStore('meta') }, abortWith);
      } catch (err) {
        try { tx?.abort(); } catch { /* already finished */ }
        reject(wrap(err));
        return;
      }
      tx.oncomplete = async () => resolve(await value);
      tx.onabort = () => reject(wrap(thrown ?? tx.error ?? new DOMException('aborted', 'AbortError')));
      tx.onerror = (e) => e.preventDefault(); // reported through onabort
    });
  }

  return {
    /** Every session: [{id, name, updated}], most recent first. */
    async list() {
      const all = await transact('readonly', ({ sessions }) => done(sessions.getAll()));
      return all.map(({ id, name, updated }) => ({ id, name, updated }))
        .sort((a, b) => b.updated.localeCompare(a.updated));
    },
    get: (id) => transact('readonly', ({ sessions }) => done(sessions.get(id))).then((r) => r ?? null),
    /**
     * The session to reopen, unchecked: the current one, else the most recently updated, else
     * null. One transaction (a page's start waited for three in a row: current, list, get).
     */
    last: () => transact('readonly', ({ sessions, meta }) => new Promise((settle) => {
      const newest = () => {
        const all = sessions.getAll();
        all.onsuccess = () => settle(all.result.reduce((best, r) => (best && String(r.updated) <= String(best.updated) ? best : r), null));
      };
      const current = meta.get('current');
      current.onsuccess = () => {
        if (current.result == null) return newest();
        const read = sessions.get(current.result);
        read.onsuccess = () => (read.result ? settle(read.result) : newest());
      };
    })),
    current: () => transact('readonly', ({ meta }) => done(meta.get('current'))).then((r) => r ?? null),
    /** Stores a session (whole) and makes it the current one, in one transaction. */
    put: (record) => transact('readwrite', ({ sessions, meta }) => {
      sessions.put(record);
      meta.put(record.id, 'current');
    }),
    /**
     * Reads the stored session `id` and writes what resolve(stored or null) returns, in one
     * transaction: no other tab can write in between, so a merge there loses nothing.
     */
    putAfterReading: (id, resolve) => transact('readwrite', ({ sessions, meta }, abortWith) => new Promise((settle) => {
      const read = sessions.get(id);
      read.onsuccess = () => {
        try {
          const record = resolve(read.result ?? null);
          sessions.put(record);
          meta.put(record.id, 'current');
          settle(record);
        } catch (err) {
          abortWith(err);
        }
      };
    })),
    /** Deletes a session; `next` (an id or null) becomes the current one, in the same transaction. */
    remove: (id, next) => transact('readwrite', ({ sessions, meta }) => {
      sessions.delete(id);
      if (next) meta.put(next, 'current');
      else meta.delete('current');
    }),
  };
}

/** Asks the browser to keep this page's data under storage pressure; resolves true/false. */
export async function askPersistence(storage = globalThis.navigator?.storage) {
  try {
    if (await storage?.persisted?.()) return true;
    return Boolean(await storage?.persist?.());
  } catch {
    return false;
  }
}
