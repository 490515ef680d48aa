// The page's drawing, checked against a known annotation (fixture-annotation.mjs) answered by
// a worker served in place of worker.js: what each element means, whatever the real
// extractor finds today.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { FAKE_WORKER, FIXTURE } from './fixture-annotation.mjs';
import { byId, expectedClaims, openPage, pageClaims, startSite, waitForResult } from './harness.mjs';

let site;
let page;
let problems;

before(async () => {
  site = await startSite();
  await site.context.route('**/worker.js', (route) => route.fulfill({ contentType: 'text/javascript', body: FAKE_WORKER }));
  ({ page, problems } = await openPage(site.context, site.base));
  await page.getByRole('button', { name: 'Try an example' }).click();
  assert.equal(await waitForResult(page), 'done');
});
after(async () => { await site?.stop(); });

const claim = (id) => page.locator(`#article [data-claim-id="${id}"]`);

test('every claim is drawn with its id, speaker id and exact text', async () => {
  assert.deepEqual(byId(await pageClaims(page)), expectedClaims(FIXTURE));
  assert.equal(await page.textContent('#status'), '6 claims by 4 speakers, 1 unattributed.');
  for (const c of FIXTURE.claims) {
    assert.ok(await claim(c.id).first().evaluate((e, kind) => e.classList.contains(`kind-${kind}`), c.kind));
  }
});

test('a split quote highlights its quoted parts, not the cue between them', async () => {
  const parts = await claim('c3').locator('.claim-part').allTextContents();
  const c3 = FIXTURE.claims.find((c) => c.id === 'c3');
  assert.deepEqual(parts, c3.parts.map((p) => p.text));
  assert.match(await claim('c3').textContent(), /said Daniel Hearn/);
});

test('speakers: badge on the first fragment, mentions marked, panel entry with details', async () => {
  const badge = await claim('c1').evaluate((e) => getComputedStyle(e, '::before').content);
  assert.match(badge, /"RO"/);
  const mentions = await page.$$eval('#article [data-mention-of]', (els) => els.map((e) => `${e.dataset.mentionOf}:${e.textContent}`));
  assert.deepEqual(mentions.sort(), FIXTURE.speakers.flatMap((s) => s.mentions.map((m) => `${s.id}:${m.text}`)).sort());
  const ministry = page.locator('#speakers [data-speaker-id="s3"]');
  assert.match(await ministry.textContent(), /Ministry of Transport.*1 claim.*organisation.*also: the ministry/);
});

test('page noise is greyed line by line and can be hidden', async () => {
  const lines = await page.$$eval('#article [data-boilerplate]', (els) => els.map((e) => e.textContent));
  assert.deepEqual(lines, FIXTURE.boilerplate.map((b) => b.text));
  assert.equal(await page.locator('#article p.is-boilerplate').count(), 3);
  const toggle = page.getByRole('button', { name: 'Hide page noise' });
  await toggle.click();
  assert.equal(await page.locator('#article [data-boilerplate]').first().isVisible(), false);
  await toggle.click();
  assert.equal(await page.locator('#article [data-boilerplate]').first().isVisible(), true);
});

test('the unattributed list jumps to its claim', async () => {
  const entries = page.locator('#unattributed button');
  assert.equal(await entries.count(), 1);
  assert.equal(await page.locator('#unattributed [data-claim-id]').count(), 0, 'list entries are not claim fragments');
  await entries.first().click();
  assert.equal(await page.evaluate(() => document.activeElement.dataset.claimId), 'c6');
  assert.equal(await claim('c6').getAttribute('data-speaker-id'), '');
});

test('hover shows the card: speaker, kind, cue, via, confidence', async () => {
  await page.keyboard.press('Escape');
  await claim('c4').first().hover();
  const card = page.locator('#claim-card');
  await card.waitFor({ state: 'visible' });
  const text = await card.textContent();
  for (const part of ['Ministry of Transport', 'reported speech', 'said in a statement that', 'statement', '80%']) {
    assert.ok(text.includes(part), `card lacks "${part}": ${text}`);
  }
  await page.mouse.move(0, 0);
  await card.waitFor({ state: 'hidden' });
});

test('keyboard: j/k walk the claims in reading order, Enter pins the card, / and ? work', async () => {
  await page.locator('h1').click();
  const order = await page.$$eval('#article .claim-first', (els) => els.map((e) => e.dataset.claimId));
  const visited = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('j');
    visited.push(await page.evaluate(() => document.activeElement.dataset.claimId));
  }
  assert.deepEqual(visited, order.slice(0, 3));
  await page.keyboard.press('k');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.claimId), order[1]);
  await page.keyboard.press('Enter');
  await page.mouse.move(0, 0);
  assert.equal(await page.locator('#claim-card').isVisible(), true, 'a pinned card stays open');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#claim-card').isVisible(), false);
  await page.keyboard.press('?');
  assert.equal(await page.locator('#help').isVisible(), true);
  await page.keyboard.press('Escape');
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'article-text');
  // Annotated, the box is read-only until "Edit text": a stray key edits nothing.
  const before = await page.inputValue('#article-text');
  await page.keyboard.type('jk');
  assert.equal(await page.inputValue('#article-text'), before);
  await page.getByRole('button', { name: 'Edit text' }).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('jk');
  assert.match(await page.inputValue('#article-text'), /jk$/, 'letters typed in the box stay letters');
});

test('the speaker filter toggles on and off', async () => {
  const button = page.locator('#speakers [data-speaker-id="s1"] button.speaker');
  await button.click();
  const selected = await page.$$eval('#article .is-selected', (els) => [...new Set(els.map((e) => e.dataset.claimId))]);
  assert.deepEqual(selected, ['c1', 'c2']);
  await button.click();
  assert.equal(await page.locator('#article .is-selected').count(), 0);
  assert.equal(await button.getAttribute('aria-pressed'), 'false');
});

test('no console errors or warnings', () => {
  assert.deepEqual(problems, []);
});
