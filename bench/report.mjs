// The benchmark's figures and goals (issue 7), from the raw results of bench/run.mjs.
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
  if (results.page) {
    lines.push('', `Page: ready ${f(results.page.ready_ms, 0)} ms after navigation (cold, fresh profile); downloads ${(results.page.download.gzip / 1024).toFixed(1)} KB gzip (${(results.page.download.raw / 1024).toFixed(1)} KB raw, ${results.page.download.files.length} files).`);
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
  const c = vs('compromise');
  add('WASM ≥ 100× compromise throughput', c ? `${f(c.ratio)}× at ${sizeName(c.size)}` : '–', c ? c.ratio >= 100 : null);
  const r = vs('regex');
  add('WASM faster than the regex pass', r ? `regex takes ${f(r.ratio, 2)}× WASM's time at ${sizeName(r.size)}` : '–', r ? r.ratio > 1 : null);
  const e = vs('encode');
  add('WASM within 50× one TextEncoder pass', e ? `WASM takes ${f(1 / e.ratio)}× at ${sizeName(e.size)}` : '–', e ? 1 / e.ratio <= 50 : null);
  const n = vs('native');
  add('WASM within 2× native', n ? `${f(1 / n.ratio, 2)}× at ${sizeName(n.size)}` : '–', n ? 1 / n.ratio <= 2 : null);
  for (const name of ['native', 'wasm-node']) {
    const a = at(results, name, 1e6), b = at(results, name, 5e7);
    const x = ok(a) && ok(b) ? (b.ms / b.bytes) / (a.ms / a.bytes) : null;
    add(`${name}: time per MB at 50 MB ≤ 1.3× that at 1 MB`, x == null ? '–' : `${f(x, 2)}×`, x == null ? null : x <= 1.3);
  }
  for (const [name, key] of [['native', 'peak_rss_bytes'], ['wasm-node', 'heap_bytes']]) {
    const big = (results.runners[name] ?? []).filter((q) => ok(q) && q[key]).at(-1);
    const x = big ? big[key] / big.bytes : null;
    add(`${name}: peak memory < 8× input (${key === 'heap_bytes' ? 'wasm heap' : 'RSS'})`, x == null ? '–' : `${f(x, 2)}× at ${sizeName(big.size)}`, x == null ? null : x < 8);
  }
  const p = results.page;
  add('page ready < 200 ms after load', p?.ready_ms != null ? `${f(p.ready_ms, 0)} ms` : '–', p?.ready_ms != null ? p.ready_ms < 200 : null);
  add('page downloads < 250 KB gzip', p ? `${(p.download.gzip / 1024).toFixed(1)} KB` : '–', p ? p.download.gzip < 250 * 1024 : null);
  return out;
}
