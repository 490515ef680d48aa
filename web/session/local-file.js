// A page opened from file:// shares its storage (IndexedDB, localStorage) with every other
// HTML file the browser opens from this computer, and such files run with no CSP of their
// own: any of them could read or change the sessions. So from file:// sessions stay in
// memory unless the reader chooses to store them; the choice is remembered (a flag only).

const CHOICE = 'whosaid:store-from-file';

export const isLocalFile = (loc = globalThis.location) => loc?.protocol === 'file:';

export const MEMORY_ONLY =
  'Opened from a file: sessions are kept in memory only, because every HTML file opened from this computer could read what this page stores. Export the session to keep a copy.';

export function storesFromFile(storage = globalThis.localStorage) {
  try { return storage.getItem(CHOICE) === 'yes'; } catch { return false; }
}

export function chooseStoreFromFile(storage = globalThis.localStorage) {
  try { storage.setItem(CHOICE, 'yes'); } catch { /* then it asks again next time */ }
}
