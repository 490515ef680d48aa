// A long article (over 200k characters) is drawn only near the viewport: the DOM stays
// bounded whatever its length, yet every claim is reachable: the keyboard and the speaker
// filter draw the part of the article they need.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cliAnnotate, openPage, startSite, waitForResult } from './harness.mjs';
import { newsText } from './news-text.mjs';

let site;
let page;
let problems;
let reference;
const text = newsText(1_000_000);

before(async () => {
  site = await startSite();
  ({ page, problems } = await openPage(site.context, site.base, { clearSessions: true }));
  reference = cliAnnotate(text);
  await page.evaluate((t) => {
    const box = document.getElementById('article-text');
    box.value = t;
    box.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
  }, text);
  assert.equal(await waitForResult(page, 60000), 'done');
});
after(async () => { await page?.close(); await site?.stop(); });

/** The focused element's claim id, and whether it lies inside the viewport. */
const focusedClaim = () => page.evaluate(() => {
  const f = document.activeElement;
  const r = f.getBoundingClientRect();
  return { id: f.dataset.claimId ?? null, first: f.classList.contains('claim-first'), inView: r.bottom > 0 && r.top < innerHeight };
});
const articleNodes = () => page.evaluate(() => document.querySelectorAll('#article *').length);

test('1 MB: a few blocks of the article are in the DOM, not the whole of it', async () => {
  const { blocks, filled } = await page.evaluate(() => {
    const all = [...document.querySelectorAll('#article > .chunk')];
    return { blocks: all.length, filled: all.filter((b) => b.childElementCount > 0).length };
  });
  assert.ok(blocks > 50, `${blocks} blocks`);
  assert.ok(filled >= 1 && filled <= 5, `${filled} of ${blocks} blocks drawn`);
  // Drawn whole, 1 MB of this text is about 31,000 elements (453 at the top when virtualised).
  assert.ok(await articleNodes() < 6000, `${await articleNodes()} elements in #article`);
  assert.ok(reference.claims.length > 1000);
});

test('the last claim, far down, is reached by the keyboard: drawn, focused, on screen, highlighted', async () => {
  await page.locator('#article-heading').click();
  await page.keyboard.press('k'); // from no claim: the last one
  const last = await focusedClaim();
  const expected = [...reference.claims].sort((a, b) => a.start - b.start || b.end - a.end).at(-1);
  assert.deepEqual(last, { id: expected.id, first: true, inView: true });
  const fragment = page.locator(`#article .claim-first[data-claim-id="${expected.id}"]`);
  assert.ok(expected.text.startsWith(await fragment.textContent()));
  assert.equal(await fragment.evaluate((e) => getComputedStyle(e.querySelector('.claim-part') ?? e).backgroundColor !== 'rgba(0, 0, 0, 0)'), true);
  assert.ok(await articleNodes() < 6000, 'scrolled to the end, the DOM stays bounded');
  await page.keyboard.press('j'); // wraps to the first
  assert.equal((await focusedClaim()).id, [...reference.claims].sort((a, b) => a.start - b.start || b.end - a.end)[0].id);
});

test('the speaker filter marks that speaker\'s claims in blocks drawn after it was set', async () => {
  const speaker = reference.speakers[0];
  await page.locator(`#speakers [data-speaker-id="${speaker.id}"] button.speaker`).click();
  await page.evaluate(() => document.querySelector('#article > .chunk:last-child').scrollIntoView());
  await page.waitForFunction(() => document.querySelector('#article > .chunk:last-child').childElementCount > 0);
  const marks = await page.$$eval('#article > .chunk:last-child [data-claim-id]', (els, id) =>
    els.map((e) => e.classList.contains('is-selected') === (e.dataset.speakerId === id)), speaker.id);
  assert.ok(marks.length > 0 && marks.every(Boolean));
  assert.deepEqual(problems, []);
});
