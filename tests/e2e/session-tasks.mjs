// The page's main-thread tasks while a reader works in the session view (issue 12: "the session
// view with 40 statements keeps every long task under 100 ms"): shared by the 40-statement
// test, which reports them, and bench/session-view.mjs, which keeps them as a figure.
import assert from 'node:assert/strict';
import { openPage } from './harness.mjs';
import { filterBy, openFortyStatements, waitSaved } from './session-helpers.mjs';

/** Records the page's long tasks from its first script on (call before a reload). */
const recordLongTasks = (p) => p.addInitScript(() => {
  window.longTasks = [];
  window.longTaskObserver = new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration }))));
  window.longTaskObserver.observe({ type: 'longtask', buffered: true });
});

/** A fresh page recording its long tasks, with the two reports of 40 statements open. → openPage()'s {page, problems} */
export async function openFortyRecorded(site) {
  const opened = await openPage(site.context, site.base, { clearSessions: true });
  await recordLongTasks(opened.page);
  await opened.page.reload();
  await opened.page.waitForSelector('body[data-ready="1"]');
  await openFortyStatements(opened.page);
  return opened;
}

/** What a reader does in the view of 40 statements: two filters, j five times, a verdict. */
export async function workFortyStatements(p) {
  await filterBy(p, '#statement-filter', 'unreviewed');
  await filterBy(p, '#statement-filter', 'all');
  await p.evaluate(() => document.activeElement?.blur());
  for (let i = 0; i < 5; i++) await p.keyboard.press('j');
  await p.locator('#session-claims li.statement').nth(12).getByLabel('Verdict').selectOption('accurate');
  await waitSaved(p);
  await p.waitForSelector('#session-view[data-state="done"]');
}

/**
 * Runs `act()` under Chromium's trace of the page's main thread, to tell a task that ran long
 * from one the machine kept waiting. → {long: the long tasks the page recorded (wall ms, from
 * recordLongTasks) each with `running`, its thread's CPU ms; longest: the trace's longest task
 * by CPU ms with where Chromium posted it from (its src_func)}.
 */
export async function tasksDuring(p, act) {
  const cdp = await p.context().newCDPSession(p);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  await cdp.send('Tracing.start', { categories: 'toplevel,disabled-by-default-devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  const from = await p.evaluate(() => performance.mark('session-view-opens').startTime);
  await act();
  const tasks = await p.evaluate(async (since) => {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))); // the last frame's task ends
    window.longTasks.push(...window.longTaskObserver.takeRecords().map((e) => ({ start: e.startTime, duration: e.duration })));
    return window.longTasks.filter((t) => t.start >= since);
  }, from);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  // A task counts as the page's when its thread was running for 100 ms of it: on a machine
  // shared with other jobs a task of 10 ms can last 200 ms waiting for a core, and that wait is
  // not the page's. The mark above puts the page's clock on the trace's.
  const mark = events.find((e) => e.name === 'session-view-opens' && e.cat.includes('user_timing'));
  assert.ok(mark, 'the trace holds the page\'s mark');
  const zero = mark.ts - from * 1000; // µs
  const cpu = (e) => (e.tdur ?? e.dur) / 1000;
  const main = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === mark.pid && e.tid === mark.tid && e.ts >= mark.ts);
  const running = (t) => Math.max(0, ...main.filter((e) => e.ts < zero + (t.start + t.duration) * 1000 && e.ts + e.dur > zero + t.start * 1000).map(cpu));
  const top = main.reduce((a, e) => (a && cpu(a) >= cpu(e) ? a : e), null);
  // where the task was posted from (e.g. Chromium's autofill): the 'toplevel' task it runs
  const poster = top && events.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X' && e.pid === top.pid && e.tid === top.tid
    && e.ts >= top.ts && e.ts + e.dur <= top.ts + top.dur).sort((a, b) => b.dur - a.dur)[0];
  return {
    long: tasks.map((t) => ({ ...t, running: running(t) })),
    longest: top && { cpu_ms: cpu(top), wall_ms: top.dur / 1000, posted_from: poster?.args?.src_func ?? null },
  };
}
