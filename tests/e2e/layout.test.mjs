// Issue 13, layout: after Annotate the box folds to a one-line bar (Edit text opens it) and
// the first claim is in view at 1280×800 and 375×812; on a phone the speakers are a drawer
// from a button at the top; the card sits beside its claim and closes on Escape, a tap
// elsewhere and its Close button; a stale overlay says so and offers Annotate again; twelve
// speakers all look different (colour and badge), axe-clean in light and dark; the example
// article never lands in the saved session.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { SAMPLE_ARTICLE } from '../../web/app/sample-article.js';
import { ROOT, cliAnnotate, openPage, startSite, waitForResult } from './harness.mjs';
import { GAZETTE, openArticle, waitSaved } from './session-helpers.mjs';
import { NAMES, TWELVE_SPEAKERS } from './twelve-speakers.mjs';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const OUT = path.join(ROOT, 'test-results');
let site;
before(async () => { site = await startSite(); fs.mkdirSync(OUT, { recursive: true }); });
after(async () => { await site?.stop(); });

const inView = (p, selector) => p.$eval(selector, (el) => {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
});
const boxHeight = (p) => p.$eval('#article-text', (el) => el.getBoundingClientRect().height);

async function axeViolations(p) {
  await p.evaluate(AXE_SOURCE);
  return p.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.length} node(s), e.g. ${v.nodes[0].target.join(' ')}`);
  });
}

for (const [name, viewport] of [['1280x800', { width: 1280, height: 800 }], ['375x812', { width: 375, height: 812 }]]) {
  test(`${name}: after Annotate the box is one line and the first claim is in view`, async () => {
    const { page, problems } = await openPage(site.context, site.base, { clearSessions: true, viewport });
    await openArticle(page, GAZETTE);
    assert.ok(await boxHeight(page) < 60, `the box is ${await boxHeight(page)}px high`);
    assert.ok(await inView(page, '#article .claim-first'), 'the first claim is on screen');
    await page.screenshot({ path: path.join(OUT, `layout-${name}.png`) });
    await page.getByRole('button', { name: 'Edit text' }).click();
    assert.ok(await boxHeight(page) > 100, 'Edit text opens the box');
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('375 px: the speakers are a drawer from a button at the top', async () => {
  const { page, problems } = await openPage(site.context, site.base, { clearSessions: true, viewport: { width: 375, height: 812 } });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openArticle(page, GAZETTE);
  const button = page.getByRole('button', { name: /^Speakers \(\d+\)$/ });
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('#speakers').isVisible(), false);
  await button.click();
  assert.equal(await page.locator('#speakers').isVisible(), true);
  assert.ok(await inView(page, '#speakers > li'));
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#speakers').isVisible(), false);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'open-speakers');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the claim card: beside its claim, closed by Escape, a tap elsewhere and its button', async () => {
  const { page, problems } = await openPage(site.context, site.base, { clearSessions: true, viewport: { width: 1280, height: 800 } });
  await openArticle(page, GAZETTE);
  const claim = page.locator('#article .claim-first').nth(2);
  const card = page.locator('#claim-card');
  await claim.click();
  assert.equal(await card.isVisible(), true);
  const [c, k, a] = await Promise.all([claim.boundingBox(), card.boundingBox(), page.locator('#article').boundingBox()]);
  assert.ok(k.x >= a.x + a.width, 'the card is beside the article, not over its lines');
  assert.ok(k.y <= c.y + c.height && k.y + k.height >= c.y, 'level with its claim');
  await page.keyboard.press('Escape');
  assert.equal(await card.isVisible(), false);
  await claim.click();
  await card.getByRole('button', { name: 'Close the card' }).click();
  assert.equal(await card.isVisible(), false);
  await claim.click();
  await page.locator('#article-heading').click(); // a tap elsewhere
  assert.equal(await card.isVisible(), false);
  assert.deepEqual(problems, []);
  await page.close();
});

test('an edited text: the overlay says it is stale and offers Annotate again', async () => {
  const { page, problems } = await openPage(site.context, site.base, { clearSessions: true });
  await openArticle(page, GAZETTE);
  assert.equal(await page.locator('#stale-note').isVisible(), false);
  await page.getByRole('button', { name: 'Edit text' }).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n\n"It is late," said Ana Lind.');
  assert.equal(await page.locator('#stale-note').isVisible(), true);
  await page.getByRole('button', { name: 'Annotate again' }).click();
  assert.equal(await waitForResult(page), 'done');
  assert.equal(await page.locator('#stale-note').isVisible(), false);
  assert.match(await page.textContent('#speakers'), /Ana Lind/);
  assert.deepEqual(problems, []);
  await page.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`twelve speakers all look different, axe-clean (${colorScheme})`, async () => {
    const { page, problems } = await openPage(site.context, site.base, { clearSessions: true, colorScheme });
    await openArticle(page, TWELVE_SPEAKERS);
    assert.equal(cliAnnotate(TWELVE_SPEAKERS).speakers.length, NAMES.length);
    const marks = await page.$$eval('#speakers .badge', (els) => els.map((b) => ({
      colour: getComputedStyle(b).backgroundColor, badge: b.textContent, pattern: b.dataset.pattern ?? '',
    })));
    assert.equal(marks.length, NAMES.length);
    assert.equal(new Set(marks.map((m) => m.colour)).size, NAMES.length, `colours: ${marks.map((m) => m.colour).join(' ')}`);
    assert.equal(new Set(marks.map((m) => `${m.colour}|${m.badge}|${m.pattern}`)).size, NAMES.length);
    // The claims wear their speaker's colour too.
    const claimColours = await page.$$eval('#article .claim-first > .claim-part', (els) => els.map((e) => getComputedStyle(e).textDecorationColor));
    assert.equal(new Set(claimColours).size, NAMES.length);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('axe-clean with the card, the drawer and a correction form open (light and dark, 375 px)', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, problems } = await openPage(site.context, site.base, { clearSessions: true, colorScheme, viewport: { width: 375, height: 812 } });
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await openArticle(page, GAZETTE);
    await page.getByRole('button', { name: /^Speakers/ }).click();
    assert.deepEqual(await axeViolations(page), [], `${colorScheme}, drawer`);
    await page.keyboard.press('Escape');
    await page.locator('#article .claim-first').first().focus();
    await page.keyboard.press('e');
    assert.deepEqual(await axeViolations(page), [], `${colorScheme}, correction form`);
    assert.deepEqual(problems, []);
    await page.close();
  }
});

test('the example article is shown but never saved in the session', async () => {
  const { page, problems } = await openPage(site.context, site.base, { clearSessions: true });
  await page.getByRole('button', { name: 'Try an example' }).click();
  assert.equal(await waitForResult(page), 'done');
  await openArticle(page, GAZETTE, { newTab: true });
  await waitSaved(page);
  const stored = await page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('whosaid');
    open.onsuccess = () => {
      const all = open.result.transaction('sessions').objectStore('sessions').getAll();
      all.onsuccess = () => { resolve(all.result.flatMap((s) => s.articles.map((a) => a.text))); open.result.close(); };
    };
  }));
  assert.deepEqual(stored, [GAZETTE]);
  assert.ok(!stored.includes(SAMPLE_ARTICLE));
  assert.deepEqual(problems, []);
  await page.close();
});
