// Issue 15: the wasm build must not depend on NODE_PATH. Debian's em++ links through
// acorn-optimizer.js, which node must find Debian's acorn for; a NODE_PATH that pointed elsewhere,
// or one that changed after CMake had configured the build dir, broke the link.
// Each build dir here is configured exactly as scripts/build.mjs configures build/wasm
// (scripts/cmake-dirs.mjs), then links whosaid_link_check (wasm/link_check.cpp: an empty program
// linked with whosaid_wasm's launcher and flags, the one step that runs node) under every NODE_PATH:
// the one it was configured with (a fresh dir) and each other one (an existing dir whose
// environment changed). About 2 s per configure and 4 s per link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { configureWasm } from '../../scripts/cmake-dirs.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));  // not helpers.mjs: no build needed

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-node-path-'));
const emptyFolder = fs.mkdirSync(path.join(scratch, 'empty-node-modules'), { recursive: true });
const VARIANTS = {
  unset: undefined,
  'set to Debian\'s node modules': '/usr/share/nodejs',
  'set to a folder without acorn': emptyFolder,
  'set to a folder that does not exist': path.join(scratch, 'no-such-folder'),
};

function run(cmd, args, nodePath) {
  const env = { ...process.env };
  if (nodePath === undefined) delete env.NODE_PATH;
  else env.NODE_PATH = nodePath;
  const r = spawnSync(cmd, args, { cwd: ROOT, env, encoding: 'utf8' });
  return { ok: r.status === 0, log: `${r.stdout}${r.stderr}` };
}

function linkCheck(dir, nodePath) {
  fs.rmSync(path.join(dir, 'link-check.mjs'), { force: true });  // so that ninja links again
  fs.rmSync(path.join(dir, 'link-check.wasm'), { force: true });
  const r = run('cmake', ['--build', dir, '--target', 'whosaid_link_check'], nodePath);
  assert.ok(r.ok && fs.existsSync(path.join(dir, 'link-check.wasm')), r.log.slice(-2000));
}

test('the wasm link works whatever NODE_PATH is, in a fresh and in an existing build dir', async (t) => {
  try {
    for (const [configuredWith, configurePath] of Object.entries(VARIANTS)) {
      const dir = path.join(scratch, `build-${Object.keys(VARIANTS).indexOf(configuredWith)}`);
      const [cmd, args] = configureWasm(dir);
      const configured = run(cmd, args, configurePath);
      assert.ok(configured.ok, `configure with NODE_PATH ${configuredWith}:\n${configured.log.slice(-2000)}`);
      for (const [builtWith, buildPath] of Object.entries(VARIANTS))
        await t.test(`configured with NODE_PATH ${configuredWith}, built with it ${builtWith}`, () => linkCheck(dir, buildPath));
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
});
