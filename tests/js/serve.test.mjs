// scripts/serve.mjs: what npm start and the page tests rely on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import path from 'node:path';
import { serve, resolveInside } from '../../scripts/serve.mjs';
import { ROOT } from './helpers.mjs';

let server, port;
before(async () => { server = await serve(path.join(ROOT, 'dist'), 0); port = server.address().port; });
after(() => server.close());

// A raw request: fetch() would normalise "/../" away before it reached the server.
const get = (rawPath) => new Promise((resolve, reject) => {
  http.get({ host: '127.0.0.1', port, path: rawPath }, (res) => {
    res.resume();
    res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'] }));
  }).on('error', reject);
});

test('listens on 127.0.0.1 only', () => assert.equal(server.address().address, '127.0.0.1'));

test('MIME types that module scripts and wasm streaming need', async () => {
  assert.deepEqual(await get('/'), { status: 200, type: 'text/html; charset=utf-8' });
  assert.deepEqual(await get('/whosaid.mjs'), { status: 200, type: 'text/javascript; charset=utf-8' });
  assert.deepEqual(await get('/whosaid-core.wasm'), { status: 200, type: 'application/wasm' });
  assert.equal((await get('/no-such-file.js')).status, 404);
});

test('no way out of the served directory', async () => {
  for (const p of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/app/../../README.md', '/%00', '/%E0%A4%A'])
    assert.ok([400, 404].includes((await get(p)).status), p);
  const root = path.join(ROOT, 'dist');
  assert.equal(resolveInside(root, '/../x'), path.join(root, 'x')); // clamped at the root
  assert.equal(resolveInside(root, '/a/%2e%2e/%2e%2e/b'), path.join(root, 'b'));
  assert.equal(resolveInside(root, '/%E0%A4%A'), null);
});
