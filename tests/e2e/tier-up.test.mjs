// The annotator's worker warms its core up once loaded (web/tier-up.js): it must finish its
// rounds, say so (the page's whosaid:annotator-warm mark), and answer an article that arrives
// while it runs exactly as the command-line annotator does, before and after.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { byId, cliAnnotate, expectedClaims, openPage, pageClaims, startSite, waitForResult } from './harness.mjs';

const FIRST = 'The ferry will run again in May, harbour master Ines Varga said on Monday.\n\n'
  + '"We have fixed the ramp," she told reporters. Critics said the repairs came far too late.';
const SECOND = 'According to the council, the bridge will close for a week.\n\n'
  + '"It is the only way to do it safely," said engineer Tomas Brell.';

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

async function annotateAndCompare(page, text) {
  const box = page.getByLabel('Article text');
  if (!(await box.isEditable())) await page.getByRole('button', { name: /edit text/i }).click();
  await box.fill(text);
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
  assert.equal(await waitForResult(page), 'done');
  assert.deepEqual(byId(await pageClaims(page)), expectedClaims(cliAnnotate(text)));
}

test('the worker warms up, says so, and answers articles during and after it as the CLI does', async () => {
  const { page, problems } = await openPage(site.context, site.base, { clearSessions: true });
  await annotateAndCompare(page, FIRST); // at once after ready: the rounds may still be running
  await page.waitForFunction(() => performance.getEntriesByName('whosaid:annotator-warm').length > 0, null, { timeout: 60000 });
  const rounds = await page.evaluate(() => performance.getEntriesByName('whosaid:annotator-warm')[0].detail.rounds);
  assert.equal(rounds, 20);
  await annotateAndCompare(page, SECOND);
  assert.deepEqual(problems, []);
  await page.close();
});
