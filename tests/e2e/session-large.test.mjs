// The session view of a long article is drawn a batch at a time (web/session/view.js): the
// first claims at once, the rest as the reader scrolls, until every claim of the session is
// there, in order and numbered without a gap. (Issue 14: 583,831 DOM nodes at once for 5 MB.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, startSite, waitForResult } from './harness.mjs';
import { newsText } from './news-text.mjs';

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

test('a long article: the session view draws its claims as you scroll, all of them in the end', async () => {
  const { page, problems } = await openPage(site.context, site.base, { clearSessions: true });
  await page.getByLabel('Article text').fill(newsText(60_000));
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
  assert.equal(await waitForResult(page, 60000), 'done');
  await page.click('#show-session');
  await page.waitForSelector('#session-view[data-state="done"]', { timeout: 120000 });
  const total = Number((await page.textContent('#session-summary')).match(/(\d+) statements?/)[1]);
  const drawn = () => page.locator('#session-claims li[data-review-key]').count();
  assert.ok(total > 300, `the text should give a few hundred claims, got ${total}`);
  const first = await drawn();
  assert.ok(first >= 100 && first < total, `a first batch, not everything: ${first} of ${total}`);
  assert.match(await page.textContent('#session-claims .more-claims'), new RegExp(`^${total - first} more statements`));

  // Scrolling to the end of the list, again and again, until the last batch is in.
  await page.waitForFunction(() => {
    const more = document.querySelector('#session-claims .more-claims');
    if (!more) return true;
    more.scrollIntoView();
    return false;
  }, null, { timeout: 60000, polling: 100 });
  assert.equal(await drawn(), total);
  // Review ids run 1..total in document order: no batch drawn twice or skipped.
  const ids = await page.$$eval('#session-claims select.verdict', (els) => els.map((e) => Number(e.id.match(/^review-(\d+)-/)[1])));
  assert.deepEqual(ids, Array.from({ length: total }, (_, i) => i + 1));
  assert.deepEqual(problems, []);
  await page.close();
});

test('typing into a long text: the session follows once typing pauses, and nothing typed is lost on a reload at once', async () => {
  const { page, problems } = await openPage(site.context, site.base, { clearSessions: true });
  const text = newsText(150_000);
  const box = page.getByLabel('Article text');
  await box.fill(text);
  await box.press('End');
  await page.evaluate(() => { const b = document.getElementById('article-text'); b.setSelectionRange(b.value.length, b.value.length); });
  await page.keyboard.type(' Typed at the end.');
  await page.reload(); // pagehide while the session's update still waits for a pause
  await page.waitForSelector('body[data-ready="1"]');
  assert.equal(await page.inputValue('#article-text'), `${text} Typed at the end.`);
  assert.deepEqual(problems, []);
  await page.close();
});
