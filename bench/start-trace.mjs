// Where a cold start's time goes (not a test, not part of the bench table): the start of
// bench/page-start.mjs (fresh profile, npm start's server in its own process) under a Chromium
// trace; prints, in ms after navigation start, when each step of the two paths to a usable page
// happened, and the CPU each process used until ready (on a shared machine, the wall-clock
// times stretch with the load; the order of the steps and the CPU do not).
//   node bench/start-trace.mjs [dist-dir] [--out trace.json]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WAIT_READY, withFreshStart } from './page-start.mjs';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args.splice(outAt, 2)[1] : null;
const dist = args[0] && path.resolve(args[0]);

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'v8.wasm', 'disabled-by-default-v8.wasm.detailed',
  'blink.user_timing', 'toplevel', 'blink', 'loading', 'navigation', 'IndexedDB'].join(',');

function trace() {
  return withFreshStart({ dist }, async ({ server, page, cdp }) => {
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
    await page.goto(server.base);
    await cdp.send('Runtime.evaluate', { awaitPromise: true, expression: WAIT_READY });
    await page.evaluate(() => navigator.serviceWorker.ready);
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  });
}

const events = await trace();
if (out) fs.writeFileSync(out, JSON.stringify({ traceEvents: events }));
const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'));
const page = nav.pid;
const sorted = events.filter((e) => e.ph !== 'M').sort((a, b) => a.ts - b.ts);
const first = (test) => sorted.find(test) ?? null;
const at = (e) => (e ? Math.round((e.ts - nav.ts) / 1000) : '–');
const urlOf = (e) => (e.args?.data?.url ?? e.args?.url ?? '').replace(/^https?:\/\/[^/]+/, '');
// The page's own requests (not the service worker's precache, which repeats some of them).
const sent = new Map();
const done = new Map();
for (const e of sorted) {
  if (e.pid !== page) continue;
  if (e.name === 'ResourceSendRequest' && !sent.has(urlOf(e))) sent.set(urlOf(e), e);
  if (e.name === 'ResourceFinish') {
    const url = [...sent].find(([, s]) => s.args.data.requestId === e.args.data.requestId)?.[0];
    if (url && !done.has(url)) done.set(url, e);
  }
}
const evaluate = first((e) => e.pid === page && e.name === 'v8.evaluateModule');
const ready = first((e) => e.pid === page && e.name === 'whosaid:ready');
const annotator = first((e) => e.pid === page && e.name === 'whosaid:annotator-ready');
const rows = [
  ['the HTML in', done.get('/')],
  ['app/main.js in', done.get('/app/main.js')],
  ['the wasm requested', sent.get('/whosaid-annotate.wasm')],
  ['the wasm in', done.get('/whosaid-annotate.wasm')],
  [`main.js runs (${evaluate ? Math.round(evaluate.dur / 1000) : '–'} ms)`, evaluate],
  ['the worker created', first((e) => e.name === 'DedicatedWorkerHostFactoryImpl::CreateWorkerHostAndStartScriptLoad')],
  ['worker.js in', first((e) => e.name === 'ThrottlingURLLoader::OnReceiveResponse' && /\/worker\.js$/.test(urlOf(e)))],
  ['the wasm compiled', first((e) => e.pid === page && e.name === 'wasm.OnCompilationSucceeded')],
  ['the worker instantiates it', first((e) => e.pid === page && e.name === 'wasm.AsyncInstantiate')],
  ['ANNOTATOR READY', annotator],
  ['IndexedDB open asked', first((e) => e.pid === page && e.name === 'IDBFactory::open' && e.ph === 'b')],
  ['IndexedDB open done', first((e) => e.pid === page && e.name === 'IDBFactory::open' && e.ph === 'e')],
  ['READY (session back)', ready],
  ['the service worker starts', first((e) => e.name === 'TracingSessionIdForWorker' && /\/sw\.js$/.test(urlOf(e)))],
];
for (const [what, e] of rows) console.log(`${String(at(e)).padStart(6)} ms  ${what}`);
// CPU (thread time) by process from navigation start to ready.
const names = new Map(events.filter((e) => e.ph === 'M' && e.name === 'process_name').map((e) => [e.pid, e.args.name]));
const cpu = new Map();
for (const e of events) {
  if (e.ph !== 'X' || e.name !== 'RunTask' || !e.tdur) continue;
  const from = Math.max(e.ts, nav.ts);
  const to = Math.min(e.ts + e.dur, ready.ts);
  if (to <= from) continue;
  const name = e.pid === page ? 'the page (renderer)' : names.get(e.pid) ?? String(e.pid);
  cpu.set(name, (cpu.get(name) ?? 0) + e.tdur * (to - from) / e.dur);
}
console.log(`CPU until ready: ${[...cpu].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${Math.round(v / 1000)} ms`).join(', ')}; load average ${os.loadavg()[0].toFixed(1)}`);
