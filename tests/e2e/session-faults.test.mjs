// The session's holes found by the attack of issue 15, one test each: what the page stores
// always reads back (long titles, long names on import), Export says why it failed, the last
// typing before a reload is kept, many articles are refused in words, imports are checked as
// the core checks (calendar days, strict times, broken characters, blank articles), and from
// file:// sessions stay in memory unless the reader asks to store them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, openPage, startSite, waitForResult } from './harness.mjs';
import { LIMITS } from '../../web/session/schema.js';

const ARTICLE = '"We will open the bridge in June," said mayor Ruth Okafor.\n';

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

const notice = (p) => p.textContent('#session-notice');
const waitNotice = (p, pattern) => p.waitForFunction((src) => new RegExp(src).test(document.getElementById('session-notice').textContent), pattern.source);
const waitSaved = (p) => p.waitForFunction(() => /^Saved/.test(document.getElementById('save-status').textContent));
const clearNotice = (p) => p.evaluate(() => { document.getElementById('session-notice').textContent = ''; });

async function download(p, selector) {
  const [file] = await Promise.all([p.waitForEvent('download'), p.click(selector)]);
  return fs.readFileSync(await file.path(), 'utf8');
}

const sessionFile = (session) => JSON.stringify({ schema: 'whosaid-session', version: 1, exported: '2025-03-14T11:00:00.000Z', generator: 'test', session });
const baseSession = (articles, extra = {}) => ({
  id: 'imported-1', name: 'Imported', created: '2025-03-14T10:00:00.000Z', updated: '2025-03-14T10:00:00.000Z',
  articles, reviews: [], ...extra,
});
const importFile = (p, content) => p.setInputFiles('#import-file', { name: 'session.json', mimeType: 'application/json', buffer: Buffer.from(content) });

async function reload(p) {
  await p.reload();
  await p.waitForSelector('body[data-ready="1"]');
}

test('a dropped page with a 1,500-character <title>: stored cut to the limit, exported, read back after a reload', async () => {
  const { page, problems } = await openPage(site.context, site.base, { clearSessions: true });
  const title = `Bridge ${'news '.repeat(300)}`.trim();
  const data = await page.evaluateHandle(([html]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([html], 'long.html', { type: 'text/html' }));
    return dt;
  }, [`<title>${title}</title><p>${ARTICLE}</p>`]);
  await page.dispatchEvent('main', 'drop', { dataTransfer: data });
  assert.equal(await waitForResult(page), 'done');
  await waitSaved(page);
  const file = JSON.parse(await download(page, '#export-session'));
  assert.equal(file.session.articles[0].title, title.slice(0, LIMITS.title));
  await reload(page);
  assert.equal(await notice(page), '', 'no "could not be read"');
  assert.equal(await page.inputValue('#article-text'), ARTICLE.trim());
  assert.deepEqual(problems, []);
  await page.close();
});

test('an imported 200-character name that collides gets " (imported)" within the limit, and reads back', async () => {
  const { page, problems } = await openPage(site.context, site.base, { clearSessions: true });
  const name = 'N'.repeat(LIMITS.name);
  const content = sessionFile(baseSession([{ id: 'a1', title: '', text: ARTICLE, date: null }], { name }));
  await importFile(page, content);
  await waitNotice(page, /^Imported/);
  await clearNotice(page);
  await importFile(page, content); // the same id again: a copy with a new id and name
  await waitNotice(page, /^Imported/);
  // the notice of the first import can outlive clearNotice: wait for the final state, the copy
  // opened under its new name, instead of reading the name while the second import runs
  await page.waitForFunction((original) => {
    const v = document.getElementById('session-name').value;
    return v !== original && v.endsWith(' (imported)');
  }, name);
  const copyName = await page.inputValue('#session-name');
  assert.ok(copyName.endsWith(' (imported)') && copyName.length <= LIMITS.name, copyName);
  await reload(page);
  assert.equal(await notice(page), '', 'no "could not be read"');
  assert.equal(await page.inputValue('#session-name'), copyName);
  assert.deepEqual(problems, []);
  await page.close();
});

test('Export that fails says so on the session bar', async () => {
  const { page } = await openPage(site.context, site.base, { clearSessions: true });
  await page.evaluate(() => { URL.createObjectURL = () => { throw new Error('downloads are blocked'); }; });
  await page.click('#export-session');
  assert.match(await notice(page), /^Could not export the session: downloads are blocked/);
  await page.close();
});

test('typing, then reloading at once: the text and the note are both still there', async () => {
  const { page, problems } = await openPage(site.context, site.base, { clearSessions: true });
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
  assert.equal(await waitForResult(page), 'done');
  await waitSaved(page);
  // Typed last, with no time for the delayed IndexedDB write to finish.
  await page.getByRole('button', { name: 'Edit text' }).click();
  await page.getByLabel('Article text').press('End');
  await page.keyboard.type(' More.');
  await reload(page);
  assert.equal(await page.inputValue('#article-text'), `${ARTICLE} More.`);

  await page.click('#show-session');
  await page.waitForSelector('#session-view[data-state="done"]');
  await page.locator('#session-claims li[data-review-key]').first().getByLabel('Note').pressSequentially('Checked with the council.');
  await reload(page);
  await page.click('#show-session');
  await page.waitForSelector('#session-view[data-state="done"]');
  assert.equal(await page.locator('#session-claims li[data-review-key]').first().getByLabel('Note').inputValue(), 'Checked with the council.');
  await waitSaved(page);
  assert.deepEqual(problems, []);
  await page.close();
});

const articles = (n) => Array.from({ length: n }, (_, i) => ({ id: `a${i}`, title: '', text: `"Item ${i} is ready," said Ann Lee.\n`, date: null }));

test(`an import of more than ${LIMITS.articles} articles is refused in words; exactly ${LIMITS.articles} open`, async () => {
  const { page, problems } = await openPage(site.context, site.base, { clearSessions: true });
  await importFile(page, sessionFile(baseSession(articles(LIMITS.articles + 1))));
  await waitNotice(page, /^Not imported/);
  assert.match(await notice(page), new RegExp(`has ${LIMITS.articles + 1} articles; a session holds at most ${LIMITS.articles}\\. Nothing stored was changed\\.$`));
  assert.equal(await page.locator('#tabs [role="tab"]').count(), 1);
  await clearNotice(page);
  await importFile(page, sessionFile(baseSession(articles(LIMITS.articles))));
  await waitNotice(page, new RegExp(`^Imported “Imported”: ${LIMITS.articles} article\\(s\\), 0 review\\(s\\)\\.$`));
  assert.equal(await page.locator('#tabs [role="tab"]').count(), LIMITS.articles);
  await page.waitForFunction(() => !document.querySelector('#tabs .is-busy'), null, { timeout: 60000 });
  assert.equal(await waitForResult(page), 'done');
  assert.deepEqual(problems, []);
  await page.close();
});

test('imports are checked as the core checks: calendar days, strict times, broken characters; blank articles counted', async () => {
  const { page, problems } = await openPage(site.context, site.base, { clearSessions: true });
  const one = [{ id: 'a1', title: '', text: ARTICLE, date: null }];
  const refused = [
    [baseSession([{ ...one[0], date: '2024-02-30' }]), /Article 1's date 2024-02-30 is not a day of the calendar/],
    [baseSession(one, { created: '1' }), /creation time should be a date and time such as/],
    [baseSession([{ ...one[0], title: 'Bridge \uD800' }]), /Article 1's title holds a broken character/],
  ];
  for (const [session, message] of refused) {
    await clearNotice(page);
    await importFile(page, sessionFile(session));
    await waitNotice(page, /^Not imported/);
    assert.match(await notice(page), message);
  }
  // An article of white space and its review: left out, and the notice counts what was kept.
  await clearNotice(page);
  const start = ARTICLE.indexOf('We will');
  const quote = 'We will open the bridge in June,';
  const session = baseSession([...one, { id: 'blank', title: 'Empty', text: ' \n \n', date: null }], {
    reviews: [
      { article: 'a1', start, end: start + quote.length, text: quote, speaker: 'Ruth Okafor', verdict: 'accurate', note: '', sources: [], updated: '2025-03-14T10:00:00.000Z' },
      { article: 'blank', start: 0, end: 1, text: ' ', speaker: null, verdict: '', note: 'x', sources: [], updated: '2025-03-14T10:00:00.000Z' },
    ],
  });
  await importFile(page, sessionFile(session));
  await waitNotice(page, /^Imported/);
  assert.equal(await notice(page), 'Imported “Imported”: 1 article(s), 1 review(s). 1 article(s) with no text left out, with their 1 review(s).');
  assert.equal(await page.locator('#tabs [role="tab"]').count(), 1);
  await page.click('#show-session');
  await page.waitForSelector('#session-view[data-state="done"]');
  assert.equal(await page.locator('#session-claims li[data-review-key]').first().getByLabel('Verdict').inputValue(), 'accurate');
  assert.doesNotMatch(await notice(page), /went with text/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('from file://: sessions stay in memory, said on the bar, until the reader asks to store them', async () => {
  const url = pathToFileURL(path.join(DIST, 'whosaid.html')).href;
  const { page, problems } = await openPage(site.context, url);
  const status = () => page.textContent('#save-status');
  assert.match(await status(), /^Opened from a file: sessions are kept in memory only, because every HTML file opened from this computer could read/);
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
  assert.equal(await waitForResult(page), 'done');
  assert.match(await status(), /^Opened from a file/);
  assert.deepEqual(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)), [], 'nothing stored');
  await reload(page);
  assert.equal(await page.inputValue('#article-text'), '', 'kept in memory only');

  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
  assert.equal(await waitForResult(page), 'done');
  await page.getByRole('button', { name: 'Store sessions in this browser anyway' }).click();
  await waitSaved(page);
  await reload(page);
  assert.equal(await page.inputValue('#article-text'), ARTICLE);
  assert.deepEqual(problems, []);
  await page.close();
});
