// Issue 13, "every machine error can be corrected": a claim given to another (new) speaker,
// a claim added from a passage, two names of one speaker merged, a false claim deleted, all
// with the keyboard; kept through a reload; shown as the reader's in the overlay, the speaker
// panel, the session view and the Web Annotation, ClaimReview and Markdown exports; undoable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, startSite } from './harness.mjs';
import {
  COAST, GAZETTE, download, giveVerdict, openArticle, review, showArticles, showSession, waitSaved,
} from './session-helpers.mjs';

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

const dialog = (p) => p.locator('#correct-dialog');
const claimIn = (p, words) => p.locator('#article .claim-first', { hasText: words });
const speakerNames = (p) => p.$$eval('#speakers .speaker-name', (els) => els.map((e) => e.textContent));
const tab = (p, n) => p.locator('#tabs [role="tab"]').nth(n);

/** Opens the claim's correction form with the keyboard: focus the claim, press e. */
async function correctWithKeys(p, words) {
  await claimIn(p, words).focus();
  await p.keyboard.press('e');
  await dialog(p).waitFor();
}

test('reassign, add, merge, delete: saved, shown as the reader’s everywhere, undoable', async () => {
  const { page, problems } = await openPage(site.context, site.base, { clearSessions: true });
  await openArticle(page, GAZETTE);
  await openArticle(page, COAST, { newTab: true });

  // Reassign: the repairs' cost is the council's budget report's, not the mayor's.
  await tab(page, 0).click();
  await correctWithKeys(page, 'The repairs will cost');
  await dialog(page).getByLabel('Speaker', { exact: true }).selectOption({ label: 'New speaker…' });
  await dialog(page).getByLabel('New speaker’s name').fill('Porthaven council');
  await dialog(page).getByRole('button', { name: 'Save speaker' }).click();
  // Delete: the headline is no claim.
  await correctWithKeys(page, 'Harbour bridge to close for repairs');
  await dialog(page).getByRole('button', { name: 'Not a claim' }).click();
  assert.equal(await claimIn(page, 'Harbour bridge to close for repairs').count(), 0);
  assert.ok((await speakerNames(page)).includes('Porthaven council'));

  // Add: the Coast Daily's council sentence, typed into the form, by a speaker named anew.
  await tab(page, 1).click();
  await page.getByRole('button', { name: 'Add a claim…' }).click();
  await dialog(page).getByLabel('Passage (as it is in the article)').fill('The council estimates the bill at 4.5 million euros');
  await dialog(page).getByLabel('Kind').selectOption('indirect');
  await dialog(page).getByLabel('Speaker', { exact: true }).selectOption({ label: 'New speaker…' });
  await dialog(page).getByLabel('New speaker’s name').fill('the council');
  await dialog(page).getByRole('button', { name: 'Add claim' }).click();
  assert.equal(await claimIn(page, 'The council estimates the bill').count(), 1);
  // Merge: "the council" is Porthaven council.
  await page.getByRole('button', { name: 'Correct the speaker the council' }).click();
  await dialog(page).getByLabel('Same person as').selectOption('Porthaven council');
  await dialog(page).getByRole('button', { name: 'Save', exact: true }).click();
  assert.ok((await speakerNames(page)).includes('Porthaven council'));
  assert.ok(!(await speakerNames(page)).includes('the council'));
  await waitSaved(page);

  // Reload: all four are back, in the overlay and the panel.
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  // The Gazette's list: its two passages and the merge (the added claim is the Coast Daily's).
  await page.waitForFunction(() => document.body.dataset.state === 'done' && document.querySelectorAll('#corrections li').length === 3);
  assert.equal(await claimIn(page, 'Harbour bridge to close for repairs').count(), 0);
  const repairs = claimIn(page, 'The repairs will cost');
  const councilId = await repairs.getAttribute('data-speaker-id');
  assert.equal(await page.textContent(`#speakers [data-speaker-id="${councilId}"] .speaker-name`), 'Porthaven council');
  assert.match(await page.textContent(`#speakers [data-speaker-id="${councilId}"]`), /your correction/);
  assert.match(await repairs.getAttribute('class'), /by-reader/);

  // The session view.
  await showSession(page);
  assert.match(await review(page, 'The repairs will cost').locator('.who').textContent(), /^Porthaven council, reported speech \(your correction; the machine said: Ines Varga\)/);
  assert.match(await review(page, 'The council estimates the bill').locator('.who').textContent(), /^Porthaven council, reported speech \(added by you\)/);
  assert.equal(await review(page, 'Harbour bridge to close for repairs').count(), 0);
  const sessionSpeakers = await page.$$eval('#session-speakers .name', (els) => els.map((e) => e.textContent));
  assert.ok(sessionSpeakers.includes('Porthaven council') && !sessionSpeakers.includes('the council'), sessionSpeakers.join(', '));
  await giveVerdict(page, 'The repairs will cost', 'accurate');
  await giveVerdict(page, 'The council estimates the bill', 'accurate');

  // The exports.
  const anno = JSON.parse(await download(page, '#export-webanno')).first.items;
  const quote = (item) => item.target.selector.find((s) => s.type === 'TextQuoteSelector').exact;
  assert.ok(!anno.some((i) => quote(i) === 'Harbour bridge to close for repairs'));
  const repairsAnno = anno.find((i) => quote(i).startsWith('The repairs will cost'));
  assert.equal(repairsAnno.creator.type, 'Person');
  assert.match(repairsAnno.body[0].value, /^Porthaven council/);
  assert.ok(repairsAnno.body.some((b) => b.purpose === 'editing' && /machine said: Ines Varga/.test(b.value)));
  const addedAnno = anno.find((i) => quote(i) === 'The council estimates the bill at 4.5 million euros');
  assert.equal(addedAnno.creator.type, 'Person');
  assert.ok(anno.some((i) => i.creator.type === 'Software'), 'the machine’s claims stay the machine’s');
  const reviews = JSON.parse(await download(page, '#export-claimreview'))['@graph'];
  assert.deepEqual(reviews.map((r) => r.itemReviewed.author?.name).sort(), ['Porthaven council', 'Porthaven council']);
  const report = await download(page, '#export-report');
  assert.match(report, /^- “The repairs will cost about 4\.5 million euros” is Porthaven council’s$/m);
  assert.match(report, /^- “Harbour bridge to close for repairs” is not a claim$/m);
  assert.match(report, /^- “The council estimates the bill at 4\.5 million euros” is a claim by the council$/m);
  assert.match(report, /^- the council is Porthaven council$/m);
  assert.match(report, /Speaker corrected by you\./);

  // Undo, from the list of corrections: the headline is a claim again.
  await showArticles(page);
  await tab(page, 0).click();
  await page.getByRole('button', { name: 'Undo: “Harbour bridge to close for repairs” is not a claim' }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('#article .claim-first')].some((e) => e.textContent.startsWith('Harbour bridge')));
  await waitSaved(page);

  // Page noise: the Coast Daily's dateline is not noise; its traders' line is. Not a speaker:
  // the Gazette's Tomas Reyes (his claim stays, unattributed).
  await tab(page, 1).click();
  assert.equal(await page.locator('#article [data-boilerplate]').count(), 1);
  const noise = async (passage, button) => {
    await page.getByRole('button', { name: 'Add a claim…' }).click();
    await dialog(page).getByLabel('Passage (as it is in the article)').fill(passage);
    await dialog(page).getByRole('button', { name: button }).click();
  };
  await noise('14 March 2025', 'Not page noise');
  await page.waitForFunction(() => document.querySelectorAll('#article [data-boilerplate]').length === 0);
  await noise('fear the worst', 'Mark as page noise');
  await page.waitForFunction(() => [...document.querySelectorAll('#article [data-boilerplate]')].map((e) => e.textContent).join('') === 'Local traders fear the worst. Bakery owner Tomas Reyes said three months without passing trade could finish some businesses on Quay Street.');
  await tab(page, 0).click();
  await page.getByRole('button', { name: 'Correct the speaker Tomas Reyes' }).click();
  await dialog(page).getByRole('button', { name: 'Not a speaker' }).click();
  await page.waitForFunction(() => ![...document.querySelectorAll('#speakers .speaker-name')].some((e) => e.textContent === 'Tomas Reyes'));
  assert.match(await page.textContent('#unattributed'), /Three months without passing trade could finish some of us/);
  await waitSaved(page);
  assert.deepEqual(problems, []);
  await page.close();
});
