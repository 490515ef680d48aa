// A long article's answer is unpacked, placed and drawn over many tasks (chunked.js inSteps,
// article-view.js): a reader who switches tabs on the way stops that drawing, and finds the
// article whole when back. A long paste goes into the tab's text, never into the page as
// markup.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cliAnnotate, openPage, readWholeArticle, startSite, waitForResult } from './harness.mjs';
import { newsText } from './news-text.mjs';
import { pastePlain } from './paste.mjs';

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

const HOSTILE = 'Headline <img src=x onerror="window.__ran=1"> & <script>window.__ran=2</script> <b>bold</b>\n\n';
const TEXT = `${HOSTILE}${newsText(1_200_000)}`;

test('a long paste: a tab switch while it is drawn stops that drawing; back on its tab, the article is whole, as text', async () => {
  const { page, problems } = await openPage(site.context, site.base, { clearSessions: true });
  // Inside the page: the moment the status says the overlay is being drawn, the reader opens
  // a new article (a tab switch); recorded, so the test waits for it instead of a time. Then
  // the paste.
  await page.evaluate(() => {
    const status = document.getElementById('status');
    window.__switched = false;
    const watch = new MutationObserver(() => {
      if (!/^Drawing 1\.2 MB…$/.test(status.textContent) || window.__switched) return;
      window.__switched = true;
      watch.disconnect();
      document.getElementById('new-tab').click();
    });
    watch.observe(status, { childList: true, characterData: true, subtree: true });
  });
  await pastePlain(page, TEXT);
  await page.waitForFunction(() => window.__switched, null, { timeout: 60000 });
  // The new, empty tab: no overlay of the long article drawn into it.
  assert.equal(await page.locator('#tabs [role="tab"]').count(), 2);
  assert.equal(await page.inputValue('#article-text'), '');
  assert.equal(await page.isHidden('#results'), true);

  await page.locator('#tabs [role="tab"]').first().click();
  assert.equal(await waitForResult(page, 60000), 'done');
  assert.ok((await page.locator('#article .chunk').first().textContent()).startsWith(HOSTILE));
  const whole = await readWholeArticle(page);
  assert.equal(whole.text, TEXT);
  const reference = cliAnnotate(TEXT);
  assert.deepEqual(whole.claimIds.sort(), reference.claims.map((c) => c.id).sort());
  // The pasted markup is text on the page: no element of it, nothing ran.
  assert.equal(await page.locator('#article img, #article script, #article b').count(), 0);
  assert.equal(await page.evaluate(() => window.__ran ?? null), null);
  assert.deepEqual(problems, []);
  await page.close();
});
