// The page as a reader uses it, in Chromium with a fresh profile (issue 14's page rows):
//   paste -> whole overlay at 5 KB, 1 MB, 5 MB: the page's own whosaid:annotate-to-overlay
//     measure, with the longest main-thread task (PerformanceObserver 'longtask') and how
//     many tasks passed 50 ms;
//   typing into the 5 MB box: each key's input-to-paint time (Event Timing API) and the
//     longest main-thread task from the first key to the session saved after the pause;
//   the session view of the 5 MB article: open to drawn, longest task, DOM nodes.
//   node bench/page-figures.mjs [--sizes 5000,1000000] [--paste clipboard|value]
//   (prints JSON; bench/run.mjs imports it)
// Every figure is read inside the page (performance entries), none by polling from outside.
import { fileURLToPath } from 'node:url';
import { openPage, startSite, waitForResult } from '../tests/e2e/harness.mjs';
import { newsText } from '../tests/e2e/news-text.mjs';

export const PASTE_SIZES = [5_000, 1_000_000, 5_000_000];
const KEYS = 'typed';

// Installed before anything runs in the page: long tasks and slow events from the start.
function observe() {
  window.__perf = { tasks: [], events: [] };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__perf.tasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) window.__perf.events.push({ name: e.name, duration: e.duration, id: e.interactionId });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}
const resetPerf = (page) => page.evaluate(() => { window.__perf.tasks = []; window.__perf.events = []; });
const tasks = (page) => page.evaluate(() => {
  const t = window.__perf.tasks;
  return { longest_task_ms: t.length ? Math.max(...t) : 0, tasks_over_50ms: t.length };
});

// The page's main-thread tasks as Chromium's trace has them: wall time and the thread's CPU
// time of each (its `tdur`). On a shared machine a task of 15 ms of work can last 80 ms of
// wall clock waiting for a core; the CPU time says what the page itself asked for.
async function tracedTasks(page, run) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { categories: 'toplevel,__metadata', transferMode: 'ReportEvents' });
  try {
    await run();
  } finally {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach();
  }
  // The page's renderer main thread: of the threads named CrRendererMain, the busiest.
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const tasksOf = (m) => events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask');
  const main = mains.map(tasksOf).sort((a, b) => b.length - a.length)[0] ?? [];
  const cpu = main.map((e) => (e.tdur ?? e.dur) / 1000);
  return { longest_task_cpu_ms: cpu.length ? Math.max(...cpu) : 0, tasks_over_50ms_cpu: cpu.filter((d) => d > 50).length };
}

// A paste, in one task as a reader's is. 'clipboard' (the default): a paste event with the
// text on its clipboard, as the browser dispatches one (the page takes a long text from it;
// a short one it leaves to the browser, whose insertion is then done here).
// 'value': the box's value set and an insertFromPaste input event, as the browser's own
// insertion ends (the only way before the page read long pastes itself; --paste value).
function paste(method) {
  const box = document.getElementById('article-text');
  box.focus();
  if (method === 'clipboard') {
    const event = new ClipboardEvent('paste', { clipboardData: window.__clipboard, bubbles: true, cancelable: true });
    box.dispatchEvent(event);
    // Left to the browser (a short text): what its paste does, which a synthetic event does not.
    if (!event.defaultPrevented) {
      box.setRangeText(window.__pasted, box.selectionStart, box.selectionEnd, 'end');
      box.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
    }
  } else {
    box.value = window.__pasted;
    box.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
  }
  window.__pasted = window.__clipboard = null;
}
let pasteMethod = 'clipboard';

async function pasteRun(site, bytes) {
  const text = newsText(bytes);
  const { page } = await openPage(site.context, site.base, { clearSessions: true });
  await page.evaluate(observe);
  // The text reaches the page first, in a task of its own (5 MB through the DevTools
  // protocol is a long task of the harness, not of the page).
  await page.evaluate((t) => {
    window.__pasted = t;
    window.__clipboard = new DataTransfer(); // what the browser makes of the system clipboard
    window.__clipboard.setData('text/plain', t);
  }, text);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  await resetPerf(page);
  let state;
  const cpu = await tracedTasks(page, async () => {
    await page.evaluate(paste, pasteMethod);
    state = await waitForResult(page, 180000);
  });
  const overlay = await page.evaluate(() => performance.getEntriesByName('whosaid:annotate-to-overlay').at(-1)?.duration ?? null);
  return { page, text, run: { bytes: Buffer.byteLength(text), state, overlay_ms: overlay, ...(await tasks(page)), ...cpu } };
}

async function typingRun(page) {
  const box = page.getByLabel('Article text');
  const editable = await box.isEditable();
  if (!editable) await page.getByRole('button', { name: /edit text/i }).click().catch(() => {});
  await box.focus();
  await page.evaluate(() => { const b = document.getElementById('article-text'); b.setSelectionRange(b.value.length, b.value.length); });
  // The keys only: not the click that opened the box, nor the frames that followed it.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await resetPerf(page);
  // What follows a pause in the typing counts too: the session's update and its save.
  await page.evaluate(() => {
    const status = document.getElementById('save-status');
    window.__typedSaved = false;
    let saving = false;
    new MutationObserver(() => {
      if (/^Saving/.test(status.textContent)) saving = true;
      else if (saving && /^Saved/.test(status.textContent)) window.__typedSaved = true;
    }).observe(status, { childList: true, characterData: true, subtree: true });
  });
  for (const key of KEYS) await page.keyboard.press(key);
  // Event entries arrive after the next paint: wait for one per key, or a second at most.
  await page.waitForFunction((n) => new Set(window.__perf.events.filter((e) => e.id).map((e) => e.id)).size >= n, KEYS.length, { timeout: 1000 }).catch(() => {});
  await page.waitForFunction(() => window.__typedSaved, null, { timeout: 10000 }).catch(() => {});
  return page.evaluate((n) => {
    const byKey = new Map();
    for (const e of window.__perf.events) if (e.id) byKey.set(e.id, Math.max(byKey.get(e.id) ?? 0, e.duration));
    const slow = [...byKey.values()];
    // Keys under the 16 ms threshold leave no entry: they count as fast.
    const t = window.__perf.tasks;
    return { keys: n, slowest_key_ms: slow.length ? Math.max(...slow) : 0, keys_over_16ms: slow.length,
      longest_task_ms: t.length ? Math.max(...t) : 0, saved: window.__typedSaved };
  }, KEYS.length);
}

async function sessionRun(page) {
  await resetPerf(page);
  const t0 = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Session view' }).click();
  await page.waitForFunction(() => ['done', 'error'].includes(document.getElementById('session-view').dataset.state), null, { timeout: 300000 });
  const r = await page.evaluate((start) => ({
    state: document.getElementById('session-view').dataset.state,
    open_ms: performance.now() - start,
    dom_nodes: document.getElementsByTagName('*').length,
  }), t0);
  return { ...r, ...(await tasks(page)) };
}

/** -> {paste: [...], typing, session} for the sizes given (typing and session on the largest). */
export async function pageFigures({ sizes = PASTE_SIZES, method = 'clipboard' } = {}) {
  pasteMethod = method;
  const site = await startSite();
  try {
    const paste = [];
    let typing = null;
    let session = null;
    for (const [i, bytes] of sizes.entries()) {
      const { page, run } = await pasteRun(site, bytes);
      paste.push(run);
      if (i === sizes.length - 1 && run.state === 'done') {
        typing = { bytes: run.bytes, ...(await typingRun(page)) };
        session = { bytes: run.bytes, ...(await sessionRun(page)) };
      }
      await page.close();
    }
    return { paste, typing, session };
  } finally {
    await site.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--sizes');
  const sizes = i > 0 ? process.argv[i + 1].split(',').map(Number) : PASTE_SIZES;
  const m = process.argv.indexOf('--paste');
  console.log(JSON.stringify(await pageFigures({ sizes, method: m > 0 ? process.argv[m + 1] : 'clipboard' }), null, 1));
}
