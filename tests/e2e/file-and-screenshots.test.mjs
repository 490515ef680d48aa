// The single-file copy opened from file:// (no server), and the documentation screenshots
// taken from the real page with the real extractor annotating the sample article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SAMPLE_ARTICLE } from '../../web/app/sample-article.js';
import { byId, cliAnnotate, DIST, expectedClaims, openPage, pageClaims, ROOT, startSite, waitForResult } from './harness.mjs';
import { SHOTS, takeScreenshot } from './screenshots.mjs';

const RESULTS = path.join(ROOT, 'test-results');

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

// Same shots as docs/, into test-results/: a run must not dirty the tree (refresh docs/ with
// `node scripts/screenshots.mjs`).
for (const shot of SHOTS) {
  test(`screenshot ${shot[0]} (test-results/)`, async () => {
    assert.deepEqual(await takeScreenshot(site, shot, RESULTS), []);
  });
}
