// Offline: registers the service worker (web/sw.js), which keeps the page, its modules, the
// wasm and the example cached after the first visit. Only over http(s): file:// has no
// service workers, and the one-file copy (whosaid.html) needs none.

export function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return null;
  if (typeof globalThis.WHOSAID_WORKER_SOURCE === 'string') return null; // the one-file copy
  return navigator.serviceWorker.register(new URL('../sw.js', import.meta.url), { scope: new URL('../', import.meta.url).pathname })
    .catch(() => null); // the page works without it, just not offline
}
