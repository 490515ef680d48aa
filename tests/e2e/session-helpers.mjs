// Steps shared by the tests that work with fact-check sessions on the page.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, waitForResult } from './harness.mjs';

const FIXTURES = path.join(ROOT, 'tests/e2e/fixtures');
export const GAZETTE = fs.readFileSync(path.join(FIXTURES, 'session-harbour-gazette.txt'), 'utf8');
export const COAST = fs.readFileSync(path.join(FIXTURES, 'session-coast-daily.txt'), 'utf8');

/** Types `text` into the article box (of a new tab if asked) and annotates it. */
export async function openArticle(p, text, { newTab = false } = {}) {
  if (newTab) await p.getByRole('button', { name: 'New article' }).click();
  await p.getByLabel('Article text').fill(text);
  await p.getByRole('button', { name: 'Annotate', exact: true }).click();
  assert.equal(await waitForResult(p), 'done');
}

// 40 invented statements: 30 in one report, 30 in the other, 20 of them in both.
const FIRST = ['Arlen', 'Brigid', 'Caius', 'Delphine', 'Emrys', 'Fenella', 'Gideon', 'Hester', 'Ivo', 'Jocasta'];
const LAST = ['Marsh', 'Quill', 'Thorne', 'Vale'];
const THINGS = ['library', 'lighthouse', 'tram depot', 'swimming pool', 'fish market', 'bus station', 'skate park', 'museum',
  'water tower', 'bandstand'];
const PLACES = ['Mill Lane', 'Kiln Row', 'Salt Street', 'Rope Walk'];
const statement = (i) => {
  const who = `${FIRST[i % 10]} ${LAST[Math.floor(i / 10)]}`;
  return `"The ${THINGS[i % 10]} on ${PLACES[Math.floor(i / 10)]} will reopen before the summer festival," said ${who}, who chairs the residents' committee.`;
};
const report = (title, from, to) => [title, '', ...Array.from({ length: to - from }, (_, k) => statement(from + k))].join('\n\n');

/** Opens the two reports of those 40 statements, each in a tab of its own (a fresh page). */
export async function openFortyStatements(p) {
  await openArticle(p, report('Town promises reopenings', 0, 30));
  await openArticle(p, report('Reopenings promised across town', 10, 40), { newTab: true });
}

export async function showSession(p) {
  if ((await p.getAttribute('#show-session', 'aria-pressed')) !== 'true') await p.click('#show-session');
  await p.waitForSelector('#session-view[data-state="done"]', { timeout: 20000 });
}

/** Picks a filter and waits for the list it draws (a slice of statements per task). */
export async function filterBy(p, selector, value) {
  await p.selectOption(selector, value);
  await p.waitForSelector('#session-view[data-state="done"]');
}

/** Back to the article view: the active tab. */
export const showArticles = (p) => p.locator('#tabs [aria-selected="true"]').click();

/** The claim (in the session view) whose own text has these words. */
export const review = (p, words) => p.locator('#session-claims li[data-review-key]')
  .filter({ has: p.locator('.version.own blockquote', { hasText: words }) });

/** The review (in the list of reviews without their passage) of a passage with these words. */
export const orphan = (p, words) => p.locator('#session-orphans li[data-orphan-review]', { hasText: words });

export const waitSaved = (p) => p.waitForFunction(() => /^Saved/.test(document.getElementById('save-status').textContent));

export async function giveVerdict(p, words, verdict, note) {
  const item = review(p, words);
  await item.getByLabel('Verdict').selectOption(verdict);
  if (note) await item.getByLabel('Note').fill(note);
  await waitSaved(p);
}

/** Clicks `selector` and reads the file it downloads. */
export async function download(p, selector) {
  const [file] = await Promise.all([p.waitForEvent('download'), p.click(selector)]);
  return fs.readFileSync(await file.path(), 'utf8');
}

/** Clicks `selector` and parses the JSON file it downloads. */
export const downloadJson = async (p, selector) => JSON.parse(await download(p, selector));

/** The i-th article's outlet, URL and publication date as the session view's fields show them. */
export const sourceFields = (p, i) => p.evaluate((n) => Object.fromEntries(['outlet', 'url', 'date']
  .map((f) => [f, document.getElementById(`source-${f}-${n}`)?.value ?? null])), i);

/**
 * The fields Google asks of a ClaimReview, as the ferry statement's review by the Porthaven
 * Fact Desk (set in the settings) gives them: Misleading (2 of 5), said by Ines Varga, first
 * published 2025-03-14.
 */
export function assertFerryClaimReview(cr) {
  assert.equal(cr['@type'], 'ClaimReview');
  assert.match(cr.url, /^https:\/\/factdesk\.example\/checks#claim-/);
  assert.deepEqual(cr.author, { '@type': 'Organization', name: 'Porthaven Fact Desk', url: 'https://factdesk.example/checks' });
  assert.match(cr.datePublished, /^\d{4}-\d{2}-\d{2}$/);
  assert.match(cr.claimReviewed, /every 20 minutes/);
  assert.deepEqual([cr.reviewRating.alternateName, cr.reviewRating.ratingValue], ['Misleading', 2]);
  assert.equal(cr.itemReviewed['@type'], 'Claim');
  assert.equal(cr.itemReviewed.author.name, 'Ines Varga');
  assert.equal(cr.itemReviewed.datePublished, '2025-03-14');
}
