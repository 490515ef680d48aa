// Reads web/whosaid.d.ts (the API's declared types) and checks plain JSON values against its
// interfaces: every required field present, no field it does not declare, nested interfaces
// (Span[], Span | null, inline { … } objects) checked in turn. A reader for this one file's
// style (one member per line), not a TypeScript parser.
import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { ROOT } from './helpers.mjs';

const MEMBER = /^\s*(?:readonly\s+)?([A-Za-z_]\w*)(\?)?\s*(\()?[^:]*?:\s*(.*?);?\s*$/;

/** '{ a: string; b?: Span }' → Map name → {optional, type} */
function inlineFields(body) {
  const fields = new Map();
  for (const part of body.split(';').map((p) => p.trim()).filter(Boolean)) {
    const m = /^([A-Za-z_]\w*)(\?)?\s*:\s*(.+)$/.exec(part);
    if (!m) throw new Error(`whosaid.d.ts: cannot read inline member "${part}"`);
    fields.set(m[1], { optional: Boolean(m[2]), type: m[3], method: false });
  }
  return fields;
}

/** → { interfaces: Map name → Map field → {optional, type, method}, functions: [names] } */
export function readDts(file = path.join(ROOT, 'web/whosaid.d.ts')) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const interfaces = new Map();
  const functions = [];
  let current = null;
  let inComment = false;
  for (const line of lines) {
    const trimmed = line.trim();
    if (inComment) { if (trimmed.includes('*/')) inComment = false; continue; }
    if (trimmed.startsWith('/*')) { inComment = !trimmed.includes('*/'); continue; }
    if (trimmed.startsWith('//') || trimmed === '') continue;
    const fn = /^export function (\w+)/.exec(trimmed);
    if (fn) { functions.push(fn[1]); continue; }
    const head = /^export interface (\w+)(?: extends ([\w, ]+))? \{$/.exec(trimmed);
    if (head) {
      current = new Map();
      for (const base of head[2]?.split(',').map((b) => b.trim()) ?? []) {
        if (!interfaces.has(base)) throw new Error(`whosaid.d.ts: ${head[1]} extends ${base}, not declared before it`);
        for (const [k, v] of interfaces.get(base)) current.set(k, v);
      }
      interfaces.set(head[1], current);
      continue;
    }
    if (trimmed === '}') { current = null; continue; }
    if (!current) throw new Error(`whosaid.d.ts: cannot read "${trimmed}"`);
    const m = MEMBER.exec(line);
    if (!m) throw new Error(`whosaid.d.ts: cannot read member "${trimmed}"`);
    current.set(m[1], { optional: Boolean(m[2]), method: Boolean(m[3]), type: m[4] });
  }
  return { interfaces, functions };
}

/** The fields a type stands for (named interfaces and inline objects merged), or null for a primitive. */
function shapeOf(type, interfaces) {
  const fields = new Map();
  let found = false;
  for (const [, name] of type.replace(/\{[^}]*\}/g, '').matchAll(/\b([A-Z]\w*)\b/g)) {
    if (!interfaces.has(name)) continue;
    found = true;
    for (const [k, v] of interfaces.get(name)) fields.set(k, v);
  }
  for (const [, body] of type.matchAll(/\{([^}]*)\}/g)) {
    found = true;
    for (const [k, v] of inlineFields(body)) fields.set(k, v);
  }
  return found ? fields : null;
}

/** Asserts `value` has exactly the fields `typeName` declares (optional ones may be absent), recursively. */
export function assertShape(value, type, dts, where = type) {
  const fields = shapeOf(type, dts.interfaces);
  if (!fields) { assertPrimitive(value, type, where); return; }
  if (value === null && /\bnull\b/.test(type)) return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertShape(v, type, dts, `${where}[${i}]`));
    return;
  }
  assert.equal(typeof value, 'object', `${where} should be an object`);
  const declared = [...fields.keys()];
  for (const key of Object.keys(value)) assert.ok(fields.has(key), `${where} has "${key}", which whosaid.d.ts does not declare (${declared.join(', ')})`);
  for (const [key, f] of fields) {
    if (!f.optional) assert.ok(key in value, `${where} lacks "${key}", which whosaid.d.ts declares`);
    if (f.method) assert.equal(typeof value[key], 'function', `${where}.${key} should be a function`);
    else if (key in value) assertShape(value[key], f.type, dts, `${where}.${key}`);
  }
}

/** Values of a union of primitives and string literals: 'a' | 'b', string | null, string[]. */
function assertPrimitive(value, type, where) {
  const parts = type.split('|').map((p) => p.trim());
  const fits = (v, part) => {
    if (part.endsWith('[]')) return Array.isArray(v) && v.every((x) => fits(x, part.slice(0, -2)));
    if (part === 'null') return v === null;
    if (['string', 'number', 'boolean'].includes(part)) return typeof v === part;
    if (/^'.*'$/.test(part)) return v === part.slice(1, -1);
    return true; // a type this reader does not model (URL …)
  };
  assert.ok(parts.some((part) => fits(value, part)), `${where} is ${JSON.stringify(value)}, not ${type} as whosaid.d.ts says`);
}
