// Runs annotations in a Web Worker, so a long article never freezes the page.
// All worker creation goes through createWorker(), the one place that differs between
// the served page (a module worker file) and the single-file build (see docs/build.md).
// Answers come packed (../compact-result.js) and are unpacked against the text sent, in
// tasks of under 50 ms (a 5 MB article's answer took one of ~90 ms).
import { unpackSteps } from '../compact-result.js';
import { inSteps } from './chunked.js';

// A worker that answers nothing for this long is restarted; big inputs get more time
// (about 4 s per MB of text on a slow machine, measured with the 50 MB benchmark).
const TIMEOUT_MS = 30000;
const TIMEOUT_MS_PER_MB = 4000;

/**
 * kind 'annotate': the page's annotator (dist/worker.js, an annotate-only wasm, small enough for
 * a first visit); 'session': the session view's (dist/session-worker.js, the full core).
 */
// The served page (dist/app/main.js) fetches and compiles the annotator's wasm itself as soon as
// it runs, in parallel with the worker's script rather than after it, and hands the compiled
// module over (web/worker.js). scripts/bundle-page.mjs defines WHOSAID_ANNOTATE_WASM there only;
// web/ served as is and the one-file copy leave it to the worker.
// eslint-disable-next-line no-undef
const PAGE_WASM = typeof WHOSAID_ANNOTATE_WASM === 'string' ? WHOSAID_ANNOTATE_WASM : null;
const pageWasm = PAGE_WASM && typeof WebAssembly === 'object' && typeof WebAssembly.compileStreaming === 'function'
  && typeof globalThis.WHOSAID_WORKER_SOURCE !== 'string'
  // null on any failure (a wrong Content-Type included): the worker then fetches it itself
  ? WebAssembly.compileStreaming(fetch(new URL(PAGE_WASM, import.meta.url))).catch(() => null)
  : null;

export function createWorker(kind = 'annotate') {
  // Single-file build (scripts/single-file.mjs): file:// refuses worker files, so the
  // bundled worker source comes as a global and runs from a Blob URL. As a CLASSIC worker:
  // Chromium rejects module workers from blob: URLs made by a file:// (origin null) page.
  const bundled = globalThis.WHOSAID_WORKER_SOURCE;
  if (typeof bundled === 'string') {
    const url = URL.createObjectURL(new Blob([bundled], { type: 'text/javascript' }));
    return new Worker(url);
  }
  if (kind === 'session') return new Worker(new URL('../session-worker.js', import.meta.url), { type: 'module' });
  if (!pageWasm) return new Worker(new URL('../worker.js', import.meta.url), { type: 'module' });
  const worker = new Worker(new URL('../worker.js', import.meta.url), { type: 'module', name: 'whosaid:page-wasm' });
  pageWasm.then((module) => worker.postMessage({ op: 'wasm', module }));
  return worker;
}

/**
 * annotate(text) -> Promise<annotation>; session(articles) -> Promise<session>. A worker that
 * crashes, fails or hangs is thrown away and a fresh one is started for the next request; the caller only sees an Error.
 */
export function createAnnotationClient(makeWorker = createWorker) {
  let worker = null;
  let nextId = 1;
  const pending = new Map(); // id -> {resolve, reject, timer}
  let markReady, markWarm;
  const ready = new Promise((resolve) => { markReady = resolve; });
  const warm = new Promise((resolve) => { markWarm = resolve; });

  function failAll(message) {
    for (const { reject, timer } of pending.values()) {
      clearTimeout(timer);
      reject(new Error(message));
    }
    pending.clear();
    worker?.terminate();
    worker = null;
  }

  function start() {
    worker = makeWorker();
    worker.onmessage = (e) => {
      if (e.data?.ready === true) return markReady();
      if (typeof e.data?.tieredUp === 'number') return markWarm(e.data.tieredUp);
      const { id, ok, packed, error } = e.data || {};
      const p = pending.get(id);
      if (!p) return;
      pending.delete(id);
      clearTimeout(p.timer);
      if (ok) p.resolve(inSteps(unpackSteps(packed, p.text)).then((r) => r.value));
      else {
        // The wasm module may be left in a bad state (e.g. after an abort): start afresh.
        p.reject(new Error(error || 'the annotator failed'));
        failAll('the annotator was restarted');
      }
    };
    worker.onerror = (e) => {
      e.preventDefault?.();
      failAll(`the annotator stopped unexpectedly${e.message ? ` (${e.message})` : ''}`);
    };
    worker.onmessageerror = () => failAll('the annotator sent an unreadable answer');
  }

  function request(message) {
    if (!worker) start();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const chars = typeof message.text === 'string' ? message.text.length
        : (message.articles ?? []).reduce((n, a) => n + (a?.text?.length ?? 0), 0);
      const timer = setTimeout(() => failAll('the annotator took too long and was stopped'),
                               TIMEOUT_MS + Math.ceil(chars / 1e6) * TIMEOUT_MS_PER_MB);
      pending.set(id, { resolve, reject, timer, text: typeof message.text === 'string' ? message.text : null });
      worker.postMessage({ id, ...message });
    });
  }

  return {
    annotate(text) { return request({ text }); },
    /** The session of several articles ([{file, text, date?}]), computed by the core. */
    session(articles) { return request({ op: 'session', articles }); },
    /**
     * Starts the worker ahead of the first request, so the wasm is loaded by then, and has it
     * run the core a few times while idle (web/tier-up.js), so the first request meets
     * optimised code. Resolves once a worker has its module compiled (never, if loading fails:
     * requests say why).
     */
    warmUp() {
      if (!worker) start();
      worker.postMessage({ op: 'tier-up' });
      return ready;
    },
    /** Resolves with the rounds run once the worker's tier-up (warmUp) is done. */
    warm,
  };
}
