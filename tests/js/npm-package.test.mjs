// The npm package as a user gets it: `npm pack dist/npm`, the tarball installed offline into an
// empty project, imported by name in Node and bundled by esbuild into a page in chromium. Both
// must annotate every tests/fixtures input exactly as the native CLI does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH } from '../e2e/harness.mjs';
import { serve } from '../../scripts/serve.mjs';
import { PACKAGE_FILES } from '../../scripts/npm-package.mjs';
import { cliAnnotate, fixtures, ROOT } from './helpers.mjs';

const PACKAGE_DIR = path.join(ROOT, 'dist/npm');
const rootPackage = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

// The text a JS caller holds for each fixture (a JS string cannot hold invalid UTF-8: it is
// repaired on decoding), and the CLI's annotation of that same text.
const lenient = new TextDecoder('utf-8');
const cases = fixtures().map(([name, bytes]) => {
  const text = lenient.decode(bytes);
  return { name, text, expected: cliAnnotate(text) };
});

// npm run by this test must not inherit the npm_* settings of an enclosing `npm test`.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
const npm = (args, cwd) => execFileSync('npm', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let tmp, app, packed;
before(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-npm-'));
  [packed] = JSON.parse(npm(['pack', PACKAGE_DIR, '--pack-destination', tmp, '--json'], tmp));
  app = path.join(tmp, 'app');
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  npm(['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', path.join(tmp, packed.filename)], app);
});
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

test('the tarball holds what runs and nothing else, at the root package.json version', () => {
  assert.equal(packed.name, rootPackage.name);
  assert.equal(packed.version, rootPackage.version);
  assert.deepEqual(packed.files.map((f) => f.path).sort(), [...PACKAGE_FILES, 'README.md', 'package.json'].sort());
  const installed = JSON.parse(fs.readFileSync(path.join(app, 'node_modules/whosaid/package.json'), 'utf8'));
  assert.equal(installed.type, 'module');
  assert.equal(installed.exports['.'].types, './whosaid.d.ts');
});

test('Node: import from "whosaid" in a fresh project annotates like the CLI', () => {
  fs.writeFileSync(path.join(app, 'annotate.mjs'), [
    "import fs from 'node:fs';",
    "import { loadWhosaid } from 'whosaid';",
    'const whosaid = await loadWhosaid();',
    "const texts = JSON.parse(fs.readFileSync(0, 'utf8'));",
    'process.stdout.write(JSON.stringify({ version: whosaid.version, results: texts.map((t) => whosaid.annotate(t)) }));',
  ].join('\n'));
  const out = JSON.parse(execFileSync(process.execPath, ['annotate.mjs'], {
    cwd: app, input: JSON.stringify(cases.map((c) => c.text)), maxBuffer: 1 << 28, encoding: 'utf8',
  }));
  assert.equal(out.version, rootPackage.version, 'the core reports the root package.json version');
  assert.equal(out.results.length, cases.length);
  cases.forEach((c, i) => assert.deepEqual(out.results[i], c.expected, c.name));
});

test('chromium: a two-line page bundled by esbuild annotates like the CLI', async () => {
  fs.writeFileSync(path.join(app, 'page.js'), "import { loadWhosaid } from 'whosaid';\nwindow.whosaid = loadWhosaid();\n");
  const out = path.join(app, 'out');
  await esbuild.build({ entryPoints: [path.join(app, 'page.js')], bundle: true, format: 'esm', outfile: path.join(out, 'page.js'), logLevel: 'silent' });
  // esbuild leaves new URL('./whosaid-core.wasm', import.meta.url) as written: the README's copy step.
  fs.copyFileSync(path.join(app, 'node_modules/whosaid/whosaid-core.wasm'), path.join(out, 'whosaid-core.wasm'));
  fs.writeFileSync(path.join(out, 'index.html'), '<!doctype html><title>t</title><link rel="icon" href="data:,"><script type="module" src="page.js"></script>\n');

  const server = await serve(out, 0);
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`); });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const results = await page.evaluate(async (texts) => {
      const whosaid = await window.whosaid;
      return texts.map((t) => whosaid.annotate(t));
    }, cases.map((c) => c.text));
    assert.deepEqual(problems, []);
    cases.forEach((c, i) => assert.deepEqual(results[i], c.expected, c.name));
  } finally {
    await browser.close();
    server.close();
  }
});
