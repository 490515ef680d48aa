// Shared pieces of the page tests: the browser (system chromium, never a downloaded one),
// the built site served from dist/, the CLI as the reference annotator, and readers of
// the page's DOM contract.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');
export const CLI = path.join(ROOT, 'build/native/whosaid');
export const DOCS = path.join(ROOT, 'docs');

const missing = [path.join(DIST, 'index.html'), CLI].filter((f) => !fs.existsSync(f));
if (missing.length) throw new Error(`build first (npm run build): missing ${missing.join(', ')}`);

/** How every test starts the system chromium (tests/js/npm-package.test.mjs too). */
export const CHROMIUM_LAUNCH = Object.freeze({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/**
 * Starts the static server and a fresh-profile chromium; call stop() when done.
 * Service workers are blocked unless asked for: Playwright cannot route requests a service
 * worker answers, and a cache-first worker would carry files over from one test to the next.
 */
export async function startSite({ serviceWorkers = 'block' } = {}) {
  const server = await serve(DIST, 0);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { ...CHROMIUM_LAUNCH, serviceWorkers });
  return {
    base,
    context,
    async stop() {
      await context.close();
      server.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens a page and records what the page should never do: console errors or warnings,
 * uncaught exceptions, and requests to any origin other than its own.
 */
export async function openPage(context, url, { viewport = { width: 1280, height: 900 }, colorScheme = 'light', clearSessions = false } = {}) {
  const page = await context.newPage();
  // The page reopens the last fact-check session (IndexedDB); tests that need an empty page
  // delete it first, from a same-origin file that runs no script.
  if (clearSessions) {
    await page.goto(new URL('manifest.webmanifest', url).href);
    await page.evaluate(() => new Promise((resolve, reject) => {
      const request = indexedDB.deleteDatabase('whosaid');
      request.onsuccess = resolve;
      request.onerror = () => reject(request.error);
    }));
  }
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme });
  const problems = [];
  const origin = new URL(url).origin;
  page.on('console', (m) => {
    // Playwright's own note when startSite() blocked service workers: not the page's doing.
    if (m.text() === 'Service Worker registration blocked by Playwright') return;
    // Chromium's own favicon fetch for the manifest page that clearSessions opens first: its
    // 404 can arrive after this listener is set (a race that failed tests now and then).
    if (new URL(m.location()?.url || 'about:blank').pathname === '/favicon.ico') return;
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e}`));
  page.on('request', (r) => {
    const u = new URL(r.url());
    const own = u.protocol === 'data:' || u.protocol === 'blob:' ||
      (url.startsWith('file:') ? u.protocol === 'file:' : u.origin === origin);
    if (!own) problems.push(`foreign request: ${r.url()}`);
  });
  page.on('worker', (w) => w.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`worker console ${m.type()}: ${m.text()}`);
  }));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="1"]', { timeout: 15000 });
  return { page, problems };
}

/** Waits until the current annotation request has finished (done or error). */
export async function waitForResult(page, timeout = 20000) {
  await page.waitForFunction(() => ['done', 'error'].includes(document.body.dataset.state), null, { timeout });
  return page.evaluate(() => document.body.dataset.state);
}

/** The reference: what the command-line annotator says about the same text. */
export function cliAnnotate(text) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-cli-'));
  try {
    const file = path.join(dir, 'article.txt');
    fs.writeFileSync(file, text);
    return JSON.parse(execFileSync(CLI, ['annotate', file], { encoding: 'utf8', maxBuffer: 1 << 30 }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The claims as the page shows them: fragments grouped by data-claim-id, in order. */
export function pageClaims(page) {
  return page.evaluate(() => {
    const claims = new Map();
    for (const f of document.querySelectorAll('#article [data-claim-id]')) {
      const c = claims.get(f.dataset.claimId) || { id: f.dataset.claimId, speakers: new Set(), texts: [] };
      c.speakers.add(f.dataset.speakerId);
      c.texts.push(f.textContent);
      claims.set(c.id, c);
    }
    return [...claims.values()].map((c) => ({ id: c.id, speaker: [...c.speakers].join('|'), text: c.texts.join('') }));
  });
}

/** The CLI's claims in the shape pageClaims() returns. */
export const expectedClaims = (annotation) =>
  annotation.claims.map((c) => ({ id: c.id, speaker: c.speaker ?? '', text: c.text }))
    .sort((a, b) => a.id.localeCompare(b.id));

export const byId = (list) => [...list].sort((a, b) => a.id.localeCompare(b.id));

/**
 * A long article is drawn only near the viewport (web/app/article-view.js). This scrolls
 * each of its blocks into view in turn, waits (inside the page) until the block is drawn, and
 * records what it held: → { text (every block's text, in order), claimIds (its first
 * fragments'), maxNodes (the most elements #article held at any step) }.
 */
export function readWholeArticle(page) {
  return page.evaluate(async () => {
    const article = document.getElementById('article');
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const parts = [];
    const claimIds = [];
    let maxNodes = 0;
    for (const block of article.children) {
      block.scrollIntoView({ block: 'start' });
      while (block.style.height !== '') await frame(); // a placeholder has a set height
      parts.push(block.textContent);
      for (const f of block.querySelectorAll('.claim-first')) claimIds.push(f.dataset.claimId);
      maxNodes = Math.max(maxNodes, article.querySelectorAll('*').length);
    }
    return { text: parts.join(''), claimIds, maxNodes };
  });
}
