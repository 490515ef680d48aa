// Where the page's main thread spends a phase, from a Chromium trace (not a test, not part
// of the bench table): paste a generated article, wait for the overlay, then type a few keys;
// prints the longest main-thread tasks of each phase and, inside them, the time by event
// (layout, style, paint, script by function).
//   node bench/page-trace.mjs [--bytes 5000000] [--phase paste|typing|both] [--out trace.json]
import fs from 'node:fs';
import { openPage, startSite, waitForResult } from '../tests/e2e/harness.mjs';
import { newsText } from '../tests/e2e/news-text.mjs';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const bytes = Number(arg('--bytes', 5_000_000));
const phase = arg('--phase', 'both');
const out = arg('--out', null);

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler', 'toplevel', 'blink', 'loading'].join(',');

async function traced(cdp, run) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await run();
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  return events;
}

/** The renderer main thread: the thread named CrRendererMain that ran the most tasks. */
function mainThread(events) {
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  let best = null, most = -1;
  for (const n of names) {
    const count = events.filter((e) => e.pid === n.pid && e.tid === n.tid && e.name === 'RunTask').length;
    if (count > most) { most = count; best = n; }
  }
  return best;
}

/** Self time by label inside [start, end) of the main thread's complete events. */
function breakdown(evs, start, end) {
  const inside = evs.filter((e) => e.ph === 'X' && e.ts >= start && e.ts + (e.dur || 0) <= end)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const label = (e) => {
    const d = e.args?.data;
    if (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.callFunction') {
      const fn = d?.functionName || '';
      const url = (d?.url || '').split('/').slice(-2).join('/');
      return `script ${fn || '(anon)'} ${url}:${d?.lineNumber ?? ''}`;
    }
    if (e.name === 'EventDispatch') return `event ${d?.type}`;
    return e.name;
  };
  const self = new Map();
  const stack = [];
  for (const e of inside) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.child += e.dur;
    e.child = 0;
    stack.push(e);
  }
  for (const e of inside) {
    const k = label(e);
    self.set(k, (self.get(k) || 0) + (e.dur - e.child));
  }
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([k, v]) => `${(v / 1000).toFixed(1).padStart(8)} ms  ${k}`);
}

function report(title, events) {
  const main = mainThread(events);
  const evs = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const tasks = evs.filter((e) => e.ph === 'X' && e.name === 'RunTask').sort((a, b) => b.dur - a.dur);
  console.log(`\n== ${title}: ${tasks.length} main-thread tasks, ${tasks.filter((t) => t.dur > 50000).length} over 50 ms, ` +
    `total ${(tasks.reduce((s, t) => s + t.dur, 0) / 1000).toFixed(0)} ms`);
  for (const t of tasks.slice(0, 4)) {
    console.log(`-- task of ${(t.dur / 1000).toFixed(1)} ms`);
    for (const line of breakdown(evs, t.ts, t.ts + t.dur)) console.log(line);
  }
}

const site = await startSite();
try {
  const { page } = await openPage(site.context, site.base, { clearSessions: true });
  const cdp = await page.context().newCDPSession(page);
  const text = newsText(bytes);
  const paste = () => page.evaluate((t) => {
    const box = document.getElementById('article-text');
    box.value = t;
    box.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
  }, text);
  let all = [];
  if (phase === 'typing') { await paste(); await waitForResult(page, 180000); }
  else {
    const ev = await traced(cdp, async () => { await paste(); await waitForResult(page, 180000); });
    report(`paste -> overlay, ${bytes} bytes`, ev);
    all = all.concat(ev);
  }
  if (phase !== 'paste') {
    const box = page.getByLabel('Article text');
    if (!(await box.isEditable())) await page.getByRole('button', { name: /edit text/i }).click();
    await box.focus();
    await page.evaluate(() => { const b = document.getElementById('article-text'); b.setSelectionRange(b.value.length, b.value.length); });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const ev = await traced(cdp, async () => {
      for (const k of 'typed') await page.keyboard.press(k);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    });
    report(`typing 5 keys into ${bytes} bytes`, ev);
    all = all.concat(ev);
  }
  if (out) fs.writeFileSync(out, JSON.stringify({ traceEvents: all }));
} finally {
  await site.stop();
}
