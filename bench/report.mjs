// The benchmark's figures and goals (issue 14's table), from the raw results of bench/run.mjs.
const MB = 1e6;
const ok = (r) => r && !r.error && r.ms > 0;
const at = (results, name, size) => results.runners[name]?.find((r) => r.size === size);
const mbps = (r) => (ok(r) ? r.bytes / MB / (r.ms / 1000) : null);
const f = (x, digits = 1) => (x == null ? '–' : x >= 100 ? x.toFixed(0) : x.toFixed(digits));
const sizeName = (s) => (s >= MB ? `${s / MB} MB` : `${s / 1000} KB`);

// Largest size both ran: ratios on the same text, as large as the slower one managed.
function common(results, a, b) {
  const sizes = (results.runners[a] ?? []).filter(ok).map((r) => r.size).filter((s) => ok(at(results, b, s)));
  return sizes.length ? Math.max(...sizes) : null;
}
const speedup = (results, base, name) => {
  const s = common(results, base, name);
  return s == null ? null : { size: s, ratio: at(results, name, s).ms / at(results, base, s).ms };
};

export function table(results) {
  const names = Object.keys(results.runners);
  const sizes = results.runners[names[0]].map((r) => r.size);
  const lines = [];
  lines.push(`| runner | ${sizes.map((s) => `MB/s ${sizeName(s)}`).join(' | ')} | ms per 5 KB article | time vs wasm-node (size) |`);
  lines.push(`|---|${sizes.map(() => '---:').join('|')}|---:|---:|`);
  for (const name of names) {
    const cells = sizes.map((s) => { const r = at(results, name, s); return ok(r) ? f(mbps(r)) : r?.skipped ? 'capped' : 'failed'; });
    const small = at(results, name, 5e3);
    const vs = name === 'wasm-node' ? '1' : (() => { const x = speedup(results, 'wasm-node', name); return x ? `${f(x.ratio, 2)}× (${sizeName(x.size)})` : '–'; })();
    lines.push(`| ${name} | ${cells.join(' | ')} | ${ok(small) ? small.ms.toFixed(3) : '–'} | ${vs} |`);
  }
  lines.push('', `| whosaid | ${sizes.map((s) => `ms/MB ${sizeName(s)}`).join(' | ')} | peak memory ÷ input at ${sizes.map(sizeName).join(', ')} |`);
  lines.push(`|---|${sizes.map(() => '---:').join('|')}|---|`);
  for (const name of ['native', 'wasm-node', 'wasm-chromium'].filter((n) => results.runners[n])) {
    const per = sizes.map((s) => { const r = at(results, name, s); return ok(r) ? f(r.ms / (r.bytes / MB)) : '–'; });
    const mem = sizes.map((s) => { const r = at(results, name, s); const m = r?.peak_rss_bytes ?? r?.heap_bytes; return m ? f(m / r.bytes) : '–'; });
    lines.push(`| ${name} | ${per.join(' | ')} | ${name === 'native' ? 'RSS ' : name === 'wasm-node' ? 'heap ' : ''}${mem.join(', ')} |`);
  }
  if (results.pageFigures?.paste?.length) {
    lines.push('', '| paste → overlay | ms | longest task ms | tasks > 50 ms | longest task, CPU ms | tasks > 50 ms of CPU |', '|---|---:|---:|---:|---:|---:|');
    for (const r of results.pageFigures.paste) lines.push(`| ${sizeName(r.bytes >= MB ? Math.round(r.bytes / MB) * MB : Math.round(r.bytes / 1000) * 1000)} | ${r.state === 'done' ? f(r.overlay_ms, 0) : r.state} | ${f(r.longest_task_ms, 0)} | ${r.tasks_over_50ms} | ${f(r.longest_task_cpu_ms, 0)} | ${r.tasks_over_50ms_cpu ?? '–'} |`);
  }
  lines.push('', '| goal | figure | met |', '|---|---|---|');
  for (const g of results.goals) lines.push(`| ${g.goal} | ${g.figure} | ${g.met == null ? 'not measured' : g.met ? 'yes' : 'NO'} |`);
  lines.push('', `Machine: ${results.machine.cpus} × ${results.machine.cpu}, node ${results.machine.node}, load average at the end ${results.machine.loadavg_at_end.map((x) => x.toFixed(1)).join(' ')}.`);
  return lines.join('\n');
}

export function goals(results) {
  const out = [];
  const add = (goal, figure, met) => out.push({ goal, figure, met });
  const vs = (name) => speedup(results, 'wasm-node', name);
  // Issue 14's table, row by row.
  const pg = results.pageFigures;
  const paste = (bytes) => pg?.paste?.find((r) => Math.abs(r.bytes - bytes) / bytes < 0.2 && r.state === 'done');
  const pasteRow = (label, bytes, limitMs) => {
    const r = paste(bytes);
    add(`paste → whole overlay, ${label}: ≤ ${limitMs} ms, no task > 50 ms`,
      r ? `${f(r.overlay_ms, 0)} ms, longest task ${f(r.longest_task_ms, 0)} ms (${r.tasks_over_50ms} over 50 ms)${r.longest_task_cpu_ms != null ? `, ${f(r.longest_task_cpu_ms, 0)} ms of CPU` : ''}` : '–',
      r ? r.overlay_ms <= limitMs && r.longest_task_ms <= 50 : null);
  };
  pasteRow('1 MB', 1e6, 500);
  pasteRow('5 MB', 5e6, 2500);
  const t = pg?.typing;
  add('typing in a 5 MB text: < 30 ms per key', t ? `slowest key ${f(t.slowest_key_ms, 0)} ms (${t.keys_over_16ms} of ${t.keys} over 16 ms)${t.longest_task_ms != null ? `, longest task to the session saved ${f(t.longest_task_ms, 0)} ms` : ''}` : '–', t ? t.slowest_key_ms < 30 : null);
  const sv = pg?.session;
  add('session view of a 5 MB article: no task > 50 ms, DOM ≤ 10,000 nodes', sv ? `${f(sv.open_ms, 0)} ms to draw, longest task ${f(sv.longest_task_ms, 0)} ms, ${sv.dom_nodes} DOM nodes` : '–',
    sv ? sv.longest_task_ms <= 50 && sv.dom_nodes <= 10000 : null);
  const ss = pg?.sessionStatements;
  add('session view of 40 statements (issue 12): every task < 100 ms', ss ? `longest task ${f(ss.worst_cpu_ms, 0)} ms of CPU in ${ss.runs.length} runs (posted by ${[...new Set(ss.runs.map((r) => r.longest_cpu_from))].join(', ')}), ${ss.worst_task_ms ? `longest long task ${f(ss.worst_task_ms, 0)} ms of wall time` : 'no task over 50 ms of wall time'}` : '–',
    ss ? ss.worst_cpu_ms < 100 : null);
  const cs = results.coldStart;
  add('cold start to ready ≤ 150 ms (fresh profile)', cs?.start_ms != null ? `${f(cs.start_ms, 0)} ms (page state ${f(cs.ready_ms, 0)} ms, annotator ${f(cs.annotator_ms, 0)} ms)` : '–', cs?.start_ms != null ? cs.start_ms <= 150 : null);
  add('first visit ≤ 150 KB on the wire, precache included', cs ? `${(cs.wire_bytes / 1024).toFixed(1)} KB in ${cs.requests} requests` : '–', cs ? cs.wire_bytes <= 150 * 1024 : null);
  const n1 = at(results, 'native', 1e6);
  add('native core ≤ 25 ms per MB (1 MB)', ok(n1) ? `${f(n1.ms / (n1.bytes / MB))} ms/MB` : '–', ok(n1) ? n1.ms / (n1.bytes / MB) <= 25 : null);
  const n = vs('native');
  add('WASM in Node ≤ 1.5× native, same text', n ? `${f(1 / n.ratio, 2)}× at ${sizeName(n.size)}` : '–', n ? 1 / n.ratio <= 1.5 : null);
  for (const [name, key] of [['native', 'peak_rss_bytes'], ['wasm-node', 'heap_bytes']]) {
    const big = (results.runners[name] ?? []).filter((q) => ok(q) && q[key]).at(-1);
    const x = big ? big[key] / big.bytes : null;
    add(`${name}: peak memory ≤ 6× input (${key === 'heap_bytes' ? 'wasm heap' : 'RSS'})`, x == null ? '–' : `${f(x, 2)}× at ${sizeName(big.size)}`, x == null ? null : x <= 6);
  }
  const c = vs('compromise');
  add('WASM ≥ 300× compromise', c ? `${f(c.ratio)}× at ${sizeName(c.size)}` : '–', c ? c.ratio >= 300 : null);
  const w = vs('wink');
  add('WASM ≥ 10× wink-nlp', w ? `${f(w.ratio)}× at ${sizeName(w.size)}` : '–', w ? w.ratio >= 10 : null);
  const e = vs('encode');
  add('WASM ≤ 25× one TextEncoder pass', e ? `WASM takes ${f(1 / e.ratio)}× at ${sizeName(e.size)}` : '–', e ? 1 / e.ratio <= 25 : null);
  // Linear time (issue 7), kept.
  for (const name of ['native', 'wasm-node']) {
    const a = at(results, name, 1e6), b = at(results, name, 5e7);
    const x = ok(a) && ok(b) ? (b.ms / b.bytes) / (a.ms / a.bytes) : null;
    add(`${name}: time per MB at 50 MB ≤ 1.3× that at 1 MB`, x == null ? '–' : `${f(x, 2)}×`, x == null ? null : x <= 1.3);
  }
  return out;
}
