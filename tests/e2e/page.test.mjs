// The built page (dist/) in chromium: its claims must be exactly the CLI's claims for the
// same text, it must stay safe with hostile input, and stay quiet (no console noise, no
// foreign requests). Claim counts are never hard-coded: the extractor changes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SAMPLE_ARTICLE } from '../../web/app/sample-article.js';
import { byId, cliAnnotate, expectedClaims, openPage, pageClaims, startSite, waitForResult } from './harness.mjs';

const ARTICLE = `Council approves new cycle lanes

"This is a good day for everyone who rides to work," said councillor Amara Diallo.

The transport office said that construction would begin in May. According to Diallo, the plan will cost £4 million.

Also read: How other cities built their cycle networks
`;

let site;
const quietPages = []; // pages whose console and requests must stay clean

before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

// Every test starts from an empty page: the last session, restored, would be read-only.
async function open(options) {
  const opened = await openPage(site.context, site.base, { clearSessions: true, ...options });
  quietPages.push(opened);
  return opened.page;
}

// A claim's paragraph, as the card names it: non-empty lines of `text` up to the claim's start.
const paragraphOf = (text, start) => text.slice(0, start).split(/\r\n|\r|\n/)
  .filter((line, i, all) => line.trim() !== '' || i === all.length - 1).length;

/** Everything the page shows must agree with the CLI for this text. */
async function assertMatchesCli(page, text) {
  const reference = cliAnnotate(text);
  assert.deepEqual(byId(await pageClaims(page)), expectedClaims(reference));
  const panelIds = await page.$$eval('#speakers [data-speaker-id]', (els) => els.map((e) => e.dataset.speakerId));
  assert.deepEqual(panelIds, reference.speakers.map((s) => s.id));
  const boilerplate = await page.$$eval('#article [data-boilerplate]', (els) => els.map((e) => e.textContent).join(''));
  assert.equal(boilerplate, reference.boilerplate.map((b) => b.text.replace(/[\r\n]/g, '')).join(''));
  // The rendered article holds the pasted text, every character, in order.
  assert.equal(await page.textContent('#article'), text);
  return reference;
}

test('typed text + Annotate: the page shows exactly the CLI claims', async () => {
  const page = await open();
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
  assert.equal(await waitForResult(page), 'done');
  const reference = await assertMatchesCli(page, ARTICLE);
  const n = reference.claims.length;
  assert.match(await page.textContent('#status'), n ? new RegExp(`^${n} claims? by`) : /^No claims/);
  await page.close();
});

test('"Try an example" loads the sample and annotates it, with at least one claim', async () => {
  const page = await open();
  await page.getByRole('button', { name: 'Try an example' }).click();
  assert.equal(await waitForResult(page), 'done');
  assert.equal(await page.inputValue('#article-text'), SAMPLE_ARTICLE);
  const reference = await assertMatchesCli(page, SAMPLE_ARTICLE);
  assert.ok(reference.claims.length >= 1, 'the sample article should yield at least one claim');
  await page.close();
});

test('pasting into the box annotates without pressing the button', async () => {
  const page = await open();
  await page.focus('#article-text');
  // A real paste cannot be scripted headless; this is the event a paste fires.
  await page.evaluate((text) => {
    const box = document.getElementById('article-text');
    box.value = text;
    box.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
  }, ARTICLE);
  assert.equal(await waitForResult(page), 'done');
  await assertMatchesCli(page, ARTICLE);
  await page.close();
});

test('hostile input is shown as text: nothing runs, no element is created from it', async () => {
  const page = await open();
  const hostile = [
    '<img src=x onerror="window.__pwned=1"> said the "<b>minister</b>".',
    '"<script>window.__pwned=1</script>," said Eve Mallory.',
    'Click <a href="javascript:window.__pwned=1">here</a>, according to the ministry, "javascript:alert(1)".',
  ].join('\n\n');
  await page.getByLabel('Article text').fill(hostile);
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
  assert.equal(await waitForResult(page), 'done');
  assert.equal(await page.textContent('#article'), hostile);
  assert.equal(await page.$$eval('#results img, #results script, #results a, #results b', (els) => els.length), 0);
  await page.$$eval('#article *', (els) => els.forEach((e) => e.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))));
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await assertMatchesCli(page, hostile);
  await page.close();
});

test('a claim is reachable by keyboard and shows its card; Escape closes it', async (t) => {
  const page = await open();
  await page.getByRole('button', { name: 'Try an example' }).click();
  await waitForResult(page);
  const claims = await pageClaims(page);
  if (claims.length === 0) return t.skip('the extractor finds no claim yet');
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('j');
  const focused = await page.evaluate(() => document.activeElement.dataset.claimId);
  assert.equal(focused, claims[0].id);
  const card = page.locator('#claim-card');
  await card.waitFor({ state: 'visible' });
  const reference = cliAnnotate(SAMPLE_ARTICLE).claims.find((c) => c.id === focused);
  assert.match(await card.textContent(), new RegExp(reference.speaker_name ? reference.speaker_name : 'Unattributed'));
  assert.match(await card.textContent(), /Confidence/);
  // the claim's place: its number among the claims and its paragraph (non-empty lines before it)
  assert.match(await card.textContent(), new RegExp(`claim 1 of ${claims.length}, paragraph ${paragraphOf(SAMPLE_ARTICLE, reference.start)}`));
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'hidden' });
  // Tab reaches claims too (they are focusable elements, not only shortcut targets).
  assert.equal(await page.$eval('#article .claim-first', (e) => e.tabIndex), 0);
  await page.close();
});

test('after the box is edited, the card still names the paragraph of the annotated text', async (t) => {
  const page = await open();
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
  assert.equal(await waitForResult(page), 'done');
  const first = cliAnnotate(ARTICLE).claims[0];
  if (!first) return t.skip('the extractor finds no claim yet');
  // Two paragraphs typed above the article: the overlay still shows the annotated text.
  await page.getByRole('button', { name: 'Edit text' }).click();
  await page.$eval('#article-text', (box) => box.setSelectionRange(0, 0));
  await page.keyboard.type('Added above.\n\nAdded too.\n\n');
  assert.ok((await page.inputValue('#article-text')).startsWith('Added above.\n\nAdded too.\n\n'));
  await page.locator('#stale-note').waitFor({ state: 'visible' });
  await page.locator(`#article [data-claim-id="${first.id}"]`).first().click();
  const card = page.locator('#claim-card');
  await card.waitFor({ state: 'visible' });
  assert.match(await card.textContent(), new RegExp(`claim 1 of \\d+, paragraph ${paragraphOf(ARTICLE, first.start)}(?!\\d)`));
  await page.close();
});

test('choosing a speaker picks out exactly that speaker\'s claims', async (t) => {
  const page = await open();
  await page.getByRole('button', { name: 'Try an example' }).click();
  await waitForResult(page);
  const reference = cliAnnotate(SAMPLE_ARTICLE);
  const speaker = reference.speakers.find((s) => s.claim_count > 0);
  if (!speaker) return t.skip('the extractor attributes no claim yet');
  await page.click(`#speakers [data-speaker-id="${speaker.id}"] button`);
  const selected = await page.$$eval('#article .is-selected', (els) => [...new Set(els.map((e) => e.dataset.claimId))]);
  assert.deepEqual(selected.sort(), reference.claims.filter((c) => c.speaker === speaker.id).map((c) => c.id).sort());
  assert.equal(await page.getAttribute(`#speakers [data-speaker-id="${speaker.id}"] button`, 'aria-pressed'), 'true');
  await page.close();
});

test('a worker that fails is reported in words, the text is kept, and the next run works', async () => {
  const { page } = await openPage(site.context, site.base, { clearSessions: true }); // expected console errors: not in quietPages
  // Break the worker: it dies on its first message, before answering.
  await page.route('**/worker.js', (route) => route.fulfill({
    contentType: 'text/javascript', body: 'self.onmessage = () => { throw new Error("boom"); };',
  }));
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
  assert.equal(await waitForResult(page), 'error');
  assert.match(await page.textContent('#status'), /Could not annotate: .*stopped unexpectedly.*Your text is kept/);
  assert.equal(await page.inputValue('#article-text'), ARTICLE);
  await page.unroute('**/worker.js');
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
  assert.equal(await waitForResult(page), 'done');
  await assertMatchesCli(page, ARTICLE);
  await page.close();
});

test('no console errors or warnings, and no request to another origin', () => {
  assert.ok(quietPages.length > 0);
  assert.deepEqual(quietPages.flatMap((p) => p.problems), []);
});
