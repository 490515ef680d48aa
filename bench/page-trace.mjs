// Where the page's main thread spends a phase, from a Chromium trace (not a test, not part
// of the bench table): paste a generated article, wait for the overlay, then type a few keys;
// prints the longest main-thread tasks of each phase and, inside them, the time by event
// (layout, style, paint, script by function).
//   node bench/page-trace.mjs [--bytes 5000000] [--phase paste|typing|both|session] [--paste clipboard|value]
//                             [--out trace.json] [--profile]
// --profile adds the page's script by function (self time, V8's sampling profiler) per phase.
import fs from 'node:fs';
import { openPage, startSite, waitForResult } from '../tests/e2e/harness.mjs';
import { newsText } from '../tests/e2e/news-text.mjs';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const bytes = Number(arg('--bytes', 5_000_000));
const phase = arg('--phase', 'both');
const out = arg('--out', null);
const profile = process.argv.includes('--profile');
const depth = Number(arg('--depth', 14));

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler', 'toplevel', 'blink', 'loading'].join(',');

/** Self time by function from a V8 CPU profile, the top ones. */
function topFunctions(p) {
  const self = new Map();
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  for (let i = 0; i < p.samples.length; i++) dt.set(p.samples[i], (dt.get(p.samples[i]) || 0) + (p.timeDeltas[i + 1] ?? 0));
  for (const [id, us] of dt) {
    const f = byId.get(id).callFrame;
    const k = `${f.functionName || '(anon)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    self.set(k, (self.get(k) || 0) + us);
  }
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1000).toFixed(1).padStart(8)} ms  ${k}`);
}

async function traced(cdp, run) {
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await run();
    const { profile: p } = await cdp.send('Profiler.stop');
    console.log('\n== script by function (self time)');
    for (const line of topFunctions(p)) console.log(line);
    return [];
  }
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
  if (events.length === 0) return;
  const main = mainThread(events);
  const evs = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const tasks = evs.filter((e) => e.ph === 'X' && e.name === 'RunTask').sort((a, b) => b.dur - a.dur);
  console.log(`\n== ${title}: ${tasks.length} main-thread tasks, ${tasks.filter((t) => t.dur > 50000).length} over 50 ms, ` +
    `total ${(tasks.reduce((s, t) => s + t.dur, 0) / 1000).toFixed(0)} ms`);
  // The longest four, in the order they ran.
  const t0 = Math.min(...tasks.map((t) => t.ts));
  for (const t of tasks.slice(0, 4).sort((a, b) => a.ts - b.ts)) {
    console.log(`-- task of ${(t.dur / 1000).toFixed(1)} ms, at ${((t.ts - t0) / 1000).toFixed(0)} ms`);
    for (const line of breakdown(evs, t.ts, t.ts + t.dur).slice(0, depth)) console.log(line);
  }
}

const site = await startSite();
try {
  const { page } = await openPage(site.context, site.base, { clearSessions: true });
  const cdp = await page.context().newCDPSession(page);
  const text = newsText(bytes);
  // As bench/page-figures.mjs pastes: the text in the page first, then a paste event with it.
  await page.evaluate((t) => {
    window.__pasted = t;
    window.__clipboard = new DataTransfer();
    window.__clipboard.setData('text/plain', t);
  }, text);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  const paste = () => page.evaluate((method) => {
    const box = document.getElementById('article-text');
    box.focus();
    if (method === 'clipboard') {
      const event = new ClipboardEvent('paste', { clipboardData: window.__clipboard, bubbles: true, cancelable: true });
      box.dispatchEvent(event);
      if (!event.defaultPrevented) { // left to the browser: what its paste does
        box.setRangeText(window.__pasted, box.selectionStart, box.selectionEnd, 'end');
        box.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
      }
    } else {
      box.value = window.__pasted;
      box.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
    }
  }, arg('--paste', 'clipboard'));
  let all = [];
  if (phase === 'typing' || phase === 'session') { await paste(); await waitForResult(page, 180000); }
  else {
    const ev = await traced(cdp, async () => { await paste(); await waitForResult(page, 180000); });
    report(`paste -> overlay, ${bytes} bytes`, ev);
    all = all.concat(ev);
  }
  if (phase === 'session') {
    const ev = await traced(cdp, async () => {
      await page.getByRole('button', { name: 'Session view' }).click();
      await page.waitForFunction(() => ['done', 'error'].includes(document.getElementById('session-view').dataset.state), null, { timeout: 300000 });
    });
    report(`session view of ${bytes} bytes`, ev);
    all = all.concat(ev);
  } else if (phase !== 'paste') {
    const box = page.getByLabel('Article text');
    if (!(await box.isEditable())) await page.getByRole('button', { name: /edit text/i }).click();
    await box.focus();
    await page.evaluate(() => { const b = document.getElementById('article-text'); b.setSelectionRange(b.value.length, b.value.length); });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const ev = await traced(cdp, async () => {
      for (const k of 'typed') await page.keyboard.press(k);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      // and what a pause in the typing sets off: the session's update and save (both after 400 ms)
      await page.evaluate(() => new Promise((r) => setTimeout(r, 1500)));
    });
    report(`typing 5 keys into ${bytes} bytes`, ev);
    all = all.concat(ev);
  }
  if (out) fs.writeFileSync(out, JSON.stringify({ traceEvents: all }));
} finally {
  await site.stop();
}
