// The installable npm package, dist/npm/: the public module (whosaid.mjs), the emscripten glue
// and .wasm it loads, the types, and a package.json generated here from the root one, so the
// version lives in one place (the root package.json; CMake reads it too). `npm pack dist/npm`
// gives the tarball. scripts/build.mjs calls buildNpmPackage() after dist/ is complete.
import fs from 'node:fs';
import path from 'node:path';

/** What runs, and nothing else: `files` in the generated package.json lists exactly these. */
export const PACKAGE_FILES = ['whosaid.mjs', 'compact-result.js', 'whosaid-core.mjs', 'whosaid-core.wasm', 'whosaid.d.ts'];

/** The generated package.json, from the root package.json's identity fields. */
export function packageManifest(root) {
  return {
    name: root.name,
    version: root.version,
    description: root.description,
    keywords: ['quotes', 'attribution', 'news', 'nlp', 'webassembly'],
    type: 'module',
    // One entry; bundlers and Node pick the types and the module from here. The .wasm is
    // exported too, for setups that copy it (esbuild) or want its resolved path.
    exports: {
      '.': { types: './whosaid.d.ts', default: './whosaid.mjs' },
      './whosaid-core.wasm': './whosaid-core.wasm',
      './package.json': './package.json',
    },
    types: './whosaid.d.ts',
    files: PACKAGE_FILES,
    // Importing defines functions only; the core loads on the first loadWhosaid().
    sideEffects: false,
    engines: root.engines,
  };
}

/**
 * Writes the package from the built dist/ (`from`) into `out`, with npm/README.md as its README.
 * @param {{ rootDir: string, from: string, out: string }} dirs
 */
export function buildNpmPackage({ rootDir, from, out }) {
  const root = JSON.parse(fs.readFileSync(path.join(rootDir, 'package.json'), 'utf8'));
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  for (const f of PACKAGE_FILES) fs.copyFileSync(path.join(from, f), path.join(out, f));
  fs.copyFileSync(path.join(rootDir, 'npm/README.md'), path.join(out, 'README.md'));
  fs.writeFileSync(path.join(out, 'package.json'), `${JSON.stringify(packageManifest(root), null, 2)}\n`);
}
