// npm run bench: whosaid against what a reader could run instead, on the same generated news
// text at 5 KB .. 50 MB, in one run. Prints a Markdown table and the issue's goals, writes
// bench/results.json and, on a full run, copies the table into README.md (between its bench
// markers). Needs `npm run build` first (the page, the wasm module, the native tree).
// Options: --quick (5 KB .. 1 MB only; page pastes of 5 KB and 1 MB), --no-browser, --no-page
// (skip the page figures: cold start, paste -> overlay, typing, session view, 40 statements).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeGenerator } from './news.mjs';
import { chromiumRunner } from './chromium.mjs';
import { coldStart } from './page-start.mjs';
import { PASTE_SIZES, pageFigures } from './page-figures.mjs';
import { sessionViewFigures } from './session-view.mjs';
import { goals, table } from './report.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const SIZES = [5e3, 1e5, 1e6, 1e7, 5e7].filter((s) => !args.has('--quick') || s <= 1e6);
// By the nominal size: the inputs are cut a little past it (1 MB is 1,003,029 B), which had
// given each the next size's count (1 MB timed once, cold, not best of 3).
const reps = (size) => (size <= 5e3 ? 40 : size <= 1e5 ? 8 : size <= 1e6 ? 3 : 1);
const log = (...a) => console.error('bench:', ...a);

// --- inputs: one generated text, cut at paragraph ends into prefixes of each size -----------
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-bench-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const full = makeGenerator(2026).text(Math.max(...SIZES));
const inputs = SIZES.map((size) => {
  const cut = full.indexOf('\n\n', Math.floor(size * 0.985)); // a few bytes per 100 are not ASCII
  const text = cut > 0 ? full.slice(0, cut + 1) : full;
  const file = path.join(dir, `news-${size}.txt`);
  fs.writeFileSync(file, text);
  return { size, bytes: Buffer.byteLength(text), file };
});
log(`inputs ${inputs.map((i) => i.bytes).join(', ')} bytes in ${dir}`);

// A child process per measurement; a runner that overruns is stopped and marked so.
function child(cmd, argv, timeoutMs) {
  try {
    return JSON.parse(execFileSync(cmd, argv, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'pipe'] }));
  } catch (e) {
    return { error: e.signal === 'SIGTERM' ? `stopped after ${timeoutMs / 1000} s` : String(e.stderr || e.message).trim().split('\n').pop() };
  }
}
const nodeRunner = (name, input, heapMb = 4096) => child(process.execPath,
  [`--max-old-space-size=${heapMb}`, path.join(ROOT, 'bench/runners.mjs'), name, input.file, String(reps(input.size))], 120000);

// --- runners -------------------------------------------------------------------------------
// The native runner links the core library of the Release tree npm run build makes, so it
// measures the CLI's code, compiled as the CLI is; no change to the project's CMake files.
log('building the native runner against build/native/libwhosaid_core.a');
const NATIVE = path.join(ROOT, 'build/bench/native_bench');
fs.mkdirSync(path.dirname(NATIVE), { recursive: true });
execFileSync(process.env.CXX || 'g++', ['-std=c++17', '-O3', '-DNDEBUG', '-I', path.join(ROOT, 'include'),
  path.join(ROOT, 'bench/native_bench.cpp'), path.join(ROOT, 'build/native/libwhosaid_core.a'), '-o', NATIVE],
{ stdio: ['ignore', 'ignore', 'inherit'] });

const results = { runners: {} };
const record = (name, input, r) => {
  (results.runners[name] ??= []).push({ size: input.size, bytes: input.bytes, ...r });
  log(`${name.padEnd(10)} ${String(input.bytes).padStart(9)} B: ${r.error ?? `${r.ms.toFixed(2)} ms`}`);
};
// Baselines stop at the first size whose predicted time (linear from the last) passes the cap.
function capped(name, input, capMs) {
  const last = results.runners[name]?.at(-1);
  if (!last) return false;
  if (last.error || last.skipped) return true;
  return (last.ms * input.bytes) / last.bytes > capMs;
}

for (const input of inputs) {
  const n = child(NATIVE, [input.file, String(reps(input.size))], 180000);
  record('native', input, n.error ? n : { ms: n.annotate_ms + n.json_ms, annotate_ms: n.annotate_ms, json_ms: n.json_ms, peak_rss_bytes: n.peak_rss_bytes, found: n.claims });
  record('wasm-node', input, nodeRunner('wasm', input));
  for (const [name, runner, capMs] of [['compromise', 'compromise', 20000], ['wink', 'wink', 40000], ['regex', 'regex', 60000], ['encode', 'encode', 60000]]) {
    if (capped(name, input, capMs)) record(name, input, { skipped: true, error: 'skipped (would exceed the time cap)' });
    else record(name, input, nodeRunner(runner, input));
  }
}

if (!args.has('--no-browser')) {
  log('chromium: cold start, downloads, worker path');
  const page = await chromiumRunner(inputs.map((i) => ({ ...i, reps: reps(i.size) })));
  for (const [k, r] of page.runs.entries()) record('wasm-chromium', inputs[k], r);
  if (!args.has('--no-page')) {
    log('page: cold start and bytes on the wire (service worker allowed)');
    results.coldStart = await coldStart();
    log('page: paste -> overlay, typing, session view');
    results.pageFigures = await pageFigures({ sizes: PASTE_SIZES.filter((s) => !args.has('--quick') || s <= 1e6) });
    log('page: the session view of 40 statements (3 runs)');
    results.pageFigures.sessionStatements = await sessionViewFigures({ runs: 3 });
  }
}

results.machine = { node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, loadavg_at_end: os.loadavg(), date: new Date().toISOString() };
results.goals = goals(results);
fs.writeFileSync(path.join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
const report = table(results);
console.log(report);
// The README's copy of the table, between its two markers, follows each run.
const README = path.join(ROOT, 'README.md');
const readme = fs.readFileSync(README, 'utf8');
const marked = /(<!-- bench:begin[^>]*-->\n)[\s\S]*?(\n<!-- bench:end -->)/;
if (args.has('--quick') || args.has('--no-browser') || args.has('--no-page')) log('a partial run: README.md left as it is');
else if (marked.test(readme)) fs.writeFileSync(README, readme.replace(marked, (_, a, b) => `${a}${report}${b}`));
else log('README.md has no <!-- bench:begin --> ... <!-- bench:end --> markers; table not copied');
