// Cold start of the served page, as a first-time visitor gets it: a fresh Chromium profile,
// the service worker allowed (its precache counts), every request the browser makes (page,
// worker, service worker) and the bytes the server wrote for them (headers included).
//   node bench/page-start.mjs [dist-dir] [serve-module]   (prints JSON; bench/run.mjs imports it)
// Times, from navigation start: `ready` = the page's whosaid:ready mark (its state restored),
// `annotator` = whosaid:annotator-ready (the worker has compiled the wasm), `start` = the later
// of the two, when a paste would be annotated at once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** -> {ready_ms, annotator_ms, start_ms, requests, wire_bytes, files: [{path, status, wire}]} */
export async function coldStart({ dist = path.join(ROOT, 'dist'), serveModule = path.join(ROOT, 'scripts/serve.mjs') } = {}) {
  const { serve } = await import(pathToFileURL(serveModule).href);
  const server = await serve(dist, 0);
  // Counted where the bytes leave: the server's sockets (body + headers, every client: the
  // page, its worker, the service worker) and each response's status, length and encoding.
  const sockets = new Set();
  const files = [];
  server.on('connection', (socket) => sockets.add(socket));
  server.on('request', (req, res) => {
    const before = req.socket.bytesWritten; // one request at a time per connection (HTTP/1.1)
    res.on('finish', () => files.push({
      path: new URL(req.url, 'http://x').pathname, status: res.statusCode, wire: req.socket.bytesWritten - before,
    }));
  });
  const base = `http://127.0.0.1:${server.address().port}/`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-start-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, serviceWorkers: 'allow', args: CHROMIUM_ARGS,
  });
  try {
    const page = await context.newPage();
    await page.goto(base);
    await page.waitForSelector('body[data-ready="1"]', { timeout: 30000 });
    // The precache is part of a first visit: wait for the service worker to take over.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForLoadState('networkidle');
    const marks = await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      return { ready: at('whosaid:ready'), annotator: at('whosaid:annotator-ready') };
    });
    await page.close();
    const start = marks.annotator == null ? null : Math.max(marks.ready, marks.annotator);
    return { ready_ms: marks.ready, annotator_ms: marks.annotator, start_ms: start, requests: files.length,
      wire_bytes: [...sockets].reduce((n, socket) => n + socket.bytesWritten, 0), files };
  } finally {
    await context.close();
    server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dist, serveModule] = process.argv.slice(2);
  console.log(JSON.stringify(await coldStart({ dist: dist && path.resolve(dist), serveModule: serveModule && path.resolve(serveModule) }), null, 1));
}
