// Ways in besides typing: a paste of a web page's HTML, dropped .txt/.html files, hostile
// HTML on the clipboard or in a file; and several articles open at once as tabs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { byId, cliAnnotate, expectedClaims, openPage, pageClaims, startSite, waitForResult } from './harness.mjs';
import { paste, pasteHtml } from './paste.mjs';

const HTML_ARTICLE = `<html><head><title>Harbour news</title></head><body>
<h1>Harbour  repairs   approved</h1>
<p>"The work starts in May," said <b>Amara Diallo</b>, who chairs the harbour board.</p>
<script>window.__pwned = 1</script>
<p>The port office said that the quay<br>would stay open.</p></body></html>`;
const HTML_ARTICLE_TEXT = 'Harbour repairs approved\n\n"The work starts in May," said Amara Diallo, who chairs the harbour board.\n\nThe port office said that the quay\nwould stay open.';

// Everything a hostile page could try: scripts, handlers, javascript: links, frames, images.
const HOSTILE_HTML = `<img src="/x-img.png" onerror="window.__pwned=1"><script>window.__pwned=2</script>
<a href="javascript:window.__pwned=3">here</a><iframe src="/x-frame.html" onload="window.__pwned=4"></iframe>
<p onclick="window.__pwned=5">"&lt;b&gt;Fine&lt;/b&gt;," said Eve Mallory.</p><style>body{display:none}</style>
<svg><script>window.__pwned=6</script></svg><object data="/x-object"></object>`;
const HOSTILE_TEXT = 'here\n\n"<b>Fine</b>," said Eve Mallory.';

const ARTICLE_A = '"We will open the bridge in June," said mayor Ruth Okafor.\n';
const ARTICLE_B = 'The ministry said that the trains would run late.\n\n"It is a disgrace," said Tomas Brenner.\n';

let site;
const opened = [];  // pages that must stay quiet
const hostile = []; // pages fed hostile HTML: just as quiet (not even a CSP refusal)
before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

async function open({ isHostile = false } = {}) {
  const o = await openPage(site.context, site.base, { clearSessions: true });
  const requested = [];
  o.page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  // Refusals recorded inside the page too, from before anything is pasted.
  await o.page.evaluate(() => {
    window.__refused = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__refused.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  o.refused = () => o.page.evaluate(() => window.__refused);
  (isHostile ? hostile : opened).push(o);
  return { page: o.page, requested, refused: o.refused };
}

/** The page shows exactly the CLI's annotation of `text`. */
async function assertShows(page, text) {
  assert.equal(await page.textContent('#article'), text);
  assert.deepEqual(byId(await pageClaims(page)), expectedClaims(cliAnnotate(text)));
}

const dropFiles = async (page, files) => {
  const data = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.content], f.name, { type: f.type }));
    return dt;
  }, files);
  await page.dispatchEvent('main', 'drop', { dataTransfer: data });
};

test('pasting a web page (HTML only on the clipboard) gives its clean text, annotated', async () => {
  const { page } = await open();
  await pasteHtml(page, HTML_ARTICLE);
  assert.equal(await waitForResult(page), 'done');
  assert.equal(await page.inputValue('#article-text'), HTML_ARTICLE_TEXT);
  await assertShows(page, HTML_ARTICLE_TEXT);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await page.close();
});

test('a paste with plain text too keeps the plain text (what the source page chose to copy)', async () => {
  const { page } = await open();
  // A synthetic paste has no default action, so nothing is inserted: the handler must
  // leave plain-text pastes to the browser (which inserts text/plain and fires input).
  const notCancelled = await paste(page, { 'text/html': '<p>"Not this," said Nobody.</p>', 'text/plain': '"This one," said Ruth Okafor.' });
  assert.deepEqual({ notCancelled, value: await page.inputValue('#article-text') }, { notCancelled: true, value: '' });
  await page.close();
});

test('hostile clipboard HTML: nothing runs, nothing loads, its text shows as text', async () => {
  const { page, requested, refused } = await open({ isHostile: true });
  await pasteHtml(page, HOSTILE_HTML);
  assert.equal(await waitForResult(page), 'done');
  assert.equal(await page.inputValue('#article-text'), HOSTILE_TEXT);
  await assertShows(page, HOSTILE_TEXT);
  await page.$$eval('#article *', (els) => els.forEach((e) => e.dispatchEvent(new MouseEvent('click', { bubbles: true }))));
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  // No onerror/onload can ever come: no element of the page carries a handler or loads anything.
  assert.deepEqual(await page.$$eval('body *', (els) => els.flatMap((e) => [...e.attributes]
    .filter((a) => /^on/i.test(a.name) || (a.name === 'src' && e.closest('#article')) || /^\s*javascript:/i.test(a.value))
    .map((a) => `${e.tagName} ${a.name}`))), []);
  assert.deepEqual(requested.filter((p) => p.startsWith('/x-')), []);
  assert.deepEqual(await refused(), [], 'the CSP had nothing to refuse');
  assert.equal(await page.$$eval('img, iframe, object, a[href^="javascript"], body script:not([src])', (els) => els.length), 0);
  await page.close();
});

test('pasting HTML outside the box opens it as an article too', async () => {
  const { page } = await open();
  await pasteHtml(page, HTML_ARTICLE, 'body');
  assert.equal(await waitForResult(page), 'done');
  assert.equal(await page.inputValue('#article-text'), HTML_ARTICLE_TEXT);
  assert.equal(await page.getByRole('tab', { selected: true }).textContent(), 'Harbour news'); // its <title>
  await page.close();
});

test('dropping a .txt and a hostile .html file opens each in its own tab, as text', async () => {
  const { page, requested, refused } = await open({ isHostile: true });
  await dropFiles(page, [
    { name: 'bridge.txt', type: 'text/plain', content: ARTICLE_A },
    { name: 'hostile.html', type: 'text/html', content: `<title>Hostile page</title>${HOSTILE_HTML}` },
    { name: 'photo.jpg', type: 'image/jpeg', content: 'not an article' },
  ]);
  assert.equal(await waitForResult(page), 'done');
  const tabs = page.getByRole('tab');
  assert.deepEqual(await tabs.allTextContents(), ['bridge', 'Hostile page']);
  assert.match(await page.textContent('#notice'), /photo\.jpg: only \.txt and \.html files can be opened/);
  await assertShows(page, ARTICLE_A);
  await tabs.nth(1).click();
  assert.equal(await waitForResult(page), 'done');
  await assertShows(page, HOSTILE_TEXT);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(requested.filter((p) => p.startsWith('/x-')), []);
  assert.deepEqual(await refused(), [], 'the CSP had nothing to refuse');
  await page.close();
});

test('tabs: two articles, each keeps its text and annotation; keyboard moves; close', async () => {
  const { page } = await open();
  const box = page.getByLabel('Article text');
  const annotate = page.getByRole('button', { name: 'Annotate', exact: true });
  await box.fill(ARTICLE_A);
  await annotate.click();
  assert.equal(await waitForResult(page), 'done');
  await page.getByRole('button', { name: 'New article' }).click();
  assert.equal(await page.inputValue('#article-text'), '');
  assert.equal(await page.isVisible('#results'), false);
  await box.fill(ARTICLE_B);
  await annotate.click();
  assert.equal(await waitForResult(page), 'done');
  await assertShows(page, ARTICLE_B);

  const tabs = page.getByRole('tab');
  assert.equal(await tabs.count(), 2);
  assert.equal(await page.getByRole('tablist', { name: 'Open articles' }).count(), 1);
  await tabs.first().click();
  assert.equal(await waitForResult(page), 'done');
  assert.equal(await page.inputValue('#article-text'), ARTICLE_A);
  await assertShows(page, ARTICLE_A);
  assert.equal(await tabs.first().getAttribute('aria-selected'), 'true');
  assert.equal(await page.getAttribute('#workspace', 'aria-labelledby'), await tabs.first().getAttribute('id'));

  // Arrow keys on the focused tab move to the next one (and not to the next claim).
  await tabs.first().focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await waitForResult(page), 'done');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-selected')), 'true');
  assert.equal(await page.inputValue('#article-text'), ARTICLE_B);
  await assertShows(page, ARTICLE_B);

  await page.getByRole('button', { name: 'Close article' }).click();
  assert.equal(await tabs.count(), 1);
  assert.equal(await page.inputValue('#article-text'), ARTICLE_A);
  await assertShows(page, ARTICLE_A);
  await page.close();
});

test('no console errors or warnings, and no request to another origin', () => {
  assert.ok(opened.length > 0);
  assert.deepEqual(opened.flatMap((o) => o.problems), []);
});

// Chromium checks an inert DOMParser document's handlers and styles against the page's CSP
// while parsing and logs each refusal; the page takes attributes out first, so there are none.
test('hostile HTML pages: nothing in the console, not even a CSP refusal, and no foreign request', () => {
  assert.ok(hostile.length > 0);
  assert.deepEqual(hostile.flatMap((o) => o.problems), []);
});
