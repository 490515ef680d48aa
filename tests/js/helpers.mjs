// Shared by the node tests of the wasm module: the built module, the native CLI as the
// reference, the inputs worth comparing, and a walk over every span of an annotation.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MODULE = path.join(ROOT, 'dist/whosaid.mjs');
const CLI = path.join(ROOT, 'build/native/whosaid');
for (const f of [MODULE, CLI]) if (!fs.existsSync(f)) throw new Error(`build first (npm run build): missing ${f}`);

/** dist/whosaid.mjs exactly as shipped. */
export const importWhosaid = () => import(pathToFileURL(MODULE).href);

/** The native CLI's annotation of `input` (a string or UTF-8 bytes). */
export function cliAnnotate(input) {
  return JSON.parse(execFileSync(CLI, ['annotate', '-'], { input, maxBuffer: 1 << 28, stdio: ['pipe', 'pipe', 'ignore'] }));
}

/** tests/fixtures/<case>/{input.txt,expected.json}, as [name, bytes, expected]. */
export function fixtures() {
  const dir = path.join(ROOT, 'tests/fixtures');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).sort()
    .filter((name) => fs.existsSync(path.join(dir, name, 'expected.json')))
    .map((name) => [name, fs.readFileSync(path.join(dir, name, 'input.txt')),
      JSON.parse(fs.readFileSync(path.join(dir, name, 'expected.json'), 'utf8'))]);
}

/** Every {start, end, text} in an annotation, with a label saying where it is. */
export function* spans(a) {
  for (const s of a.speakers) for (const [i, m] of s.mentions.entries()) yield [`speaker ${s.id} mention ${i}`, m];
  for (const c of a.claims) {
    yield [`claim ${c.id}`, c];
    for (const [i, p] of c.parts.entries()) yield [`claim ${c.id} part ${i}`, p];
    if (c.cue) yield [`claim ${c.id} cue`, c.cue];
  }
  for (const [i, b] of a.boilerplate.entries()) yield [`boilerplate ${i}`, b];
}

/** Texts that stress offsets: astral characters, combining marks, CRLF, curly quotes. */
export const TRICKY = [
  '',
  'No quotes here.',
  '“We will not back down,” Kremlin spokesman Dmitry Peskov said on Tuesday.\r\nPhoto: AP\r\n',
  '😀 Ms. Zoë Ñúñez, 🇺🇦 minister, said: "Talks 👍🏽 are possible." She added that they "may fail".',
  '"Café" – e\u0301 – « Nous verrons », a dit le porte-parole.\n\nRead more: https://example.com\n',
  '\u2028"Line" separators\u2029 said Bob.\t\u0000 and NUL',
];
