// Annotation worker: answers {id, text} with {id, ok: true, packed} (the annotation as the
// core's columns, read by compact-result.js) or {id, ok: false, error}; {id, op: 'session', articles: [{file, text,
// date?}]} with the session of those articles, packed the same way. {op: 'tier-up'}: once
// loaded, warm the core up in idle tasks (tier-up.js), so the first real request runs fast;
// answered {tieredUp: rounds} when done.
import { COLUMNS_HOOK, pack } from './compact-result.js';
import { tierUp } from './tier-up.js';
import { loadWhosaid } from './whosaid.mjs';

// The served page compiles the annotator's wasm itself, fetched in parallel with this script,
// and hands it over as its first message ({op: 'wasm', module}, null when it could not): it
// names this worker 'whosaid:page-wasm' (web/app/worker-client.js). Otherwise the wasm is
// fetched from here at once.
let handOver = null;
const fromPage = self.name === 'whosaid:page-wasm'
  ? new Promise((resolve) => { handOver = resolve; })
  : Promise.resolve(null);
const options = fromPage.then((module) => (module ? { module } : {}));
const ready = options.then(loadWhosaid);
// {ready: true} once the module is compiled, so the page can time its start and leave the
// service worker's precache until the wasm is in the HTTP cache. Failures are reported per
// request below, not as an unhandled rejection.
ready.then(() => self.postMessage({ ready: true }), () => {});
// Set before any await: a message arriving while the module loads would otherwise be lost.
self.onmessage = async (e) => {
  const { id, op, text, articles, module } = e.data || {};
  if (op === 'wasm') {
    handOver?.(module instanceof WebAssembly.Module ? module : null);
    handOver = null;
    return;
  }
  if (op === 'tier-up') {
    ready.then((whosaid) => tierUp((t) => whosaid[COLUMNS_HOOK](t)))
      .then((rounds) => self.postMessage({ tieredUp: rounds }), () => {});
    return;
  }
  try {
    // The same instance every time, unless it stopped (a trap, running out of memory) or
    // failed to load: then loadWhosaid() starts a fresh one from the same module.
    const whosaid = await loadWhosaid(await options);
    if (op === 'session') {
      // Packed by compact-result.js: columns in transferred buffers. A session's spans index
      // several texts: their texts travel.
      const { packed, transfer } = pack(whosaid.session(articles || []), null);
      self.postMessage({ id, ok: true, packed }, transfer);
      return;
    }
    // An annotation crosses as the core's own columns (no objects built here): the page reads
    // them with compact-result.js, slicing span texts from the text it sent.
    const bytes = whosaid[COLUMNS_HOOK](String(text ?? ''));
    self.postMessage({ id, ok: true, packed: { $: 'columns', bytes } }, [bytes.buffer]);
  } catch (err) {
    self.postMessage({ id, ok: false, error: String((err && err.message) || err) });
  }
};
