// axe-core (WCAG 2 A/AA, including colour contrast) on the annotated sample, in light and
// dark schemes and at phone width. axe is injected through the DevTools protocol, which the
// page's Content-Security-Policy does not govern, so the page itself needs no exception.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { openPage, startSite, waitForResult } from './harness.mjs';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let site;

before(async () => { site = await startSite(); });
after(async () => { await site?.stop(); });

const CASES = [
  ['light, desktop', { colorScheme: 'light' }],
  ['dark, desktop', { colorScheme: 'dark' }],
  ['light, 375 px', { colorScheme: 'light', viewport: { width: 375, height: 800 } }],
];

for (const [name, options] of CASES) {
  test(`no WCAG A/AA violations (${name})`, async () => {
    const { page, problems } = await openPage(site.context, site.base, options);
    await page.getByRole('button', { name: 'Try an example' }).click();
    assert.equal(await waitForResult(page), 'done');
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.map((v) => `${v.id}: ${v.nodes.length} node(s), e.g. ${v.nodes[0].target.join(' ')} — ${v.nodes[0].failureSummary}`);
    });
    assert.deepEqual(violations, []);
    assert.deepEqual(problems, []);
    if (options.viewport) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 375 px`);
    }
    await page.close();
  });
}
