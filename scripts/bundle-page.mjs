// The served page as few requests as it can be, each bundle ONE minified ES module (esbuild):
//   dist/app/main.js         the page: web/app/*, web/session/*
//   dist/worker.js           the annotator: worker.js + whosaid.mjs + the annotate-only glue
//                            (whosaid-annotate.mjs, whose wasm has no session path: a first
//                            visit loads ~80 KB brotli of wasm instead of ~137)
//   dist/session-worker.js   the session view's worker: the same worker.js on the full core
//   dist/app/session-view.js the session view's drawing and exports (web/session/lazy.js):
//                            main.js's import('./lazy.js') points here; the modules both use
//                            are in each (pure functions and constants; view.js's state is
//                            only here). Like session-worker.js, not precached.
// The sources they were built from (esbuild's list of inputs) are removed from dist/. Before: ~30 module requests in a
// chain of imports, each a round trip before the next level is known. Each bundle sits where
// its entry was, so every new URL(..., import.meta.url) in them (../worker.js, ../sw.js, the
// .wasm) still points where it did. dist/whosaid.mjs + whosaid-core.{mjs,wasm} stay: the public API.
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

const BUNDLES = [
  // define: worker-client.js fetches and compiles the annotator's wasm on the page, in
  // parallel with worker.js, and hands it to the worker (the URL is relative to app/main.js).
  { entry: 'app/main.js', out: 'app/main.js', lazy: true, define: { WHOSAID_ANNOTATE_WASM: '"../whosaid-annotate.wasm"' } },
  // What only a computed session needs (web/session/lazy.js), loaded by the page on first use.
  { entry: 'session/lazy.js', out: 'app/session-view.js' },
  { entry: 'worker.js', out: 'worker.js', core: 'whosaid-annotate' },
  { entry: 'worker.js', out: 'session-worker.js' },
];
// Inputs of the bundles that stay in dist/ as files: the public API and its glue, and the
// result codec (tests and the bench load it beside the worker). Every other input is removed.
const KEPT = new Set(['whosaid.mjs', 'whosaid-core.mjs', 'compact-result.js']);

// The page's dynamic import('./lazy.js') stays an import, of the bundle made from it.
const lazySessionView = {
  name: 'whosaid-lazy-session-view',
  setup(build) {
    build.onResolve({ filter: /^\.\/lazy\.js$/ }, (args) => (args.kind === 'dynamic-import'
      ? { path: './session-view.js', external: true } : undefined));
  },
};

// whosaid.mjs names its glue and wasm './whosaid-core.mjs' / './whosaid-core.wasm'; this bundle
// gets another core of the same build in their place.
const coreVariant = (core) => ({
  name: 'whosaid-core-variant',
  setup(build) {
    build.onLoad({ filter: /[\\/]whosaid\.mjs$/ }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      const swapped = source.replaceAll("'./whosaid-core.", `'./${core}.`);
      if (!swapped.includes(`from './${core}.mjs'`) || !swapped.includes(`new URL('./${core}.wasm', import.meta.url)`))
        throw new Error('bundle-page: whosaid.mjs should import ./whosaid-core.mjs and load new URL(\'./whosaid-core.wasm\', import.meta.url)');
      return { contents: swapped, loader: 'js' };
    });
  },
});

export async function bundleServedPage(dir) {
  const built = [];
  const inputs = new Set();
  for (const { entry, out, core, lazy, define } of BUNDLES) {
    const r = await esbuild.build({
      entryPoints: [path.join(dir, entry)], bundle: true, write: false, format: 'esm',
      // WHOSAID_READABLE_BUNDLE=1 keeps the names (for a profile: bench/page-trace.mjs --profile).
      minifyWhitespace: true, minifySyntax: true, minifyIdentifiers: process.env.WHOSAID_READABLE_BUNDLE !== '1', legalComments: 'none', charset: 'utf8', platform: 'browser', target: 'es2020',
      define: define ?? {},
      external: ['node:*'], // whosaid.mjs imports node:fs/promises only when running in Node
      plugins: core ? [coreVariant(core)] : lazy ? [lazySessionView] : [],
      metafile: true, logLevel: 'warning',
    });
    built.push([out, r.outputFiles[0].text]);
    for (const input of Object.keys(r.metafile.inputs)) inputs.add(path.resolve(input));
  }
  for (const file of inputs) {
    const rel = path.relative(path.resolve(dir), file).split(path.sep).join('/');
    if (!rel.startsWith('..') && !KEPT.has(rel)) fs.rmSync(file, { force: true });
  }
  removeEmptyDirs(dir);
  for (const [out, text] of built) {
    fs.mkdirSync(path.dirname(path.join(dir, out)), { recursive: true });
    fs.writeFileSync(path.join(dir, out), text);
  }
  await oneStylesheet(dir);
  preloadAnnotatorWasm(dir);
}

// The page's stylesheets (web/styles.css, reader.css, layout.css: one concern each) as one
// file for the served page: dist/styles.css holds the three in their order (so the cascade is
// the same), comments and spaces taken out; index.html links it alone. A first visit: two
// requests fewer, 6,424 -> 4,131 B of brotli for the CSS. web/ served as is, and whosaid.html
// (which inlines each sheet), keep the three.
async function oneStylesheet(dir) {
  const file = path.join(dir, 'index.html');
  if (!fs.existsSync(file)) return;
  let html = fs.readFileSync(file, 'utf8');
  const links = [...html.matchAll(/<link rel="stylesheet" href="([^":/]+\.css)">\s*/g)];
  if (links.length < 2) return;
  const css = links.map(([, href]) => fs.readFileSync(path.join(dir, href), 'utf8'));
  if (css.slice(1).some((text) => /@(?:import|charset|namespace)\b/.test(text)))
    throw new Error('bundle-page: a stylesheet after the first has @import, @charset or @namespace, which must open a sheet');
  const joined = await esbuild.transform(css.join('\n'), { loader: 'css', minifyWhitespace: true, legalComments: 'none', charset: 'utf8', logLevel: 'warning' });
  for (const [, href] of links) fs.rmSync(path.join(dir, href));
  fs.writeFileSync(path.join(dir, links[0][1]), joined.code);
  for (const link of links.slice(1)) html = html.replace(link[0], '');
  fs.writeFileSync(file, html);
}

// The served page's wasm is on the critical path of its start: app/main.js fetches it (see
// BUNDLES' define), but only once main.js has arrived, been parsed and run its imports. A
// preload in dist/index.html starts that fetch while the HTML is still parsed, beside the
// stylesheets and main.js; main.js's fetch() then takes the preloaded response (same URL, mode
// cors and credentials same-origin: `crossorigin`), so the bytes on the wire do not change.
// Only the built page: web/index.html served as is leaves the wasm to its worker (another
// file), and the one-file copy (whosaid.html, built before this) fetches nothing.
const WASM_PRELOAD = '<link rel="preload" href="whosaid-annotate.wasm" as="fetch" type="application/wasm" crossorigin>';
function preloadAnnotatorWasm(dir) {
  const file = path.join(dir, 'index.html');
  if (!fs.existsSync(file)) return;
  const html = fs.readFileSync(file, 'utf8');
  const first = html.search(/<link\b[^>]*\brel="stylesheet"/i);
  if (first < 0) throw new Error('bundle-page: no stylesheet <link> in index.html to put the wasm preload before');
  fs.writeFileSync(file, `${html.slice(0, first)}${WASM_PRELOAD}\n  ${html.slice(first)}`);
}

function removeEmptyDirs(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const sub = path.join(dir, e.name);
    removeEmptyDirs(sub);
    if (fs.readdirSync(sub).length === 0) fs.rmdirSync(sub);
  }
}
