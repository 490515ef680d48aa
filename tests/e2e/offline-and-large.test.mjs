// Instant and offline: after one visit the page (service worker) works with the network off;
// it is installable (manifest, icon); an input over 1 MB shows a progress bar and is drawn
// as the reader scrolls, matching the CLI.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SAMPLE_ARTICLE } from '../../web/app/sample-article.js';
import { byId, cliAnnotate, expectedClaims, openPage, pageClaims, readWholeArticle, startSite, waitForResult } from './harness.mjs';
import { newsText } from './news-text.mjs';

let site;
before(async () => { site = await startSite({ serviceWorkers: 'allow' }); });
after(async () => { await site?.stop(); });

test('offline: after the first visit, a reload with the network off still annotates', async () => {
  const { page, problems } = await openPage(site.context, site.base);
  const cacheName = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return caches.keys();
  });
  assert.equal(cacheName.length, 1);
  assert.match(cacheName[0], /^whosaid-[0-9a-f]{12}$/);

  await site.context.setOffline(true);
  try {
    assert.equal(await page.evaluate(() => fetch('https://example.com/').then(() => 'online', () => 'offline')), 'offline');
    await page.reload();
    await page.waitForSelector('body[data-ready="1"]');
    await page.getByRole('button', { name: 'Try an example' }).click();
    assert.equal(await waitForResult(page), 'done', await page.textContent('#status'));
    assert.deepEqual(byId(await pageClaims(page)), expectedClaims(cliAnnotate(SAMPLE_ARTICLE)));
  } finally {
    await site.context.setOffline(false);
  }
  // The one request above to another origin was ours, to prove the network is off.
  assert.deepEqual(problems.filter((p) => !p.includes('https://example.com/')), []);
  await page.close();
});

test('installable: the manifest names the page, its icon and standalone display', async () => {
  const { page, problems } = await openPage(site.context, site.base);
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]');
    return (await fetch(link.href)).json();
  });
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.start_url, './');
  assert.ok(manifest.name && manifest.short_name && manifest.theme_color && manifest.background_color);
  const icon = manifest.icons.find((i) => i.type === 'image/svg+xml');
  const size = await page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    return img.naturalWidth;
  }, new URL(icon.src, site.base).href);
  assert.ok(size > 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('over 1 MB: a progress bar while it works, then the whole article, as the CLI sees it', async () => {
  const text = newsText(1_200_000);
  const { page, problems } = await openPage(site.context, site.base);
  // The bar and the status line are transient: recorded inside the page by an observer set
  // up before the paste, so a fast machine that finishes at once still shows what it showed.
  await page.evaluate((t) => {
    const progress = document.getElementById('progress');
    const status = document.getElementById('status');
    window.__seen = [];
    const record = () => window.__seen.push({
      bar: !progress.hidden, value: progress.hasAttribute('value') ? progress.value : null, status: status.textContent,
    });
    new MutationObserver(record).observe(document.getElementById('workspace'), {
      subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'value'],
    });
    const box = document.getElementById('article-text');
    box.value = t;
    box.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
  }, text);
  assert.equal(await waitForResult(page), 'done');
  assert.equal(await page.isHidden('#progress'), true);
  const seen = await page.evaluate(() => window.__seen);
  const withBar = seen.filter((s) => s.bar);
  assert.ok(withBar.length > 0, 'the progress bar was never shown');
  assert.ok(withBar.some((s) => /^Annotating 1\.2 MB…$/.test(s.status)), JSON.stringify(withBar.slice(0, 3)));
  // While the bar shows, the status names the work (the summary may land a microtask before the bar goes).
  const final = await page.textContent('#status');
  assert.match(final, /^\d+ claims by \d+ speakers/);
  for (const status of new Set(withBar.map((s) => s.status)))
    assert.ok(status === final || /^(Annotating|Drawing) 1\.2 MB…$/.test(status), status);
  const values = withBar.map((s) => s.value).filter((v) => v !== null);
  assert.ok(values.length > 0 && values.every((v, i) => v >= 0 && v <= 1 && (i === 0 || v >= values[i - 1])), 'drawing progress grows from 0 to 1');
  const reference = cliAnnotate(text);
  assert.ok(reference.claims.length > 1000, 'the generated text should be full of claims');
  // Drawn only near the viewport: every block, scrolled to in turn, holds its part of the text.
  const whole = await readWholeArticle(page);
  assert.equal(whole.text, text);
  assert.deepEqual(whole.claimIds.sort(), reference.claims.map((c) => c.id).sort());
  assert.deepEqual(problems, []);
  await page.close();
});
