// A text over 200k characters sits in the article box a part at a time (web/app/text-box.js):
// a paste of 1.2 MB goes in whole (the tab and the annotation have all of it) while the box
// holds one part; the note says which characters; Earlier/Later walk the parts, which join
// back into the text; a key typed in a later part lands at its place in the whole text, and
// survives a reload at once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { openPage, startSite, waitForResult } from './harness.mjs';
import { newsText } from './news-text.mjs';
import { pastePlain } from './paste.mjs';

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

const TEXT = newsText(1_200_000);
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const count = (n) => n.toLocaleString('en-US');

const boxValue = (page) => page.inputValue('#article-text');
const says = (page) => page.textContent('#box-part-says');

/** Every part, from the first: the box's values joined (Earlier first, to the start; then Later to the end). */
async function readAllParts(page) {
  const earlier = page.getByRole('button', { name: 'Earlier part' });
  const later = page.getByRole('button', { name: 'Later part' });
  while (await earlier.isEnabled()) await earlier.click();
  const parts = [await boxValue(page)];
  while (await later.isEnabled()) {
    await later.click();
    parts.push(await boxValue(page));
  }
  return parts;
}

test('1.2 MB pasted: the box holds a part, the parts join into the text, a key typed in a later part lands in place and survives a reload', async () => {
  const { page, problems } = await openPage(site.context, site.base, { clearSessions: true });
  await pastePlain(page, TEXT);
  assert.equal(await waitForResult(page, 60000), 'done');
  assert.match(await page.textContent('#status'), /^\d+ claims by \d+ speakers/);
  const first = await boxValue(page);
  assert.ok(first.length > 0 && first.length <= 300_000, `the box holds ${first.length} characters`);
  assert.ok(TEXT.startsWith(first), 'the first part is the start of the text');

  await page.getByRole('button', { name: 'Edit text' }).click();
  assert.equal(await page.isVisible('#box-part'), true);
  assert.equal(await says(page), `A long article is edited a part at a time: the box holds characters 1–${count(first.length)} of ${count(TEXT.length)}.`);
  assert.equal(await page.getByRole('button', { name: 'Earlier part' }).isDisabled(), true);

  const parts = await readAllParts(page);
  assert.ok(parts.length >= 6, `${parts.length} parts`);
  assert.ok(parts.every((p) => p.length <= 300_000));
  assert.equal(parts.join(''), TEXT);
  assert.equal(await page.getByRole('button', { name: 'Later part' }).isDisabled(), true);

  // Back to the second part, a key at its start: after the first part's last character.
  while (await page.getByRole('button', { name: 'Earlier part' }).isEnabled()) await page.getByRole('button', { name: 'Earlier part' }).click();
  await page.getByRole('button', { name: 'Later part' }).click();
  assert.equal(await boxValue(page), parts[1]);
  await page.locator('#article-text').evaluate((box) => { box.focus(); box.setSelectionRange(0, 0); });
  await page.keyboard.type('Typed here. ');
  const edited = `${parts[0]}Typed here. ${TEXT.slice(parts[0].length)}`;
  assert.equal(await says(page), `A long article is edited a part at a time: the box holds characters ` +
    `${count(parts[0].length + 1)}–${count(parts[0].length + parts[1].length + 12)} of ${count(edited.length)}.`);
  // The overlay now describes an older text: said once the typing pauses.
  await page.waitForSelector('#stale-note:not([hidden])');

  await page.reload(); // at once: the page's last save and draft carry the typing
  await page.waitForSelector('body[data-ready="1"]');
  assert.equal(await waitForResult(page, 60000), 'done');
  await page.getByRole('button', { name: 'Edit text' }).click();
  assert.equal((await readAllParts(page)).join(''), edited);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a short text sits whole in the box, with no note of parts', async () => {
  const { page, problems } = await openPage(site.context, site.base, { clearSessions: true });
  const text = newsText(150_000);
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
  assert.equal(await waitForResult(page, 60000), 'done');
  assert.equal(await boxValue(page), text);
  assert.equal(await page.locator('#box-part').getAttribute('hidden'), '');
  assert.deepEqual(problems, []);
  await page.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`the note of parts and its buttons: no WCAG A/AA violations (${colorScheme})`, async () => {
    const { page, problems } = await openPage(site.context, site.base, { clearSessions: true, colorScheme });
    await pastePlain(page, TEXT);
    assert.equal(await waitForResult(page, 60000), 'done');
    await page.getByRole('button', { name: 'Edit text' }).click();
    await page.getByRole('button', { name: 'Later part' }).click();
    assert.equal(await page.isVisible('#box-part'), true);
    // The box is described by the note: a screen reader hears which characters it holds.
    assert.match(await page.getAttribute('#article-text', 'aria-describedby'), /\bbox-part-says\b/);
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document.querySelector('.input-panel'), { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.map((v) => `${v.id}: ${v.nodes.length} node(s), e.g. ${v.nodes[0].target.join(' ')} — ${v.nodes[0].failureSummary}`);
    });
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
    await page.close();
  });
}
