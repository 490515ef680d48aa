// Fact-check sessions (issue 6, the page): two reports of one event open as tabs, the session
// view with merged speakers and the other outlet's version of each claim, a verdict with a note
// kept in IndexedDB through an offline reload, export → import into a fresh profile, corrupt
// imports refused without changing anything, Web Annotation selectors that re-anchor every
// claim (code points, with emoji before claims), ClaimReview and the Markdown report, a failed
// write reported in words, several named sessions with undo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { anchorSelectors } from '../../web/session/export-webanno.js';
import { CLI, ROOT, openPage, startSite, waitForResult } from './harness.mjs';

const FIXTURES = path.join(ROOT, 'tests/e2e/fixtures');
const GAZETTE = fs.readFileSync(path.join(FIXTURES, 'session-harbour-gazette.txt'), 'utf8');
const COAST = fs.readFileSync(path.join(FIXTURES, 'session-coast-daily.txt'), 'utf8');
const NOTE = 'The council timetable says every 20 minutes; Coast Daily has 15.';

let siteA; // service workers allowed: the offline reload needs one
let siteB; // a fresh profile for imports
let page;
let problems;
before(async () => {
  siteA = await startSite({ serviceWorkers: 'allow' });
  siteB = await startSite();
});
after(async () => {
  await siteA?.stop();
  await siteB?.stop();
});

async function openArticle(p, text, { newTab }) {
  if (newTab) await p.getByRole('button', { name: 'New article' }).click();
  await p.getByLabel('Article text').fill(text);
  await p.getByRole('button', { name: 'Annotate', exact: true }).click();
  assert.equal(await waitForResult(p), 'done');
}

async function showSession(p) {
  if ((await p.getAttribute('#show-session', 'aria-pressed')) !== 'true') await p.click('#show-session');
  await p.waitForSelector('#session-view[data-state="done"]', { timeout: 20000 });
}

/** The claim (in the session view) whose own text has these words. */
const review = (p, words) => p.locator('#session-claims li[data-review-key]')
  .filter({ has: p.locator('.version.own blockquote', { hasText: words }) });
const waitSaved = (p) => p.waitForFunction(() => /^Saved/.test(document.getElementById('save-status').textContent));

async function download(p, selector) {
  const [file] = await Promise.all([p.waitForEvent('download'), p.click(selector)]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
}

/** Everything the page stored: sessions and the current id. */
const dumpStore = (p) => p.evaluate(() => new Promise((resolve, reject) => {
  const open = indexedDB.open('whosaid');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const tx = open.result.transaction(['sessions', 'meta'], 'readonly');
    const all = tx.objectStore('sessions').getAll();
    const current = tx.objectStore('meta').get('current');
    tx.oncomplete = () => { resolve({ sessions: all.result, current: current.result ?? null }); open.result.close(); };
  };
}));

function cliSession(texts) {
  const dir = fs.mkdtempSync(path.join(ROOT, 'test-results', 'session-'));
  try {
    const files = texts.map((t, i) => { const f = path.join(dir, `${i + 1}.txt`); fs.writeFileSync(f, t); return f; });
    return JSON.parse(execFileSync(CLI, ['session', ...files], { encoding: 'utf8' }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

let exported; // the session file downloaded from profile A

/** How many statements the core's session makes: its claims joined by same/conflict links. */
function statementCount(session) {
  const parent = new Map(session.claims.map((c) => [c.id, c.id]));
  const find = (id) => (parent.get(id) === id ? id : find(parent.get(id)));
  for (const l of session.links) if (l.relation !== 'related') parent.set(find(l.a), find(l.b));
  return new Set(session.claims.map((c) => find(c.id))).size;
}

test('two articles, the session view, a verdict with a note, an offline reload keeps it', async () => {
  fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
  ({ page, problems } = await openPage(siteA.context, siteA.base));
  await openArticle(page, GAZETTE, { newTab: false });
  await openArticle(page, COAST, { newTab: true });
  await showSession(page);
  assert.equal(await page.isHidden('#workspace'), true);

  // The merged speakers and the claims match the core's session (the CLI) for the same texts.
  const reference = cliSession([GAZETTE, COAST]);
  const speakers = await page.$$eval('#session-speakers .name', (els) => els.map((e) => e.textContent));
  assert.deepEqual(speakers, reference.speakers.map((s) => s.name));
  assert.ok(speakers.includes('Ines Varga'));
  // One item per statement: a claim and the other outlets' versions of it.
  assert.equal(await page.locator('#session-claims li[data-review-key]').count(), statementCount(reference));
  assert.ok(statementCount(reference) < reference.claims.length);
  assert.equal(await page.locator('[data-claim-id]:not(#article [data-claim-id])').count(), 0);

  // The ferry claim shows the other outlet's version beside it, flagged as differing.
  const ferry = review(page, 'every 20 minutes');
  assert.equal(await ferry.count(), 1);
  const other = ferry.locator('.version.other');
  assert.equal(await other.getAttribute('data-relation'), 'conflict');
  assert.match(await other.textContent(), /every 15 minutes/);
  assert.match(await other.locator('.relation').textContent(), /^differs 0\.\d\d$/);
  // Fact chips, with the normalised value in the title.
  const chip = ferry.locator('.version.own mark.fact');
  assert.equal(await chip.textContent(), 'every 20 minutes'.slice(6));
  assert.match(await chip.getAttribute('title'), /duration: PT20M/);

  await ferry.getByLabel('Verdict').selectOption('misleading');
  await ferry.getByLabel('Note').fill(NOTE);
  await ferry.getByLabel('Sources (one per line)').fill('https://example.org/timetable\njavascript:alert(1)');
  await waitSaved(page);
  assert.equal(await page.locator('#session-view a').count(), 0, 'sources are never links on the page');

  // Offline: once the service worker controls the page, reload with the network off.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await siteA.context.setOffline(true);
  try {
    await page.reload();
    await page.waitForSelector('body[data-ready="1"]');
    assert.deepEqual(await page.$$eval('#tabs [role="tab"]', (els) => els.length), 2);
    await showSession(page);
    const again = review(page, 'every 20 minutes');
    assert.equal(await again.getByLabel('Verdict').inputValue(), 'misleading');
    assert.equal(await again.getByLabel('Note').inputValue(), NOTE);
    assert.equal(await again.getByLabel('Sources (one per line)').inputValue(), 'https://example.org/timetable\njavascript:alert(1)');
  } finally {
    await siteA.context.setOffline(false);
  }

  ({ text: exported } = await download(page, '#export-session'));
  const file = JSON.parse(exported);
  assert.equal(file.schema, 'whosaid-session');
  assert.equal(file.version, 1);
  assert.deepEqual(file.session.articles.map((a) => a.text), [GAZETTE, COAST]);
  assert.equal(file.session.reviews.length, 1);
  assert.deepEqual(problems, []);
});

test('export, then import into a fresh profile: the identical session, verdict on screen', async () => {
  assert.ok(exported, 'needs the first test');
  const b = await openPage(siteB.context, siteB.base);
  await b.page.setInputFiles('#import-file', { name: 'session.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await b.page.waitForFunction(() => /^Imported/.test(document.getElementById('session-notice').textContent));
  assert.equal(await b.page.locator('#tabs [role="tab"]').count(), 2);
  await showSession(b.page);
  assert.equal(await review(b.page, 'every 20 minutes').getByLabel('Verdict').inputValue(), 'misleading');
  const { text } = await download(b.page, '#export-session');
  assert.deepEqual(JSON.parse(text).session, JSON.parse(exported).session);
  const stored = await dumpStore(b.page);
  assert.deepEqual(stored.sessions, [JSON.parse(exported).session]);
  assert.deepEqual(b.problems, []);
  await b.page.close();
});

test('corrupt imports (truncated, wrong type, newer version, oversized, inconsistent) change nothing', async () => {
  const b = await openPage(siteB.context, siteB.base);
  const before = await dumpStore(b.page);
  assert.equal(before.sessions.length, 1);
  const good = JSON.parse(exported);
  const badReview = structuredClone(good);
  badReview.session.reviews[0].end += 3;
  const cases = [
    ['truncated.json', exported.slice(0, exported.length / 2), /not valid JSON/],
    ['article.json', JSON.stringify({ format: 'whosaid-article', version: 1, title: 'x', text: 'x' }), /single article/],
    ['array.json', '[1, 2, 3]', /not a whosaid session file/],
    ['newer.json', JSON.stringify({ ...good, version: 2 }), /newer whosaid \(format version 2\)/],
    ['inconsistent.json', JSON.stringify(badReview), /does not match its article/],
    ['huge.json', null, /over 50 MB are refused/],
  ];
  // Playwright hands over buffers up to 50 MB only: the big one goes through a file.
  const huge = path.join(ROOT, 'test-results', 'session-huge.json');
  fs.writeFileSync(huge, Buffer.alloc(51 * 1024 * 1024, 0x20));
  for (const [name, content, expected] of cases) {
    await b.page.evaluate(() => { document.getElementById('session-notice').textContent = ''; });
    await b.page.setInputFiles('#import-file', content === null ? huge
      : { name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await b.page.waitForFunction(() => document.getElementById('session-notice').textContent !== '');
    const notice = await b.page.textContent('#session-notice');
    assert.match(notice, /^Not imported: /, name);
    assert.match(notice, expected, name);
    assert.match(notice, /Nothing stored was changed\.$/, name);
    assert.deepEqual(await dumpStore(b.page), before, name);
  }
  fs.rmSync(huge);
  assert.equal(await b.page.locator('#tabs [role="tab"]').count(), 2);
  assert.deepEqual(b.problems, []);
  await b.page.close();
});

test('Web Annotation export re-anchors every claim (code points: emoji before claims)', async () => {
  const { name, text } = await download(page, '#export-webanno');
  assert.match(name, /annotations\.jsonld$/);
  const collection = JSON.parse(text);
  assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(collection.type, 'AnnotationCollection');
  const items = collection.first.items;
  const reference = cliSession([GAZETTE, COAST]);
  assert.equal(items.length, reference.claims.length);
  const texts = new Map(JSON.parse(exported).session.articles.map((a) => [a.id, a.text]));
  const bySource = (iri) => texts.get(decodeURIComponent(iri.split(':article:')[1]));
  let shifted = 0;
  for (const item of items) {
    const source = bySource(item.target.source.id);
    const anchored = anchorSelectors(source, item.target.selector);
    assert.ok(anchored, `${item.id} does not re-anchor`);
    const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector');
    const position = item.target.selector.find((s) => s.type === 'TextPositionSelector');
    assert.equal(source.slice(anchored.start, anchored.end), quote.exact);
    // Code points: the spec's count, independent of JavaScript's UTF-16.
    assert.equal([...source].slice(position.start, position.end).join(''), quote.exact);
    assert.ok(reference.claims.some((c) => c.text === quote.exact && c.start === anchored.start));
    if (anchored.start !== position.start) shifted++;
  }
  assert.ok(shifted >= 3, 'Coast Daily has emoji before its claims: positions must differ from UTF-16 offsets');
  // One verdict for the statement: both outlets' versions of it carry it.
  const assessed = items.filter((i) => i.motivation === 'assessing');
  assert.equal(assessed.length, 2);
  assert.equal(new Set(assessed.map((i) => i.target.source.id)).size, 2);
  assert.deepEqual(assessed[0].body.filter((b) => b.purpose !== 'describing').map((b) => b.value ?? b.source),
    ['Misleading', NOTE, 'https://example.org/timetable', 'Source: javascript:alert(1)']);
});

test('ClaimReview JSON-LD and the Markdown report carry the verdict, note and sources', async () => {
  const review = JSON.parse((await download(page, '#export-claimreview')).text);
  assert.equal(review['@context'], 'https://schema.org');
  assert.equal(review['@graph'].length, 1);
  const [cr] = review['@graph'];
  assert.equal(cr['@type'], 'ClaimReview');
  assert.match(cr.claimReviewed, /every 20 minutes/);
  assert.equal(cr.reviewRating.alternateName, 'Misleading');
  assert.equal(cr.reviewBody, NOTE);
  assert.equal(cr.itemReviewed.author.name, 'Ines Varga');
  assert.equal(cr.itemReviewed.appearance.length, 2);

  const { name, text } = await download(page, '#export-report');
  assert.match(name, /report\.md$/);
  assert.match(text, /^### Misleading: Ines Varga$/m);
  assert.match(text, /every 20 minutes/);
  assert.match(text, /Coast Daily has 15\./);
  assert.match(text, /\(differs\): “.*every 15 minutes/);
  assert.match(text, /^- <https:\/\/example\.org\/timetable>$/m);
  assert.match(text, /^- javascript:alert\(1\)$/m);
  assert.doesNotMatch(text, /<javascript:|\]\(javascript:/);
});

test('a failed IndexedDB write is reported in words and what was saved stays', async () => {
  await showSession(page);
  await page.evaluate(() => {
    globalThis.realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await review(page, 'every 20 minutes').getByLabel('Verdict').selectOption('false');
  await page.waitForFunction(() => /^Not saved/.test(document.getElementById('save-status').textContent));
  assert.match(await page.textContent('#save-status'), /storage for this page is full\. What was saved before is kept/);
  const verdicts = (d) => d.sessions.flatMap((x) => x.reviews.map((r) => r.verdict));
  assert.deepEqual(verdicts(await dumpStore(page)), ['misleading'], 'the stored session is untouched');
  await page.evaluate(() => { IDBObjectStore.prototype.put = globalThis.realPut; });
  // Reloaded, the unsaved verdict comes back from this tab's copy (draft.js) and is stored.
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  await showSession(page);
  assert.equal(await review(page, 'every 20 minutes').getByLabel('Verdict').inputValue(), 'false');
  await waitSaved(page);
  assert.deepEqual(verdicts(await dumpStore(page)), ['false']);
  await review(page, 'every 20 minutes').getByLabel('Verdict').selectOption('misleading');
  await waitSaved(page);
});

test('several sessions: create, rename, switch, delete with undo', async () => {
  const first = await page.inputValue('#session-name');
  await page.click('#new-session');
  await page.waitForFunction(() => document.querySelectorAll('#session-select option').length === 2);
  await page.getByLabel('Name', { exact: true }).fill('Council budget');
  await openArticle(page, 'The budget is tight, the treasurer, Ana Lind, said on Monday.', { newTab: false });
  await waitSaved(page);
  // The list is redrawn once the write has landed: wait for that final state.
  await page.waitForFunction(() => [...document.querySelectorAll('#session-select option')].some((o) => o.textContent === 'Council budget'));
  const names = await page.$$eval('#session-select option', (o) => o.map((x) => x.textContent).sort());
  assert.deepEqual(names, [first, 'Council budget'].sort());

  // Switch back: the first session's two articles return.
  await page.selectOption('#session-select', { label: first });
  await page.waitForFunction(() => document.querySelectorAll('#tabs [role="tab"]').length === 2);
  await page.waitForFunction((n) => document.getElementById('session-name').value === n, first);

  // Delete it (it holds a verdict: the page asks first), then undo.
  await page.click('#delete-session');
  await page.locator('#confirm-dialog').getByRole('button', { name: 'Delete session' }).click();
  await page.waitForFunction(() => /^Deleted/.test(document.getElementById('session-notice').textContent));
  await page.waitForFunction(() => document.getElementById('session-name').value === 'Council budget');
  // "Deleted" is said once the deletion is committed.
  assert.equal((await dumpStore(page)).sessions.length, 1);
  await page.locator('#session-notice').getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction((n) => document.getElementById('session-name').value === n, first);
  // "… is back." is said once the write is committed.
  await page.waitForFunction(() => /is back\.$/.test(document.getElementById('session-notice').textContent));
  assert.match(await page.textContent('#session-notice'), /^“.*” is back\.$/);
  assert.equal((await dumpStore(page)).sessions.length, 2);
  await showSession(page);
  assert.equal(await review(page, 'every 20 minutes').getByLabel('Verdict').inputValue(), 'misleading');
  assert.deepEqual(problems, []);
});
