// One measurement in a fresh process: `node bench/runners.mjs RUNNER FILE REPS`, printing one
// JSON line {ms (best of REPS), heap_bytes?, found}. A fresh process per run keeps one
// runner's garbage and wasm memory out of the next one's figures.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TIER_UP_ROUNDS, tierUpText } from '../web/tier-up.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Each runner: async setup() -> (text) => a count of what it found (so nothing is optimised away).
const RUNNERS = {
  async wasm() {
    const { loadWhosaid } = await import(pathToFileURL(path.join(ROOT, 'dist/whosaid.mjs')).href);
    const ws = await loadWhosaid();
    return (text) => ws.annotate(text, { maxInputBytes: 0 }).claims.length;
  },
  // compromise: quotations and people, what a reader would reach for to find who said what.
  async compromise() {
    const nlp = (await import('compromise')).default;
    return (text) => {
      const doc = nlp(text);
      return doc.quotations().out('array').length + doc.people().out('array').length;
    };
  },
  // wink-nlp with its web model: sentences and named entities.
  async wink() {
    const winkNLP = (await import('wink-nlp')).default;
    const model = (await import('wink-eng-lite-web-model')).default;
    const nlp = winkNLP(model);
    return (text) => {
      const doc = nlp.readDoc(text);
      return doc.sentences().out().length + doc.entities().out().length;
    };
  },
  // A floor: quoted spans and sentences with "said", with two regular expressions.
  async regex() {
    const QUOTED = /["“«„]([^"”»“\n]{1,2000})["”»“]/g;
    const SENTENCE = /[^.!?\n]+[.!?]*/g;
    const SAID = /\b(?:said|says|told|added|according to)\b/;
    return (text) => {
      let n = 0;
      for (const _ of text.matchAll(QUOTED)) n++;
      for (const [s] of text.matchAll(SENTENCE)) if (SAID.test(s)) n++;
      return n;
    };
  },
  // The floor of floors: one UTF-8 encoding pass, what any wasm call must at least do.
  async encode() {
    const encoder = new TextEncoder();
    return (text) => encoder.encode(text).length;
  },
};

const [runner, file, repsArg] = process.argv.slice(2);
const run = await RUNNERS[runner]();
const text = fs.readFileSync(file, 'utf8');
const reps = Math.max(1, Number(repsArg) || 1);
let best = Infinity, found = 0;
// Every runner warmed up the same way: the page worker's rounds (web/tier-up.js), then one call
// on the input's first MB, whose constructs the rounds do not all reach. V8 runs wasm (and JS)
// as baseline code until a function has run a while and switches only between calls, so a
// single cold call of 50 MB was timed at baseline speed throughout (1 MB in node after the
// rounds alone: 206, 141, 93 ms on three calls). Steady speed is what is compared.
for (let i = 0; i < TIER_UP_ROUNDS; i++) run(tierUpText());
run(text.slice(0, 1e6));
for (let i = 0; i < reps; i++) {
  const t0 = performance.now();
  found = run(text);
  best = Math.min(best, performance.now() - t0);
}
const out = { ms: best, found };
if (runner === 'wasm') {
  // The wasm memory never shrinks: its size now is the peak of this process's annotations.
  const { loadWhosaid } = await import(pathToFileURL(path.join(ROOT, 'dist/whosaid.mjs')).href);
  out.heap_bytes = (await loadWhosaid()).memoryBytes?.() ?? null;
}
console.log(JSON.stringify(out));
