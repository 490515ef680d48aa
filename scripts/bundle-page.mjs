// The served page as few requests as it can be: dist/app/main.js becomes ONE ES module with
// everything it imports (web/app/*, web/session/*), dist/worker.js one ES module with
// whosaid.mjs and the emscripten glue, both minified; the sources they were built from are
// removed from dist/. Before: ~30 module requests in a chain of imports, each a round trip
// before the next level is known. Both keep their place in dist/, so every
// new URL(..., import.meta.url) in them (../worker.js, ../sw.js, ./whosaid-core.wasm)
// still points where it did. dist/whosaid.mjs and dist/whosaid-core.mjs stay: the public API.
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

const ENTRIES = ['app/main.js', 'worker.js'];
const PRUNED_DIRS = ['app', 'session']; // every file in them ends up in the bundle

export async function bundleServedPage(dir) {
  const built = {};
  for (const entry of ENTRIES) {
    const r = await esbuild.build({
      entryPoints: [path.join(dir, entry)], bundle: true, write: false, format: 'esm',
      minify: true, legalComments: 'none', charset: 'utf8', platform: 'browser', target: 'es2020',
      external: ['node:*'], // whosaid.mjs imports node:fs/promises only when running in Node
      logLevel: 'warning',
    });
    built[entry] = r.outputFiles[0].text;
  }
  for (const d of PRUNED_DIRS) fs.rmSync(path.join(dir, d), { recursive: true, force: true });
  for (const [entry, text] of Object.entries(built)) {
    fs.mkdirSync(path.dirname(path.join(dir, entry)), { recursive: true });
    fs.writeFileSync(path.join(dir, entry), text);
  }
}
