// The documentation screenshots: the first screen after Annotate of the sample at 1280×800
// (light, dark) and 375×812, the first claim's card open, and the session view of two reports of one event with a verdict given. Tests write them to test-results/ (ignored by git); only
// `node scripts/screenshots.mjs` refreshes docs/, on purpose.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPage, waitForResult } from './harness.mjs';

export const SHOTS = [
  ['screenshot.png', { viewport: { width: 1280, height: 800 }, colorScheme: 'light' }],
  ['screenshot-dark.png', { viewport: { width: 1280, height: 800 }, colorScheme: 'dark' }],
  ['screenshot-375.png', { viewport: { width: 375, height: 812 }, colorScheme: 'light' }],
  ['session.png', { viewport: { width: 1280, height: 900 }, colorScheme: 'light', session: true }],
];

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** The session view: a new session with the two fixture reports, one verdict with a note. */
async function showSession(page) {
  await page.click('#new-session');
  await page.waitForFunction(() => document.activeElement?.id === 'session-name'); // the new one is ready
  await page.fill('#session-name', 'Porthaven bridge closure');
  for (const [i, file] of ['session-harbour-gazette.txt', 'session-coast-daily.txt'].entries()) {
    if (i > 0) await page.getByRole('button', { name: 'New article' }).click();
    await page.getByLabel('Article text').fill(fs.readFileSync(path.join(FIXTURES, file), 'utf8'));
    await page.getByRole('button', { name: 'Annotate', exact: true }).click();
    if (await waitForResult(page) !== 'done') throw new Error(`${file} did not annotate`);
  }
  await page.click('#show-session');
  await page.waitForSelector('#session-view[data-state="done"]', { timeout: 20000 });
  const ferry = page.locator('#session-claims li[data-review-key]')
    .filter({ has: page.locator('.version.own blockquote', { hasText: 'every 20 minutes' }) });
  await ferry.getByLabel('Verdict').selectOption('misleading');
  await ferry.getByLabel('Note').fill('The council timetable says every 20 minutes; Coast Daily has 15.');
  await ferry.getByLabel('Sources (one per line)').fill('https://example.org/porthaven/ferry-timetable');
  await page.waitForFunction(() => /^Saved/.test(document.getElementById('save-status').textContent));
  await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
}

/** Takes one screenshot into `dir`; returns the page's problems (console noise, foreign requests). */
export async function takeScreenshot(site, [name, options], dir) {
  const { page, problems } = await openPage(site.context, site.base, options);
  if (options.session) {
    await showSession(page);
    fs.mkdirSync(dir, { recursive: true });
    // The top of the session view, down to the claim with the verdict.
    const height = await page.evaluate(() => {
      const review = document.querySelector('#session-claims .review.verdict-misleading');
      return Math.ceil(review.getBoundingClientRect().bottom + window.scrollY + 16);
    });
    await page.screenshot({ path: path.join(dir, name), fullPage: true, clip: { x: 0, y: 0, width: options.viewport.width, height } });
    await page.close();
    return problems;
  }
  await page.getByRole('button', { name: 'Try an example' }).click();
  const state = await waitForResult(page);
  if (state !== 'done') throw new Error(`the sample did not annotate: ${await page.textContent('#status')}`);
  // What the reader sees right after Annotate (the first screen, the first claim in view),
  // with that claim's card open as a keyboard reader opens it (j).
  await page.mouse.move(0, 0);
  await page.keyboard.press('j');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, name) });
  await page.close();
  return problems;
}
