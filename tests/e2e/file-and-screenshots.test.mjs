// The single-file copy opened from file:// (no server), and the screenshots in docs/,
// taken from the real page with the real extractor annotating the sample article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SAMPLE_ARTICLE } from '../../web/app/sample-article.js';
import { byId, cliAnnotate, DIST, DOCS, expectedClaims, openPage, pageClaims, startSite, waitForResult } from './harness.mjs';

const SINGLE = path.join(DIST, 'whosaid.html');
let site;

before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

test('dist/whosaid.html annotates from file://, in its worker, quietly', { skip: !fs.existsSync(SINGLE) && 'no dist/whosaid.html' }, async () => {
  const { page, problems } = await openPage(site.context, pathToFileURL(SINGLE).href);
  await page.getByRole('button', { name: 'Try an example' }).click();
  assert.equal(await waitForResult(page), 'done', await page.textContent('#status'));
  assert.deepEqual(byId(await pageClaims(page)), expectedClaims(cliAnnotate(SAMPLE_ARTICLE)));
  assert.equal(await page.textContent('#article'), SAMPLE_ARTICLE);
  assert.deepEqual(problems, []);
  await page.close();
});

const SHOTS = [
  ['screenshot.png', { viewport: { width: 1280, height: 900 }, colorScheme: 'light' }],
  ['screenshot-dark.png', { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' }],
  ['screenshot-375.png', { viewport: { width: 375, height: 800 }, colorScheme: 'light' }],
];

for (const [name, options] of SHOTS) {
  test(`screenshot docs/${name}`, async () => {
    const { page, problems } = await openPage(site.context, site.base, options);
    await page.getByRole('button', { name: 'Try an example' }).click();
    assert.equal(await waitForResult(page), 'done');
    // Show one claim's card, as a keyboard reader sees it; centred first, so that the card
    // opens below the claim instead of over the text above it.
    const first = page.locator('#article .claim-first').first();
    if (await first.count()) {
      await first.evaluate((e) => e.scrollIntoView({ block: 'center' }));
      await first.focus();
      await page.evaluate(() => window.scrollTo(0, 0));
    }
    fs.mkdirSync(DOCS, { recursive: true });
    await page.screenshot({ path: path.join(DOCS, name), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });
}
