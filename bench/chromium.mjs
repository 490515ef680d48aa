// The WASM module in Chromium through the page's real worker path: dist/ served as the page
// is, dist/worker.js started as the page starts it, texts posted to it as the page posts them
// (structured clone in, annotation object out). Also: cold start to ready and bytes downloaded.
import zlib from 'node:zlib';
import { startSite } from '../tests/e2e/harness.mjs';
import { TIER_UP_ROUNDS, tierUpText } from '../web/tier-up.js';

/** files: [{bytes, file, reps}] -> {ready_ms, download: {raw, gzip, files}, runs: [{bytes, ms, found}]} */
export async function chromiumRunner(files, { timeoutMs = 180000 } = {}) {
  const site = await startSite();
  try {
    // Cold start: a fresh profile, every response counted until the network is idle.
    const page = await site.context.newPage();
    const responses = [];
    page.on('response', (r) => responses.push(r));
    await page.goto(site.base);
    await page.waitForSelector('body[data-ready="1"]', { timeout: 30000 });
    await page.waitForLoadState('networkidle');
    const ready = await page.evaluate(() => performance.getEntriesByName('whosaid:ready')[0]?.startTime ?? null);
    const download = { raw: 0, gzip: 0, files: [] };
    for (const r of responses) {
      const body = await r.body().catch(() => Buffer.alloc(0));
      const gzip = zlib.gzipSync(body, { level: 9 }).length;
      download.raw += body.length;
      download.gzip += gzip;
      download.files.push({ path: new URL(r.url()).pathname, raw: body.length, gzip });
    }

    // Bench texts come from Node through a route, never through the page's own server.
    await page.route('**/__bench/*', (route) => {
      const f = files[Number(new URL(route.request().url()).pathname.split('/').pop())];
      route.fulfill({ path: f.file, contentType: 'text/plain; charset=utf-8' });
    });
    await page.evaluate(async () => {
      // The page's own unpacking of the worker's compact answer: part of the path, timed too.
      const { unpack } = await import('./compact-result.js');
      const worker = new Worker('./worker.js', { type: 'module' });
      let next = 1;
      window.__annotate = (text) => new Promise((resolve, reject) => {
        const id = `bench-${next++}`;
        const onMessage = (e) => {
          if (e.data?.id !== id) return;
          worker.removeEventListener('message', onMessage);
          e.data.ok ? resolve(unpack(e.data.packed, text)) : reject(new Error(e.data.error));
        };
        worker.addEventListener('message', onMessage);
        worker.postMessage({ id, text });
      });
    });
    page.setDefaultTimeout(timeoutMs);
    // Warmed up as the page's worker warms itself and as bench/runners.mjs warms every runner.
    await page.evaluate(async ({ text, rounds }) => {
      for (let k = 0; k < rounds; k++) await window.__annotate(text);
    }, { text: tierUpText(), rounds: TIER_UP_ROUNDS });
    const runs = [];
    for (const [i, f] of files.entries()) {
      try {
        const r = await page.evaluate(async ({ i, reps }) => {
          const text = await (await fetch(`./__bench/${i}`)).text();
          await window.__annotate(text.slice(0, 1e6)); // as bench/runners.mjs: the input's own constructs
          let best = Infinity, found = 0;
          for (let k = 0; k < reps; k++) {
            const t0 = performance.now();
            found = (await window.__annotate(text)).claims.length;
            best = Math.min(best, performance.now() - t0);
          }
          return { ms: best, found };
        }, { i, reps: f.reps });
        runs.push({ bytes: f.bytes, ...r });
      } catch (e) {
        runs.push({ bytes: f.bytes, error: String(e.message || e).split('\n')[0] });
      }
    }
    await page.close();
    return { ready_ms: ready, download, runs };
  } finally {
    await site.stop();
  }
}
