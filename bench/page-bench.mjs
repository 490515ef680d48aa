// Page benchmark (not part of npm test): run `npm run build`, then `node bench/page-bench.mjs`.
// Prints: page load to ready; Annotate to drawn overlay for ~5 KB, ~1 MB and ~10 MB of
// generated news copy (with the longest main-thread task while it ran); and the bytes the
// page downloads, raw and gzip, against the 250 KB gzip budget.
import zlib from 'node:zlib';
import { openPage, startSite, waitForResult } from '../tests/e2e/harness.mjs';
import { newsText } from '../tests/e2e/news-text.mjs';

const BUDGET_GZIP = 250 * 1024;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${Math.round(n)} ms`;

const site = await startSite();
try {
  // --- bytes and ready time: a fresh page, every response counted ---------------------------
  const responses = [];
  const probe = await site.context.newPage();
  probe.on('response', (r) => responses.push(r));
  await probe.goto(site.base);
  await probe.waitForSelector('body[data-ready="1"]');
  const ready = await probe.evaluate(() => performance.getEntriesByName('whosaid:ready')[0].startTime);
  // The worker and its wasm load at once (warm-up); the example is a module already loaded.
  await probe.getByRole('button', { name: 'Try an example' }).click();
  await waitForResult(probe);
  const files = [];
  for (const r of responses) {
    const body = await r.body().catch(() => Buffer.alloc(0));
    files.push({ path: new URL(r.url()).pathname, raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length });
  }
  await probe.close();

  // --- annotate to drawn overlay --------------------------------------------------------------
  async function annotateRun(bytes) {
    const text = newsText(bytes);
    const { page: p } = await openPage(site.context, site.base);
    await p.evaluate(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
      }).observe({ type: 'longtask' });
    });
    await p.getByLabel('Article text').evaluate((box, t) => { box.value = t; }, text);
    await p.evaluate(() => window.__longest = 0);
    await p.getByRole('button', { name: 'Annotate', exact: true }).click();
    const state = await waitForResult(p, 120000);
    const result = await p.evaluate(() => ({
      overlay: performance.getEntriesByName('whosaid:annotate-to-overlay').at(-1)?.duration,
      claims: document.querySelectorAll('#article .claim-first').length,
      longest: window.__longest,
    }));
    await p.close();
    return { bytes: Buffer.byteLength(text), state, ...result };
  }
  const runs = [];
  for (const size of [5_000, 1_000_000, 10_000_000]) runs.push(await annotateRun(size));

  // --- report ----------------------------------------------------------------------------------
  console.log(`page load to ready:           ${ms(ready)}`);
  for (const r of runs) {
    console.log(`annotate to overlay, ${kb(r.bytes).padStart(10)}: ${r.state === 'done' ? ms(r.overlay) : r.state} ` +
      `(${r.claims} claims; longest main-thread task ${ms(r.longest)})`);
  }
  console.log('\ndownloaded by the page (first visit, example annotated):');
  for (const f of files) console.log(`  ${f.path.padEnd(28)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(10)} gzip`);
  const raw = files.reduce((s, f) => s + f.raw, 0);
  const gzip = files.reduce((s, f) => s + f.gzip, 0);
  console.log(`  ${'total'.padEnd(28)} ${kb(raw).padStart(10)} raw ${kb(gzip).padStart(10)} gzip ` +
    `(budget ${kb(BUDGET_GZIP)} gzip: ${gzip <= BUDGET_GZIP ? 'within' : 'OVER'})`);
} finally {
  await site.stop();
}
