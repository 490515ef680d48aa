// Service worker: after the first visit the page works with the network off.
// Cache-first for every same-origin GET; the cache is named after the build, so a new build
// (scripts/build.mjs writes BUILD below into dist/sw.js) installs a fresh cache and the old
// ones are deleted on activate. Serving web/ unbuilt, BUILD stays empty and only what the
// page fetched gets cached.

const BUILD = { version: 'dev', files: [] }; // replaced by the build: { version, files }
const CACHE = `whosaid-${BUILD.version}`;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // 'reload': straight from the server, not from a stale HTTP cache of an older build.
    await cache.addAll(BUILD.files.map((f) => new Request(f, { cache: 'reload' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith('whosaid-') && n !== CACHE).map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // The page's own URL may carry a query or a hash; its files never do.
    const hit = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
    if (hit) return hit;
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') cache.put(request, response.clone());
    return response;
  })());
});
