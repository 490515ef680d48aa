// body[data-ready="1"] is what every page test waits for before it reads the page, so it must
// mean "the last session is restored", however slow the machine. It used to be set by a 3 s
// timer too, when the session was not back by then: on a busy machine a test could read the
// page before its session returned. Here the page's IndexedDB open is held (not slowed by a
// sleep) and the page's clock is run 10 s ahead by Playwright's fake timers: the page must
// still not say ready, and once the open is let go it says ready with the session back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, startSite } from './harness.mjs';
import { openArticle, waitSaved } from './session-helpers.mjs';

const ARTICLE = '"The ferry will run again in May," said harbour master Ines Varga.';

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

test('ready means the last session is back, even when storage answers after any timer', async () => {
  const first = await openPage(site.context, site.base, { clearSessions: true });
  await openArticle(first.page, ARTICLE);
  await waitSaved(first.page);
  await first.page.close();

  const page = await site.context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.text() === 'Service Worker registration blocked by Playwright') return; // as openPage()
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e}`));
  // Holds the page's indexedDB.open: its success reaches the page only after __release().
  await page.addInitScript(() => {
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    window.__release = release;
    const realOpen = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function open(...args) {
      const request = realOpen.apply(this, args);
      let handler = null;
      Object.defineProperty(request, 'onsuccess', { configurable: true, get: () => handler, set: (f) => { handler = f; } });
      request.addEventListener('success', (e) => { held.then(() => handler?.call(request, e)); });
      window.__openHeld = true;
      return request;
    };
  });
  await page.clock.install();
  await page.goto(site.base);
  await page.waitForFunction(() => window.__openHeld === true);
  await page.clock.runFor(10_000); // fires every timer the page set for the next 10 s
  assert.equal(await page.evaluate(() => document.body.dataset.ready ?? null), null, 'ready before the session was back');

  await page.evaluate(() => window.__release());
  await page.waitForSelector('body[data-ready="1"]');
  assert.equal(await page.inputValue('#article-text'), ARTICLE);
  assert.deepEqual(problems, []);
  await page.close();
});
