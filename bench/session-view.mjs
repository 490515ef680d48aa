// The session view of 40 statements as a reader uses it (issue 12: "keeps every long task under
// 100 ms"): opened on two reports (30 statements each, 20 in both), two filters, j five times,
// a verdict saved; the same steps as tests/e2e/session-statements. For each run, the longest
// task the page recorded (PerformanceObserver 'longtask', wall ms) with its thread's CPU time,
// and the longest main-thread task by CPU time in Chromium's trace, with where it was posted
// from (on a shared machine, wall time includes the wait for a core; CPU time does not).
//   node bench/session-view.mjs [--runs 3]   (prints JSON; bench/run.mjs imports it)
import { fileURLToPath } from 'node:url';
import { startSite } from '../tests/e2e/harness.mjs';
import { showSession } from '../tests/e2e/session-helpers.mjs';
import { openFortyRecorded, tasksDuring, workFortyStatements } from '../tests/e2e/session-tasks.mjs';

const round = (x) => (x == null ? null : Math.round(x * 10) / 10);

/**
 * -> {runs: [{long_tasks (over 50 ms of wall time), longest_task_ms and its_cpu_ms (null: none),
 * longest_cpu_ms, longest_cpu_from}], worst_cpu_ms, worst_task_ms (0: no long task)}
 */
export async function sessionViewFigures({ runs = 3 } = {}) {
  const site = await startSite();
  try {
    const out = [];
    for (let i = 0; i < runs; i++) {
      const { page: p } = await openFortyRecorded(site);
      const { long, longest } = await tasksDuring(p, async () => {
        await showSession(p);
        await workFortyStatements(p);
      });
      const worst = long.reduce((a, t) => (a && a.duration >= t.duration ? a : t), null);
      out.push({ long_tasks: long.length, longest_task_ms: round(worst?.duration), its_cpu_ms: round(worst?.running),
        longest_cpu_ms: round(longest?.cpu_ms), longest_cpu_from: longest?.posted_from ?? null });
      await p.close();
    }
    return { runs: out, worst_cpu_ms: Math.max(...out.map((r) => r.longest_cpu_ms)), worst_task_ms: Math.max(0, ...out.map((r) => r.longest_task_ms ?? 0)) };
  } finally {
    await site.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--runs');
  console.log(JSON.stringify(await sessionViewFigures({ runs: i > 0 ? Number(process.argv[i + 1]) : 3 }), null, 1));
}
