// Service worker: after the first visit the page works with the network off.
// Cache-first for every same-origin GET; the cache is named after the build, so a new build
// (scripts/build.mjs writes BUILD below into dist/sw.js) installs a fresh cache and the old
// ones are deleted on activate. Serving web/ unbuilt, BUILD stays empty and only what the
// page fetched gets cached.

const BUILD = { version: 'dev', files: [], integrity: {} }; // replaced by the build: { version, files, integrity }
const CACHE = `whosaid-${BUILD.version}`;

// One file of the precache. First the HTTP cache's copy as it is ('force-cache': no request at
// all when the page has just downloaded it, as it has the wasm and the bundles), checked
// against the build's own hash of the file (Subresource Integrity): a stale copy of an older
// build fails the check and is fetched again, revalidated with the server ('no-cache', its
// ETag), and must match too. Before, every precached file was a conditional request (nine 304s,
// ~2.4 KB of headers on a first visit).
async function precacheOne(cache, file) {
  const integrity = BUILD.integrity[file] || '';
  let response = await fetch(new Request(file, { cache: 'force-cache', integrity })).catch(() => null);
  if (!response?.ok) response = await fetch(new Request(file, { cache: 'no-cache', integrity }));
  if (!response.ok) throw new Error(`precache: ${file}: HTTP ${response.status}`);
  await cache.put(file, response);
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try {
      await Promise.all(BUILD.files.map((f) => precacheOne(cache, f)));
    } catch (err) {
      await caches.delete(CACHE); // all or nothing, as cache.addAll was
      throw err;
    }
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
