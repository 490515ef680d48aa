// Cold start of the served page, as a first-time visitor gets it: a fresh Chromium profile,
// the service worker allowed (its precache counts), every request the browser makes (page,
// worker, service worker) and the bytes the server wrote for them (headers included).
//   node bench/page-start.mjs [dist-dir] [serve-module]   (prints JSON; bench/run.mjs imports it)
// Times, from navigation start: `ready` = the page's whosaid:ready mark (its state restored),
// `annotator` = whosaid:annotator-ready (the worker has compiled the wasm), `start` = the later
// of the two, when a paste would be annotated at once.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// Resolves once body[data-ready="1"] (the page's own ready: its session restored).
export const WAIT_READY = `new Promise((resolve) => {
  const ready = () => document.body?.dataset.ready === '1';
  if (ready()) return resolve();
  new MutationObserver((_, observer) => { if (ready()) { observer.disconnect(); resolve(); } })
    .observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
})`;

/** npm start's server in a process of its own (bench/counted-server.mjs): -> {base, report(), stop()}. */
async function startServer(dist = path.join(ROOT, 'dist'), serveModule = path.join(ROOT, 'scripts/serve.mjs')) {
  const child = fork(path.join(ROOT, 'bench/counted-server.mjs'), [dist, serveModule], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const next = () => new Promise((resolve, reject) => {
    const onExit = (code) => reject(new Error(`page-start: the server exited (${code})`));
    child.once('exit', onExit);
    child.once('message', (m) => { child.off('exit', onExit); resolve(m); });
  });
  const { port } = await next();
  return {
    base: `http://127.0.0.1:${port}/`,
    report: () => { const r = next(); child.send('report'); return r; },
    stop: () => new Promise((resolve) => { child.once('exit', resolve); child.disconnect(); }),
  };
}

/**
 * npm start's server (in its own process) and a fresh-profile Chromium with one page and a
 * protocol session on it: -> run({server, page, cdp})'s value; everything is stopped after.
 */
export async function withFreshStart({ dist, serveModule } = {}, run) {
  // The server runs as `npm start` runs it, in a process of its own: in this one it shared an
  // event loop with Playwright's handling of the browser's protocol traffic (each request,
  // worker and console line of the page), which answered the page's requests late under load.
  const server = await startServer(dist, serveModule);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-start-'));
  let context = null;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, serviceWorkers: 'allow', args: CHROMIUM_ARGS,
    });
    const page = await context.newPage();
    return await run({ server, page, cdp: await context.newCDPSession(page) });
  } finally {
    await context?.close();
    await server.stop();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** -> {ready_ms, annotator_ms, start_ms, requests, wire_bytes, files: [{path, status, wire}]} */
export function coldStart({ dist = path.join(ROOT, 'dist'), serveModule = path.join(ROOT, 'scripts/serve.mjs') } = {}) {
  return withFreshStart({ dist, serveModule }, async ({ server, page, cdp }) => {
    await page.goto(server.base);
    // Waited for through the protocol, not page.waitForSelector: that injects Playwright's
    // selector engine into the page as it starts (~18 ms of its main thread's CPU, in a trace,
    // between main.js and the session's restore), which no reader's page runs.
    const readyAttr = cdp.send('Runtime.evaluate', { awaitPromise: true, expression: WAIT_READY });
    await Promise.race([readyAttr, new Promise((_, reject) => setTimeout(() => reject(new Error('page-start: not ready in 30 s')), 30000).unref())]);
    // The precache is part of a first visit: wait for the service worker to take over.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForLoadState('networkidle');
    const marks = await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      return { ready: at('whosaid:ready'), annotator: at('whosaid:annotator-ready') };
    });
    await page.close();
    const { wire_bytes, files } = await server.report();
    const start = marks.annotator == null ? null : Math.max(marks.ready, marks.annotator);
    return { ready_ms: marks.ready, annotator_ms: marks.annotator, start_ms: start, requests: files.length, wire_bytes, files };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dist, serveModule] = process.argv.slice(2);
  console.log(JSON.stringify(await coldStart({ dist: dist && path.resolve(dist), serveModule: serveModule && path.resolve(serveModule) }), null, 1));
}
