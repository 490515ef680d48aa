// Builds everything: the native CLI and tests (build/native), the wasm module (build/wasm),
// and dist/ (web/ + the module + the self-contained whosaid.html). Incremental: CMake is
// configured once per build dir, after which ninja re-runs it when CMakeLists change.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSingleFile } from './single-file.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

function step(name, fn) {
  const t0 = performance.now();
  fn();
  console.log(`build: ${name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

function cmakeBuild(dir, configure) {
  if (!fs.existsSync(path.join(dir, 'CMakeCache.txt'))) configure();
  run('cmake', ['--build', dir]);
}

step('native CLI and tests -> build/native', () =>
  cmakeBuild('build/native', () =>
    run('cmake', ['-S', '.', '-B', 'build/native', '-G', 'Ninja', '-DCMAKE_BUILD_TYPE=Release'])));

step('wasm module -> build/wasm', () =>
  cmakeBuild('build/wasm', () =>
    run('emcmake', ['cmake', '-S', '.', '-B', 'build/wasm', '-G', 'Ninja', '-DCMAKE_BUILD_TYPE=Release'])));

await (async () => {
  const t0 = performance.now();
  fs.rmSync('dist', { recursive: true, force: true });
  fs.cpSync('web', 'dist', { recursive: true });
  for (const f of ['whosaid-core.mjs', 'whosaid-core.wasm']) fs.copyFileSync(path.join('build/wasm', f), path.join('dist', f));
  if (fs.existsSync('web/index.html')) {
    await buildSingleFile({ dir: 'dist', out: 'dist/whosaid.html' });
  } else {
    console.warn('build: web/index.html does not exist yet; dist/whosaid.html skipped');
  }
  console.log(`build: dist/ (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
})();
