// Refreshes docs/screenshot.png, screenshot-dark.png and screenshot-375.png from the built
// page (run `npm run build` first). The e2e tests take the same shots into test-results/,
// so `npm test` never dirties the git tree.   node scripts/screenshots.mjs
import { DOCS, startSite } from '../tests/e2e/harness.mjs';
import { SHOTS, takeScreenshot } from '../tests/e2e/screenshots.mjs';

const site = await startSite();
try {
  for (const shot of SHOTS) {
    const problems = await takeScreenshot(site, shot, DOCS);
    if (problems.length) throw new Error(`${shot[0]}: ${problems.join('; ')}`);
    console.log(`screenshots: docs/${shot[0]}`);
  }
} finally {
  await site.stop();
}
