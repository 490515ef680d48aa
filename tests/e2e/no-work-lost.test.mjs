// Issue 13, "nothing is lost": a verdict survives an edit of its passage and the undo of that
// edit, kept meanwhile in the visible list of reviews without their passage; a closed article
// comes back with Undo, with its reviews; two pages on one session both write and nothing is
// lost (the second one's write merges, and a third page follows live). After Annotate the
// box is read-only until "Edit text", and the focus is on the article, so `j` moves.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, startSite, waitForResult } from './harness.mjs';
import {
  COAST, GAZETTE, download, giveVerdict, openArticle, orphan, review, showArticles, showSession, waitSaved,
} from './session-helpers.mjs';

const NOTE = 'The timetable has it every 20 minutes.';
let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

/** Puts the caret at `offset` of the (editable) box and types `keys` there. */
async function typeAt(p, offset, keys) {
  await p.getByLabel('Article text').evaluate((box, at) => { box.focus(); box.setSelectionRange(at, at); }, offset);
  for (const key of keys) await p.keyboard.press(key);
}

test('an edit inside a reviewed passage, then its undo: the verdict and note are still there', async () => {
  const { page, problems } = await openPage(site.context, site.base, { clearSessions: true });
  await openArticle(page, GAZETTE);
  // Read-only after Annotate, focus on the article: `j` goes to the first claim, types nothing.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'article');
  assert.equal(await page.getByLabel('Article text').getAttribute('readonly'), '');
  await page.keyboard.press('j');
  assert.ok(await page.evaluate(() => document.activeElement.matches('#article [data-claim-id]')));
  assert.equal(await page.inputValue('#article-text'), GAZETTE);

  await showSession(page);
  await giveVerdict(page, 'every 20 minutes', 'misleading', NOTE);
  await showArticles(page);
  await page.getByRole('button', { name: 'Edit text' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'article-text');

  // One character inside the passage, annotated: the review waits in the orphans' list.
  await typeAt(page, GAZETTE.indexOf('20 minutes'), ['X']);
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
  assert.equal(await waitForResult(page), 'done');
  await waitSaved(page);
  await showSession(page);
  assert.equal(await orphan(page, 'ferry would run every 20 minutes').count(), 1, 'the orphan keeps its own text');
  assert.match(await orphan(page, 'ferry').textContent(), /verdict: Misleading/);
  // Kept in the exports too: by its quote and context, with its verdict.
  const kept = JSON.parse(await download(page, '#export-webanno')).first.items.filter((i) => i.id.includes(':review:'));
  assert.equal(kept.length, 1);
  assert.equal(kept[0].target.selector[0].exact, 'the ferry would run every 20 minutes while the bridge is closed');
  assert.ok(kept[0].body.some((b) => b.purpose === 'assessing' && b.value === 'Misleading'));
  assert.ok(JSON.parse(await download(page, '#export-claimreview'))['@graph'].some((r) => /every 20 minutes/.test(r.claimReviewed)));

  // The edit undone: the review is back on its claim.
  await showArticles(page);
  await page.getByRole('button', { name: 'Edit text' }).click();
  await typeAt(page, GAZETTE.indexOf('20 minutes') + 1, ['Backspace']);
  assert.equal(await page.inputValue('#article-text'), GAZETTE);
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
  assert.equal(await waitForResult(page), 'done');
  await waitSaved(page);
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  await showSession(page);
  const back = review(page, 'every 20 minutes');
  assert.equal(await back.getByLabel('Verdict').inputValue(), 'misleading');
  assert.equal(await back.getByLabel('Note').inputValue(), NOTE);
  assert.equal(await page.isHidden('#session-orphans'), true);
  assert.deepEqual(problems, []);
  await page.close();
});

test('closing an article can be undone, with its reviews; meanwhile they are kept', async () => {
  const { page, problems } = await openPage(site.context, site.base, { clearSessions: true });
  await openArticle(page, GAZETTE);
  await openArticle(page, COAST, { newTab: true });
  await showSession(page);
  await giveVerdict(page, 'every 20 minutes', 'false');
  // Back to "Not reviewed" asks first; keeping it keeps the verdict.
  await review(page, 'every 20 minutes').getByLabel('Verdict').selectOption('');
  await page.locator('#confirm-dialog').getByRole('button', { name: 'Keep it' }).click();
  assert.equal(await review(page, 'every 20 minutes').getByLabel('Verdict').inputValue(), 'false');
  // The verdict is the statement's, kept at its first version: the gazette's. Closing it:
  await page.locator('#tabs [role="tab"]').first().click();
  await page.getByRole('button', { name: 'Close article' }).click();
  assert.equal(await page.locator('#tabs [role="tab"]').count(), 1);
  await waitSaved(page);
  await showSession(page);
  assert.match(await orphan(page, 'every 20 minutes').textContent(), /verdict: False/);
  await showArticles(page);
  await page.locator('#notice').getByRole('button', { name: 'Undo' }).click();
  assert.equal(await page.locator('#tabs [role="tab"]').count(), 2);
  assert.equal(await page.inputValue('#article-text'), GAZETTE);
  await waitSaved(page);
  await showSession(page);
  assert.equal(await review(page, 'every 20 minutes').getByLabel('Verdict').inputValue(), 'false');
  assert.equal(await page.isHidden('#session-orphans'), true);

  // Deleting the review asks first (it holds a verdict), and can be undone.
  await review(page, 'every 20 minutes').getByRole('button', { name: 'Delete review' }).click();
  await page.locator('#confirm-dialog').getByRole('button', { name: 'Delete review' }).click();
  await page.waitForFunction(() => /^Review deleted/.test(document.getElementById('session-notice').textContent));
  await page.waitForSelector('#session-view[data-state="done"]');
  assert.equal(await review(page, 'every 20 minutes').getByLabel('Verdict').inputValue(), '');
  await page.locator('#session-notice').getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction(() => /is back/.test(document.getElementById('session-notice').textContent));
  await page.waitForSelector('#session-view[data-state="done"]');
  assert.equal(await review(page, 'every 20 minutes').getByLabel('Verdict').inputValue(), 'false');
  assert.deepEqual(problems, []);
  await page.close();
});

// Page A with the Gazette's session stored, and page B on the same session that never hears
// from A (no BroadcastChannel): B's writes are stale and must merge. Both show the session.
async function staleSecondPage() {
  const a = await openPage(site.context, site.base, { clearSessions: true });
  await openArticle(a.page, GAZETTE);
  await waitSaved(a.page);
  const b = await site.context.newPage();
  await b.addInitScript(() => { delete globalThis.BroadcastChannel; });
  await b.goto(site.base);
  await b.waitForSelector('body[data-ready="1"]');
  await showSession(b);
  await showSession(a.page);
  return { a, b };
}

// Regression (seen once in CI, as a note lost in the next test): a page that merges another
// page's write redraws its view a few tasks later; an edit typed in between went into the
// review object the old drawing held, which the merge had replaced, and "Saved" hid the loss.
test('a note typed while another page\'s changes merge in is kept', async () => {
  const { a, b } = await staleSecondPage();
  await giveVerdict(a.page, 'safe today', 'accurate'); // stored; B does not hear of it
  // In B, the moment its own write merges A's in (the notice says so), before the redraw, the
  // reader types a note: recorded inside the page, in the same turn as the merge.
  await b.evaluate((note) => {
    const notice = document.getElementById('session-notice');
    const observer = new MutationObserver(() => {
      if (!/open in another tab too/.test(notice.textContent)) return;
      observer.disconnect();
      const item = [...document.querySelectorAll('#session-claims li[data-review-key]')]
        .find((li) => li.querySelector('.version.own blockquote')?.textContent.includes('every 20 minutes'));
      const field = item.querySelector('[data-field="note"]');
      field.value = note;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      globalThis.typedDuringMerge = true;
    });
    observer.observe(notice, { childList: true, subtree: true, characterData: true });
  }, NOTE);
  await review(b, 'every 20 minutes').getByLabel('Verdict').selectOption('misleading');
  await b.waitForFunction(() => globalThis.typedDuringMerge === true);
  await waitSaved(b);
  await b.waitForSelector('#session-view[data-state="done"]');
  assert.equal(await review(b, 'every 20 minutes').getByLabel('Note').inputValue(), NOTE);
  const d = await openPage(site.context, site.base);
  await showSession(d.page);
  assert.equal(await review(d.page, 'every 20 minutes').getByLabel('Verdict').inputValue(), 'misleading');
  assert.equal(await review(d.page, 'every 20 minutes').getByLabel('Note').inputValue(), NOTE);
  assert.equal(await review(d.page, 'safe today').first().getByLabel('Verdict').inputValue(), 'accurate');
  assert.deepEqual([...a.problems, ...d.problems], []);
  for (const p of [a.page, b, d.page]) await p.close();
});

test('two pages on one session both write: nothing is lost, and a third page follows', async () => {
  // Page B opens the same session, and never hears from A: its stale write must merge.
  const { a, b } = await staleSecondPage();
  await giveVerdict(a.page, 'safe today', 'accurate', 'Checked with the engineers.');
  await giveVerdict(b, 'every 20 minutes', 'misleading', NOTE);
  // A third page, with the channel: it follows A's next change live.
  const c = await openPage(site.context, site.base);
  await showSession(c.page);
  assert.equal(await review(c.page, 'safe today').getByLabel('Verdict').inputValue(), 'accurate');
  assert.equal(await review(c.page, 'every 20 minutes').getByLabel('Verdict').inputValue(), 'misleading');
  await showArticles(a.page);
  await openArticle(a.page, COAST, { newTab: true });
  await waitSaved(a.page);
  await c.page.waitForFunction(() => document.querySelectorAll('#tabs [role="tab"]').length === 2);

  const d = await openPage(site.context, site.base);
  await showSession(d.page);
  assert.equal(await d.page.locator('#tabs [role="tab"]').count(), 2);
  const safe = review(d.page, 'safe today').first(); // the Gazette's (both outlets have it)
  assert.equal(await safe.getByLabel('Verdict').inputValue(), 'accurate');
  assert.equal(await safe.getByLabel('Note').inputValue(), 'Checked with the engineers.');
  assert.equal(await review(d.page, 'every 20 minutes').getByLabel('Verdict').inputValue(), 'misleading');
  assert.equal(await review(d.page, 'every 20 minutes').getByLabel('Note').inputValue(), NOTE);
  assert.deepEqual([...a.problems, ...c.problems, ...d.problems], []);
  for (const p of [a.page, b, c.page, d.page]) await p.close();
});
