// The three documentation screenshots (light, dark, 375 px) of the annotated sample, with one
// claim's card open. Tests write them to test-results/ (ignored by git); only
// `node scripts/screenshots.mjs` refreshes docs/, on purpose.
import fs from 'node:fs';
import path from 'node:path';
import { openPage, waitForResult } from './harness.mjs';

export const SHOTS = [
  ['screenshot.png', { viewport: { width: 1280, height: 900 }, colorScheme: 'light' }],
  ['screenshot-dark.png', { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' }],
  ['screenshot-375.png', { viewport: { width: 375, height: 800 }, colorScheme: 'light' }],
];

/** Takes one screenshot into `dir`; returns the page's problems (console noise, foreign requests). */
export async function takeScreenshot(site, [name, options], dir) {
  const { page, problems } = await openPage(site.context, site.base, options);
  await page.getByRole('button', { name: 'Try an example' }).click();
  const state = await waitForResult(page);
  if (state !== 'done') throw new Error(`the sample did not annotate: ${await page.textContent('#status')}`);
  // Show one claim's card, as a keyboard reader sees it; centred first, so that the card
  // opens below the claim instead of over the text above it.
  const first = page.locator('#article .claim-first').first();
  if (await first.count()) {
    await first.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await first.focus();
    await page.evaluate(() => window.scrollTo(0, 0));
  }
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, name), fullPage: true });
  await page.close();
  return problems;
}
