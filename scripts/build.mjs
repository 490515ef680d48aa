// Builds everything: the native CLI and tests (build/native), the wasm module (build/wasm),
// dist/ (web/ + the module + the self-contained whosaid.html) and the npm package (dist/npm).
// Incremental: CMake is configured once per build dir, after which ninja re-runs it when
// CMakeLists change.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleServedPage } from './bundle-page.mjs';
import { precompress } from './precompress.mjs';
import { buildNpmPackage } from './npm-package.mjs';
import { buildSingleFile } from './single-file.mjs';
import { NATIVE_DIR, WASM_DIR, configureNative, configureWasm } from './cmake-dirs.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

// What the session view's worker loads on first use (the full core): not precached, so a first
// visit does not move it; the service worker caches it when the view first asks for it.
const SESSION_FILES = ['session-worker.js', 'whosaid-core.wasm', 'app/session-view.js'];

function step(name, fn) {
  const t0 = performance.now();
  try {
    fn();
  } catch {
    console.error(`build: ${name} FAILED (see the tool output above)`);
    process.exit(1);
  }
  console.log(`build: ${name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

function cmakeBuild(dir, configure) {
  if (!fs.existsSync(path.join(dir, 'CMakeCache.txt'))) configure();
  run('cmake', ['--build', dir]);
}

step(`native CLI and tests -> ${NATIVE_DIR}`, () => cmakeBuild(NATIVE_DIR, () => run(...configureNative())));

step(`wasm module -> ${WASM_DIR}`, () => cmakeBuild(WASM_DIR, () => run(...configureWasm())));

await (async () => {
  const t0 = performance.now();
  fs.rmSync('dist', { recursive: true, force: true });
  fs.cpSync('web', 'dist', { recursive: true });
  for (const f of ['whosaid-core.mjs', 'whosaid-core.wasm', 'whosaid-annotate.mjs', 'whosaid-annotate.wasm']) fs.copyFileSync(path.join(WASM_DIR, f), path.join('dist', f));
  if (fs.existsSync('web/index.html')) {
    await buildSingleFile({ dir: 'dist', out: 'dist/whosaid.html' });
  } else {
    console.warn('build: web/index.html does not exist yet; dist/whosaid.html skipped');
  }
  // After whosaid.html, which bundles from the sources in dist/ its own way.
  await bundleServedPage('dist');
  if (fs.existsSync('dist/sw.js')) {
    const precached = stampServiceWorker('dist');
    precompress([...precached, 'sw.js', ...SESSION_FILES].map((f) => path.join('dist', f)));
  }
  console.log(`build: dist/ (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
})();

step('npm package -> dist/npm (npm pack dist/npm)', () => buildNpmPackage({ rootDir: root, from: 'dist', out: 'dist/npm' }));

// dist/sw.js (the page's service worker, web/sw.js) gets the list of files to precache and a
// version derived from their contents, which names its cache: a new build, a new cache.
// Left out: the one-file copy (it runs from file://), the types, the service worker script
// itself, the public API module with its glue and the result codec (the page's bundles have
// their own copies), index.html (the page is './', which sw.js also answers for index.html
// offline), the session view's files (above), the compressed copies and the npm package
// (dist/npm), which is not part of the page. Returns the precached files.
function stampServiceWorker(dir) {
  const skip = new Set(['sw.js', 'whosaid.html', 'whosaid.d.ts', 'whosaid.mjs', 'whosaid-core.mjs', 'compact-result.js', 'index.html', ...SESSION_FILES]);
  const files = fs.readdirSync(dir, { recursive: true }).map((f) => f.split(path.sep).join('/'))
    .filter((f) => !skip.has(f) && !/\.(br|gz)$/.test(f) && !f.startsWith('npm/') && fs.statSync(path.join(dir, f)).isFile()).sort();
  const hash = crypto.createHash('sha256');
  // Each file's SRI hash: sw.js takes the HTTP cache's copy when it matches (no request).
  const sri = (f) => `sha256-${crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('base64')}`;
  const integrity = { './': sri('index.html') };
  for (const f of files) {
    hash.update(`${f}\0`).update(fs.readFileSync(path.join(dir, f)));
    integrity[f] = sri(f);
  }
  const build = { version: hash.digest('hex').slice(0, 12), files: ['./', ...files], integrity };
  const sw = path.join(dir, 'sw.js');
  const source = fs.readFileSync(sw, 'utf8');
  const stamped = source.replace(/^const BUILD = .*$/m, `const BUILD = ${JSON.stringify(build)};`);
  if (stamped === source) throw new Error('build: no "const BUILD = ..." line in web/sw.js');
  fs.writeFileSync(sw, stamped);
  return ['index.html', ...files];
}
