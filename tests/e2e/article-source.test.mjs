// Every article has its source and date (issue 12): two reports pasted as web pages get their
// URL, outlet and publication date from the HTML's metadata (canonical link, og:url,
// og:site_name, article:published_time, <time datetime>), shown and editable in the session
// view, kept through a reload; the versions show outlet and date; ClaimReview carries url,
// author (the organisation set in the settings), datePublished, itemReviewed with its author
// and each appearance's URL and outlet, and reviewRating; Web Annotation targets the article's
// URL when it is known and an urn: when it is not.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, startSite, waitForResult } from './harness.mjs';
import { COAST, GAZETTE, assertFerryClaimReview, downloadJson, giveVerdict, review, showSession, sourceFields, waitSaved } from './session-helpers.mjs';
import { pasteHtml } from './paste.mjs';

let site;
before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

const paragraphs = (text) => text.split(/\n+/).filter((l) => l.trim()).map((l) => `<p>${l}</p>`).join('');

// The gazette names itself in a canonical link and Open Graph tags; the second paper gives
// og:url and a <time datetime> only, and its <meta> attributes come in another order.
const GAZETTE_HTML = `<html><head><title>Bridge</title>
<link rel="canonical" href="https://gazette.example/news/bridge-closure">
<meta property="og:site_name" content="Harbour Gazette">
<meta property="article:published_time" content="2025-03-14T09:30:00+00:00">
<meta property="og:url" content="https://gazette.example/other"></head>
<body><article>${paragraphs(GAZETTE)}</article></body></html>`;
const COAST_HTML = `<html><head><meta content="https://coast.example/n/4521" property="og:url">
<meta content="Coast Daily" property="og:site_name"></head>
<body><p><time datetime="2025-03-15">15 March</time></p>${paragraphs(COAST)}</body></html>`;


test('pasted web pages: outlet, URL and date filled and kept; ClaimReview and Web Annotation use them', async () => {
  const { page, problems } = await openPage(site.context, site.base, { clearSessions: true });
  await pasteHtml(page, GAZETTE_HTML, '#article-text'); // into the empty article box
  assert.equal(await waitForResult(page), 'done');
  await pasteHtml(page, COAST_HTML, 'body'); // elsewhere on the page: a second article
  await page.waitForFunction(() => document.querySelectorAll('#tabs [role="tab"]').length === 2);
  assert.equal(await waitForResult(page), 'done');

  await showSession(page);
  assert.deepEqual(await sourceFields(page, 0),
    { outlet: 'Harbour Gazette', url: 'https://gazette.example/news/bridge-closure', date: '2025-03-14' });
  assert.deepEqual(await sourceFields(page, 1), { outlet: 'Coast Daily', url: 'https://coast.example/n/4521', date: '2025-03-15' });
  // each version says where and when it appeared
  const ferry = review(page, 'every 20 minutes');
  assert.match(await ferry.locator('.version.other').first().textContent(), /Coast Daily, 2025-03-15/);
  // and its wording where it differs from this claim's: words marked, figures left to the fact chips
  assert.deepEqual(await ferry.locator('.version.other').first().locator('mark.differs-word').allTextContents(),
    ['a', 'during', 'closure']);

  // the outlet is editable on the page, and the versions follow
  await page.fill('#source-outlet-1', 'The Coast Daily');
  await page.locator('#source-outlet-1').dispatchEvent('change');
  await waitSaved(page);
  await page.waitForSelector('#session-view[data-state="done"]');
  await page.waitForFunction(() => [...document.querySelectorAll('.version.other')].some((v) => v.textContent.includes('The Coast Daily, 2025-03-15')));

  await page.locator('.review-settings summary').click();
  await page.fill('#reviewer-name', 'Porthaven Fact Desk');
  await page.fill('#reviewer-url', 'https://factdesk.example/checks');
  await giveVerdict(page, 'every 20 minutes', 'misleading', 'The timetable says 20; the other paper says 15.');

  // reload: the sources come back from the browser's store
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  await showSession(page);
  assert.deepEqual(await sourceFields(page, 1), { outlet: 'The Coast Daily', url: 'https://coast.example/n/4521', date: '2025-03-15' });

  const claimReview = await downloadJson(page, '#export-claimreview');
  const [cr] = claimReview['@graph'];
  assertFerryClaimReview(cr);
  assert.deepEqual(cr.itemReviewed.appearance.map((a) => [a.url, a.publisher?.name, a.datePublished]), [
    ['https://gazette.example/news/bridge-closure', 'Harbour Gazette', '2025-03-14'],
    ['https://coast.example/n/4521', 'The Coast Daily', '2025-03-15'],
  ]);

  const anno = await downloadJson(page, '#export-webanno');
  const sources = new Set(anno.first.items.map((a) => a.target.source.id));
  assert.deepEqual([...sources].sort(), ['https://coast.example/n/4521', 'https://gazette.example/news/bridge-closure']);

  // an article with no known URL is targeted by an urn:
  await page.fill('#source-url-1', '');
  await page.locator('#source-url-1').dispatchEvent('change');
  await waitSaved(page);
  const after = await downloadJson(page, '#export-webanno');
  const ids = new Set(after.first.items.map((a) => a.target.source.id));
  assert.ok(ids.has('https://gazette.example/news/bridge-closure'));
  assert.ok([...ids].some((id) => id.startsWith('urn:whosaid:')), [...ids].join(', '));
  assert.deepEqual(problems, []);
  await page.close();
});
