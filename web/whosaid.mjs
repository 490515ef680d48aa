// whosaid: the public JavaScript API over the WebAssembly core.
//
//   import { loadWhosaid } from './whosaid.mjs';
//   const ws = await loadWhosaid();
//   const a = ws.annotate(text);   // offsets are UTF-16 code units: text.slice(s.start, s.end) === s.text
//
// Runs unchanged in Node 20, a page, and a module Worker. The emscripten glue
// (whosaid-core.mjs, built with ENVIRONMENT=web,worker) never loads the .wasm itself: we
// hand it a compiled module through its `instantiateWasm` hook, with bytes from, in order,
//   1. globalThis.WHOSAID_WASM_BASE64  (set inline by the self-contained whosaid.html),
//   2. the file next to this module    (fs in Node, fetch + streaming compile elsewhere).
import createWhosaidCore from './whosaid-core.mjs';
import { annotationFromColumns, COLUMNS_HOOK } from './compact-result.js';

let loading = null; // the one init promise (reset on failure so a later call can retry)

/** @param {{ wasmUrl?: string | URL, module?: WebAssembly.Module }} [options] honoured by the first call only */
export function loadWhosaid(options = {}) {
  if (!loading) {
    loading = instantiate(options).then(makeApi);
    loading.catch(() => { loading = null; });
  }
  return loading;
}

async function instantiate({ wasmUrl, module } = {}) {
  const wasm = module instanceof WebAssembly.Module ? module : await compileWasm(wasmUrl);
  let fail;
  const failed = new Promise((_, reject) => { fail = reject; });
  const ready = createWhosaidCore({
    // Only a name the glue records; without this hook it would call new URL(.., import.meta.url),
    // which throws in whosaid.html's classic Blob worker (empty import.meta).
    locateFile: (name) => name,
    instantiateWasm(imports, receiveInstance) {
      WebAssembly.instantiate(wasm, imports).then((instance) => receiveInstance(instance, wasm), fail);
      return {}; // exports arrive later through receiveInstance
    },
  });
  return Promise.race([ready, failed]);
}

async function compileWasm(wasmUrl) {
  const inline = globalThis.WHOSAID_WASM_BASE64;
  if (typeof inline === 'string') return WebAssembly.compile(fromBase64(inline));
  // Only now: in a Blob worker import.meta.url is blob:..., which cannot be a base URL.
  // The literal `new URL('./whosaid-core.wasm', import.meta.url)` is the pattern webpack and
  // Vite recognise to ship the .wasm with a bundle: keep it literal, never a variable.
  const url = wasmUrl == null ? new URL('./whosaid-core.wasm', import.meta.url) : new URL(wasmUrl, import.meta.url);
  if (typeof process === 'object' && process.versions?.node && url.protocol === 'file:')
    return WebAssembly.compile(await (await nodeFs()).readFile(url));
  const response = await fetch(url);
  if (!response.ok) throw new Error(`whosaid: cannot load ${url}: HTTP ${response.status}`);
  // Streaming compile needs Content-Type application/wasm; fall back if a server gets it wrong.
  if (WebAssembly.compileStreaming && response.headers.get('content-type') === 'application/wasm')
    return WebAssembly.compileStreaming(response);
  return WebAssembly.compile(await response.arrayBuffer());
}

// Node's fs, reached in ways bundlers do not follow: a browser bundle (esbuild, webpack) must
// never meet a `node:` import. process.getBuiltinModule is Node >= 20.16; the import of a
// variable covers older Node 20.
const NODE_FS = 'node:fs/promises';
async function nodeFs() {
  return process.getBuiltinModule?.(NODE_FS) ?? import(/* webpackIgnore: true */ /* @vite-ignore */ NODE_FS);
}

function fromBase64(b64) {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// Writes `text` as UTF-8 into module memory with one encodeInto pass (no string copy)
// and returns [pointer, bytes]; the caller frees the pointer. The block is as long as the
// UTF-8 is (a surrogate counted as 3 bytes: a pair takes 4, a lone one U+FFFD's 3), counted
// first in a pass over the code units (~1 ms per MB): the wasm heap holds no slack for it
// (1.5 bytes per unit before, a third of a 50 MB article's size more than needed).
function writeUtf8(core, text) {
  const size = utf8Length(text);
  const ptr = core._malloc(size + 1); // never 0 bytes
  if (!ptr) throw new Error(`whosaid: allocation failed (${size} bytes for the text)`);
  try {
    return [ptr, encodeAt(core, text, ptr, size)];
  } catch (err) {
    core._free(ptr);
    throw err;
  }
}

function utf8Length(text) {
  let size = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) size += c < 0x800 ? 1 : 2;
  }
  return size;
}

// Encodes `text` into the `size` bytes at `ptr` (a view taken now: the memory may have grown);
// returns the bytes written.
function encodeAt(core, text, ptr, size) {
  const { read, written } = encoder.encodeInto(text, core.HEAPU8.subarray(ptr, ptr + size));
  if (read !== text.length)
    throw new Error(`whosaid: internal error: ${text.length - read} UTF-16 units did not fit the UTF-8 block`);
  return written;
}

// The text of one annotation, encoded into the block the core keeps for it
// (whosaid_text_block): the core moves it into the annotation, no copy. -> bytes written.
function writeAnnotateText(core, text) {
  const size = utf8Length(text);
  const ptr = core._whosaid_text_block(size);
  if (!ptr) throw new Error(`whosaid: allocation failed (${size} bytes for the text)`);
  try {
    return encodeAt(core, text, ptr, size);
  } catch (err) {
    core._whosaid_text_block(0); // the block is not kept for a text that never came
    throw err;
  }
}

// The core's answer (wasm/js_error.hpp's Reply, three uint32 at `at`: data, size, failed),
// decoded from a view of module memory before anything else runs in it: the JSON, or the
// message of the C++ exception it caught, thrown here as an Error.
function answer(core, at) {
  return decoder.decode(answerBytes(core, at));
}

// The same answer's bytes, a view of module memory (valid until the next call into the core).
function answerBytes(core, at) {
  const [data, size, failed] = new Uint32Array(core.HEAPU8.buffer, at, 3);
  const bytes = core.HEAPU8.subarray(data, data + size);
  if (failed) throw new Error(decoder.decode(bytes));
  return bytes;
}

function cString(core, at) {
  const heap = core.HEAPU8;
  return decoder.decode(heap.subarray(at, heap.indexOf(0, at)));
}

// The one funnel for errors out of the core. C++ exceptions already arrive as Errors with their
// message; running out of memory is said in words; a trap (abort, OOM abort, RuntimeError) may
// leave the instance's memory inconsistent, so it is dropped and the next loadWhosaid() starts
// a fresh one. So is an instance that ran out of memory: the annotate path is compiled without
// exceptions (wasm/wasm.cmake), so a bad_alloc leaves what it had allocated behind.
function funnel(state, run) {
  if (state.broken) throw new Error('whosaid: the annotator stopped after an earlier failure; call loadWhosaid() again');
  try {
    return run();
  } catch (err) {
    if (err instanceof TypeError || err instanceof RangeError) throw err;
    const detail = String(err?.message ?? err);
    const trap = err instanceof WebAssembly.RuntimeError || /^Aborted/.test(detail);
    const oom = /bad_alloc|out of memory|OOM|Cannot enlarge memory|allocation failed/i.test(detail);
    if (trap || oom) {
      state.broken = true;
      loading = null;
    }
    if (oom)
      throw new Error(`whosaid: out of memory: the text is too large for the memory this device gives the page (${detail})`);
    if (trap) throw new Error(`whosaid: the annotator stopped (${detail}); loadWhosaid() will start a new one`);
    throw err instanceof Error ? err : new Error(`whosaid: ${detail}`);
  }
}

function makeApi(core) {
  const state = { broken: false };
  // The core's columns (include/whosaid/compact.hpp) for `text`, handed to read() while they
  // are a view of module memory; its answer is annotate()'s.
  const annotateColumns = (text, max, read) => funnel(state, () => {
    const bytes = writeAnnotateText(core, text);
    try {
      return read(answerBytes(core, core._whosaid_annotate(bytes, max ?? -1)));
    } finally {
      core._whosaid_release_result();
    }
  });
  return Object.freeze({
    version: cString(core, core._whosaid_version()),
    /** Bytes of WebAssembly memory the core holds (it grows with the largest input and never shrinks). */
    memoryBytes: () => core.HEAPU8.length,
    /**
     * @param {string} text
     * @param {{ maxInputBytes?: number }} [options] maxInputBytes: refuse longer UTF-8 input (0 = no limit)
     */
    annotate(text, options = {}) {
      if (typeof text !== 'string')
        throw new TypeError(`whosaid.annotate: expected a string, got ${text === null ? 'null' : typeof text}`);
      const max = options?.maxInputBytes;
      if (max !== undefined && !(Number.isSafeInteger(max) && max >= 0))
        throw new RangeError('whosaid.annotate: maxInputBytes must be a non-negative integer');
      // TextEncoder, not a hand-written UTF-16 -> UTF-8 loop: it maps a lone surrogate to U+FFFD,
      // one UTF-16 unit for one, so the core's UTF-16 offsets still index `text`.
      return annotateColumns(text, max, (columns) => annotationFromColumns(columns, text));
    },
    // The worker's way (web/worker.js): the columns themselves, copied out of module memory, to
    // cross to the page as they are (compact-result.js reads them there).
    [COLUMNS_HOOK]: (text) => annotateColumns(String(text), undefined, (columns) => columns.slice()),
    /**
     * Several articles read together (docs/session.md): merged speakers, claims with facts,
     * links between claims of different articles. Offsets are UTF-16 code units of each text.
     * @param {{ file?: string, text: string, date?: string | null }[]} articles date: YYYY-MM-DD
     */
    session(articles) {
      // The page's annotator is built without it (scripts/bundle-page.mjs); dist/whosaid.mjs has it.
      if (typeof core._whosaid_session !== 'function') throw new Error('whosaid: this build of the module has no session(); use dist/whosaid.mjs');
      if (!Array.isArray(articles))
        throw new TypeError('whosaid.session: expected an array of {file?, text, date?}');
      // Array.from visits holes (map() would skip them and hand the core a null).
      const input = Array.from(articles, (a, i) => {
        if (!(i in articles)) throw new TypeError(`whosaid.session: article ${i + 1} is missing (a hole in the array)`);
        if (typeof a?.text !== 'string') throw new TypeError(`whosaid.session: article ${i + 1} has no text string`);
        // A lone surrogate in a name or a date would change what the caller gave: refused in
        // words. (In the text, writeUtf8 makes it U+FFFD, as for annotate.)
        const file = String(a.file ?? `article ${i + 1}`);
        if (LONE_SURROGATE.test(file)) throw new TypeError(`whosaid.session: article ${i + 1}'s file name holds a lone UTF-16 surrogate`);
        const date = a.date ?? null;
        if (date !== null && (typeof date !== 'string' || date === '')) throw new TypeError(`whosaid.session: article ${i + 1}'s date must be YYYY-MM-DD or null`);
        if (date !== null && LONE_SURROGATE.test(date)) throw new TypeError(`whosaid.session: article ${i + 1}'s date holds a lone UTF-16 surrogate`);
        return { file, text: a.text, date: date ?? '' }; // '': none, for the core
      });
      const json = funnel(state, () => {
        try {
          // Each text written into module memory as for annotate(), the core copying it out.
          for (const [i, { file, text, date }] of input.entries()) {
            const strings = [text, file, date].map((str) => writeUtf8(core, str));
            try {
              answer(core, core._whosaid_session_article(i, ...strings.flat()));
            } finally {
              for (const [ptr] of strings) core._free(ptr);
            }
          }
          return answer(core, core._whosaid_session());
        } finally {
          core._whosaid_release_session_result();
        }
      });
      return JSON.parse(json);
    },
  });
}
