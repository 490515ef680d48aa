// The worker's answer in a compact form: an annotation (or a session) as columns instead of a
// tree of small objects, its numbers in typed arrays the worker hands over without a copy
// (transferables), and every span's text left out when it equals the input's slice, which
// the page already holds. A 1 MB article's result is ~4 MB of JSON; packed, its texts are
// gone and its offsets are a few flat buffers, so the page's side of postMessage does not
// rebuild hundreds of thousands of strings.
//
//   worker: const { packed, transfer } = pack(result, texts); postMessage(packed, transfer)
//   page:   const result = unpack(packed, texts)   // deep-equal to result, same key order
//
// Generic over the JSON's shape (any field the core adds travels too): an array of objects
// with the same keys becomes a table of columns; integer columns Int32Array, other numbers
// Float64Array, strings a dictionary when they repeat, arrays of arrays a flat list with
// lengths. `text` is the input the spans index (null: texts travel as they are).
// Pure functions: tests/js/compact-result.test.mjs checks unpack(pack(x)) equals x on every
// fixture, and that unpackSteps() run in steps gives the same.
// An annotation from the worker is not packed here but the core's own columns ({$: 'columns'},
// below), which unpack() reads the same way.

const isPlain = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && !ArrayBuffer.isView(v);
const isInt32 = (v) => Number.isInteger(v) && v >= -0x80000000 && v <= 0x7fffffff && !Object.is(v, -0);

/**
 * @param {unknown} value the result (plain JSON data)
 * @param {string | null} text the input every {start, end, text} span indexes, or null
 * @returns {{ packed: object, transfer: ArrayBuffer[] }}
 */
export function pack(value, text) {
  const transfer = [];
  const typed = (Type, values) => {
    const a = Type.from(values);
    transfer.push(a.buffer);
    return a;
  };
  return { packed: packValue(value, { text, typed }), transfer };
}

/** The inverse of pack(): the same data, built from the columns and the input text. */
export function unpack(packed, text) {
  const steps = unpackValue(packed, text);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * unpack() as a generator that pauses (yields) every few thousand rows, so a caller can cut
 * a long unpacking into tasks (the page: web/app/chunked.js inSteps); returns the result.
 */
export const unpackSteps = (packed, text) => unpackValue(packed, text);

const ROWS_PER_STEP = 2048;

// --- The core's own columns (include/whosaid/compact.hpp has the layout) -------------------
// An annotation crosses from the worker as the bytes the core wrote ({$: 'columns', bytes}),
// and dist/whosaid.mjs annotate() reads the same bytes through a view of module memory: both
// build here exactly what JSON.parse of the core's JSON gives (same values, same key order),
// span texts sliced from the input by the core's UTF-16 offsets.

/** The property of whosaid.mjs's API object that answers an annotation's columns (the worker's). */
export const COLUMNS_HOOK = Symbol.for('whosaid.annotateColumns');

const COLUMNS = 0x636f6c31;
const NONE = 0xffffffff;
const CLAIM_KINDS = ['direct', 'indirect', 'mixed'];
const SPEAKER_KINDS = ['person', 'organization'];
const H = { length: 1, boilerplate: 2, claims: 3, parts: 4, speakers: 5, aliases: 6, mentions: 7, warnings: 8,
  versionFrom: 9, versionTo: 10, confidenceAt: 11, blobAt: 12, blobBytes: 13, words: 14 };
const utf8 = new TextDecoder();

// The text as the core read it: TextEncoder wrote a lone surrogate as U+FFFD (one unit for
// one), so the core's offsets index this string and its slices are the core's span texts.
const wellFormed = (text) => (typeof text.isWellFormed === 'function'
  ? (text.isWellFormed() ? text : text.toWellFormed())
  : text.replace(/\p{Surrogate}/gu, '\uFFFD'));

/** The annotation from the core's columns (a Uint8Array) and the text it annotated. */
export function annotationFromColumns(bytes, text) {
  const steps = columnsSteps(bytes, text);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

function* columnsSteps(bytes, input) {
  // Views need aligned offsets: a copy otherwise (malloc's blocks are 8-aligned: never seen).
  if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice();
  const w = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2);
  if (w.length < H.words || w[0] !== COLUMNS) throw new Error('whosaid: the core answered in an unknown layout');
  const text = wellFormed(input);
  if (w[H.length] !== text.length) throw new Error(`whosaid: the core read ${w[H.length]} UTF-16 units, the text has ${text.length}`);
  const confidence = new Float64Array(bytes.buffer, bytes.byteOffset + w[H.confidenceAt], w[H.claims]);
  const blob = utf8.decode(bytes.subarray(w[H.blobAt], w[H.blobAt] + w[H.blobBytes]));
  let at = H.words;
  const str = () => {
    const s = blob.slice(w[at], w[at + 1]);
    at += 2;
    return s;
  };
  const span = (start, end) => ({ end, start, text: text.slice(start, end) });
  const spans = (n) => {
    const out = new Array(n);
    for (let i = 0; i < n; i++, at += 2) out[i] = span(w[at], w[at + 1]);
    return out;
  };

  const boilerplate = new Array(w[H.boilerplate]);
  for (let i = 0; i < boilerplate.length; i++) {
    const start = w[at], end = w[at + 1];
    at += 2;
    boilerplate[i] = { end, reason: str(), start, text: text.slice(start, end) };
  }
  // The claims' rows come before their parts and the speakers: the speakers are read first.
  const claimsAt = at;
  const partsAt = claimsAt + 11 * w[H.claims];
  const speakersAt = partsAt + 2 * w[H.parts];
  const speakers = new Array(w[H.speakers]);
  at = speakersAt + 10 * speakers.length;
  for (let i = 0, row = speakersAt; i < speakers.length; i++, row += 10) {
    const aliases = new Array(w[row + 8]);
    for (let k = 0; k < aliases.length; k++) aliases[k] = str();
    speakers[i] = aliases;
  }
  for (let i = 0, row = speakersAt; i < speakers.length; i++, row += 10) {
    const ref = (k) => blob.slice(w[row + k], w[row + k + 1]);
    speakers[i] = { aliases: speakers[i], claim_count: w[row + 7], id: ref(0), kind: SPEAKER_KINDS[w[row + 6]],
      mentions: spans(w[row + 9]), name: ref(2), title: ref(4) };
    if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
  }
  const warnings = new Array(w[H.warnings]);
  for (let i = 0; i < warnings.length; i++) warnings[i] = str();

  const claims = new Array(w[H.claims]);
  at = partsAt;
  for (let i = 0, row = claimsAt; i < claims.length; i++, row += 11) {
    const start = w[row], end = w[row + 1], who = w[row + 5];
    const s = who === NONE ? null : speakers[who];
    const c = confidence[i];
    claims[i] = {
      confidence: Number.isFinite(c) ? c : null, // JSON has no NaN or Infinity: to_json writes null
      cue: w[row + 2] === NONE ? null : span(w[row + 2], w[row + 3]),
      end,
      id: blob.slice(w[row + 8], w[row + 9]),
      kind: CLAIM_KINDS[w[row + 4]],
      parts: spans(w[row + 10]),
      speaker: s && s.id,
      speaker_name: s && s.name,
      start,
      text: text.slice(start, end),
      via: w[row + 6] === NONE ? null : blob.slice(w[row + 6], w[row + 7]),
    };
    if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
  }
  return { boilerplate, claims, length: w[H.length], speakers, version: blob.slice(w[H.versionFrom], w[H.versionTo]), warnings };
}

function packValue(v, ctx) {
  if (Array.isArray(v)) return packArray(v, ctx);
  if (isPlain(v)) {
    const out = {};
    for (const k of Object.keys(v)) out[k] = packValue(v[k], ctx);
    return { $: 'object', fields: out };
  }
  return { $: 'value', value: v };
}

// Rows of one table share their keys, in the same order (so unpacking keeps JSON key order).
function sameKeys(rows) {
  if (rows.length === 0 || !rows.every(isPlain)) return null;
  const keys = Object.keys(rows[0]);
  for (const r of rows) {
    const k = Object.keys(r);
    if (k.length !== keys.length || k.some((x, i) => x !== keys[i])) return null;
  }
  return keys;
}

function packArray(rows, ctx) {
  const keys = sameKeys(rows);
  if (!keys) return { $: 'list', items: rows.map((r) => packValue(r, ctx)) };
  // A span's text is left out when every row's equals the input between its offsets.
  const sliced = keys.includes('text') && keys.includes('start') && keys.includes('end') && ctx.text !== null &&
    rows.every((r) => isInt32(r.start) && isInt32(r.end) && typeof r.text === 'string' &&
      r.start >= 0 && r.start <= r.end && ctx.text.slice(r.start, r.end) === r.text);
  const columns = keys.map((k) => (sliced && k === 'text' ? null : packColumn(rows.map((r) => r[k]), ctx)));
  return { $: 'table', n: rows.length, keys, columns, sliced };
}

function packColumn(values, ctx) {
  if (values.every(isInt32)) return { $: 'int', data: ctx.typed(Int32Array, values) };
  if (values.every((v) => typeof v === 'number')) return { $: 'float', data: ctx.typed(Float64Array, values) };
  if (values.every((v) => typeof v === 'string')) {
    const dict = [...new Set(values)];
    if (dict.length * 2 > values.length) return { $: 'plain', data: values };
    const index = new Map(dict.map((s, i) => [s, i]));
    return { $: 'dict', dict, data: ctx.typed(Int32Array, values.map((s) => index.get(s))) };
  }
  if (values.every((v) => v === null || typeof v !== 'object')) return { $: 'plain', data: values };
  // Arrays (or null): one flat list of every element, with each row's length (-1: null).
  if (values.every((v) => v === null || Array.isArray(v))) {
    const lengths = values.map((v) => (v === null ? -1 : v.length));
    return { $: 'ragged', lengths: ctx.typed(Int32Array, lengths), items: packArray(values.flatMap((v) => v ?? []), ctx) };
  }
  // Objects (or null) of one shape: a table of the non-null ones and where they go.
  const present = values.filter((v) => v !== null);
  if (present.length > 0 && sameKeys(present)) {
    return { $: 'objects', present: ctx.typed(Uint8Array, values.map((v) => (v === null ? 0 : 1))), table: packArray(present, ctx) };
  }
  return { $: 'any', items: values.map((v) => packValue(v, ctx)) };
}

function* unpackValue(p, text) {
  switch (p.$) {
    case 'value': return p.value;
    case 'object': {
      const out = {};
      for (const k of Object.keys(p.fields)) out[k] = yield* unpackValue(p.fields[k], text);
      return out;
    }
    case 'list': {
      const out = [];
      for (const x of p.items) out.push(yield* unpackValue(x, text));
      return out;
    }
    case 'table': return yield* unpackTable(p, text);
    case 'columns': return yield* columnsSteps(p.bytes, text);
    default: throw new Error(`compact result: unknown node ${p.$}`);
  }
}

function* unpackTable(t, text) {
  const cols = [];
  for (const c of t.columns) cols.push(c === null ? null : yield* unpackColumn(c, t.n, text));
  const iStart = t.keys.indexOf('start');
  const iEnd = t.keys.indexOf('end');
  const rows = new Array(t.n);
  for (let r = 0; r < t.n; r++) {
    const row = {};
    for (let k = 0; k < t.keys.length; k++) {
      row[t.keys[k]] = cols[k] === null ? text.slice(cols[iStart][r], cols[iEnd][r]) : cols[k][r];
    }
    rows[r] = row;
    if (r % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
  }
  return rows;
}

function* unpackColumn(c, n, text) {
  switch (c.$) {
    case 'int': case 'float': case 'plain': return c.data;
    case 'dict': return Array.from(c.data, (i) => c.dict[i]);
    case 'ragged': {
      const items = yield* unpackValue(c.items, text);
      const out = new Array(n);
      let at = 0;
      for (let r = 0; r < n; r++) {
        const len = c.lengths[r];
        out[r] = len < 0 ? null : items.slice(at, at + len);
        if (len > 0) at += len;
        if (r % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
      }
      return out;
    }
    case 'objects': {
      const present = yield* unpackTable(c.table, text);
      const out = new Array(n);
      let at = 0;
      for (let r = 0; r < n; r++) out[r] = c.present[r] ? present[at++] : null;
      return out;
    }
    case 'any': {
      const out = [];
      for (const x of c.items) out.push(yield* unpackValue(x, text));
      return out;
    }
    default: throw new Error(`compact result: unknown column ${c.$}`);
  }
}
