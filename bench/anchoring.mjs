// node bench/anchoring.mjs: the page's anchoring (web/app/anchoring.js) on 4k and 40k
// paragraphs. Ten times the input should take about ten times as long (a quadratic scan would
// take ~100x); prints both times and the ratio, and exits 1 above a ratio of 30.
import { anchor } from '../web/app/anchoring.js';

const para = (i) => `"Line ${i} is fine," said Ann Lee.\n\n`;
function build(n) {
  const text = Array.from({ length: n }, (_, i) => para(i)).join('');
  const claims = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    const quote = `Line ${i} is fine,`;
    const start = text.indexOf(quote, at);
    claims.push({ id: `c${i}`, speaker: null, kind: 'direct', start, end: start + quote.length, text: quote });
    at += para(i).length;
  }
  return { text, annotation: { claims, speakers: [], boilerplate: [] } };
}
function time(n) {
  const { text, annotation } = build(n);
  const t0 = performance.now();
  anchor(text, annotation);
  return performance.now() - t0;
}

time(2000); // warm-up
const small = Math.min(time(4000), time(4000));
const large = Math.min(time(40000), time(40000));
const ratio = large / small;
console.log(`anchoring: 4k paragraphs ${small.toFixed(1)} ms, 40k ${large.toFixed(1)} ms, ratio ${ratio.toFixed(1)} (linear ~10, quadratic ~100)`);
process.exitCode = ratio > 30 ? 1 : 0;
