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
    // 'no-cache': the HTTP cache's copy, revalidated with the server first (its ETag), so a
    // stale copy of an older build is never taken, yet what the page has just downloaded
    // (the wasm above all) comes back as a 304 instead of a second download.
    await cache.addAll(BUILD.files.map((f) => new Request(f, { cache: 'no-cache' })));
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
    const navigate = request.mode === 'navigate';
    const hit = await cache.match(request, { ignoreSearch: navigate });
    if (hit) return hit;
    let response;
    try {
      response = await fetch(request);
    } catch (err) {
      // Offline at another name of the page (index.html): the page precached as './'.
      const page = navigate && await cache.match('./');
      if (page) return page;
      throw err;
    }
    if (response.ok && response.type === 'basic') cache.put(request, response.clone());
    return response;
  })());
});
