// Exports: JSON (annotation + text) and Markdown (speakers, then claims by speaker) downloaded
// from the page, checked against the CLI's annotation; a claim copied as a citation; and the
// pure string builders, including Markdown escaping of hostile article text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { citation, exportFileName, toMarkdown } from '../../web/app/export.js';
import { cliAnnotate, openPage, startSite, waitForResult } from './harness.mjs';

const ARTICLE = `Council approves new cycle lanes

"This is a good day for everyone who rides to work," said councillor Amara Diallo.

The transport office said that construction would begin in May. According to Diallo, the plan will cost £4 million.
`;
const TITLE = 'Council approves new cycle lanes';

let site;
let page;
let problems;
before(async () => {
  site = await startSite();
  await site.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.base.replace(/\/$/, '') });
  ({ page, problems } = await openPage(site.context, site.base));
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Annotate', exact: true }).click();
  assert.equal(await waitForResult(page), 'done');
});
after(async () => { await site?.stop(); });

async function download(buttonName) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
}

const claimsOf = (annotation) => annotation.claims.map((c) => ({ id: c.id, speaker: c.speaker, text: c.text, start: c.start, end: c.end }));

test('Download JSON: the text and the annotation, as the CLI makes it', async () => {
  const { name, text } = await download('Download JSON');
  assert.equal(name, 'whosaid-council-approves-new-cycle-lanes.json');
  const data = JSON.parse(text);
  assert.equal(data.format, 'whosaid-article');
  assert.equal(data.title, TITLE);
  assert.equal(data.text, ARTICLE);
  const reference = cliAnnotate(ARTICLE);
  assert.deepEqual(claimsOf(data.annotation), claimsOf(reference));
  assert.deepEqual(data.annotation.speakers.map((s) => s.name), reference.speakers.map((s) => s.name));
});

test('Download Markdown: speakers, then each claim under its speaker with kind and cue', async () => {
  const { name, text } = await download('Download Markdown');
  assert.equal(name, 'whosaid-council-approves-new-cycle-lanes.md');
  const reference = cliAnnotate(ARTICLE);
  assert.ok(text.startsWith(`# ${TITLE}\n`));
  const [, speakersPart, claimsPart] = text.split(/^## /m);
  for (const s of reference.speakers) assert.ok(speakersPart.includes(`**${s.name}**`), s.name);
  const sections = Object.fromEntries(claimsPart.split(/^### /m).slice(1).map((sec) => [sec.split('\n')[0], sec]));
  for (const c of reference.claims) {
    const section = sections[c.speaker_name ?? 'Unattributed'];
    assert.ok(section, `no section for ${c.speaker_name}`);
    assert.ok(section.includes(`“${c.text.replace(/\s+/g, ' ').trim()}”`), c.text);
    if (c.cue) assert.ok(section.includes(`cue “${c.cue.text}”`));
  }
});

test('copy a claim as a citation: the card button and the c key', async (t) => {
  const reference = cliAnnotate(ARTICLE);
  const claim = reference.claims[0];
  if (!claim) return t.skip('the extractor finds no claim here yet');
  const speaker = reference.speakers.find((s) => s.id === claim.speaker);
  const expected = citation(claim, speaker, TITLE);

  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.locator(`#article [data-claim-id="${claim.id}"]`).first().click(); // pins its card
  await page.getByRole('button', { name: 'Copy as citation' }).click();
  await page.waitForFunction(() => document.getElementById('notice').textContent === 'Citation copied.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected);

  // The fallback (no async Clipboard API) through the key.
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.evaluate(() => { Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }); });
  await page.locator(`#article [data-claim-id="${claim.id}"]`).first().focus();
  await page.keyboard.press('c');
  await page.waitForFunction(() => document.getElementById('notice').textContent === 'Citation copied.');
  await page.evaluate(() => { delete navigator.clipboard; });
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected);
  assert.deepEqual(problems, []);
});

// --- the builders, without a browser ---------------------------------------------------------

const HOSTILE = {
  version: '0.1.0',
  speakers: [{ id: 's1', name: 'Eve <b>Mallory</b>', kind: 'person', title: '', aliases: ['Mallory'], claim_count: 1 }],
  claims: [
    { id: 'c1', speaker: 's1', speaker_name: 'Eve <b>Mallory</b>', kind: 'direct', text: '<script>alert(1)</script> [click](javascript:x) *now*\nplease', cue: { text: 'said' }, via: null },
    { id: 'c2', speaker: null, kind: 'indirect', text: 'prices would rise', cue: null, via: 'a spokesman' },
  ],
};

test('Markdown escapes what could become markup, and groups claims by speaker', () => {
  const md = toMarkdown({ title: 'A # title', annotation: HOSTILE });
  assert.ok(md.startsWith('# A \\# title\n'));
  assert.ok(md.includes('- **Eve \\<b\\>Mallory\\</b\\>** (person), also: Mallory: 1 claim'));
  assert.ok(md.includes('### Eve \\<b\\>Mallory\\</b\\>\n\n- “\\<script\\>alert(1)\\</script\\> \\[click\\](javascript:x) \\*now\\* please” (direct quote; cue “said”)'));
  assert.ok(md.includes('### Unattributed\n\n- “prices would rise” (reported speech; via a spokesman)'));
  assert.doesNotMatch(md, /(?<!\\)</);
});

test('citation and file names', () => {
  assert.equal(citation(HOSTILE.claims[1], undefined, 'Prices'), '“prices would rise” — unattributed, reported in “Prices”');
  assert.equal(exportFileName('Brenmouth closes its Victorian pier!', 'md'), 'whosaid-brenmouth-closes-its-victorian-pier.md');
  assert.equal(exportFileName('«»', 'json'), 'whosaid-article.json');
});
