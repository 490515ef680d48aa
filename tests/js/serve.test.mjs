// scripts/serve.mjs: what npm start and the page tests rely on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { once } from 'node:events';
import { pickEncoding, serve, resolveInside, parseServeArgs } from '../../scripts/serve.mjs';
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

// The command line (issue 15: `--help` served a folder named --help, `--port 8093` crashed).
const SCRIPT = path.join(ROOT, 'scripts/serve.mjs');
const serveCli = (args, env = {}) => spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });

test('--help and -h print the usage and exit 0, serving nothing', () => {
  for (const args of [['--help'], ['-h'], ['dist', '--help']]) {
    const r = serveCli(args);
    assert.equal(r.status, 0, args.join(' '));
    assert.match(r.stdout, /^usage: node scripts\/serve\.mjs \[--port N\]/);
    assert.doesNotMatch(r.stdout, /serving/);
  }
});

test('bad arguments: a clear error on stderr, the usage, exit status 2', () => {
  const cases = [
    [['--port', 'abc'], /--port must be a port number from 0 to 65535, not 'abc'/],
    [['--port', '70000'], /not '70000'/],
    [['--port'], /argument missing/],
    [['--bogus'], /Unknown option '--bogus'/],
    [['dist', '8093', 'extra'], /one DIR and one PORT at most/],
    [['dist', '8093', '--port', '8094'], /given twice/],
    [['no-such-folder'], /no-such-folder is not a directory/],
  ];
  for (const [args, message] of cases) {
    const r = serveCli(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, message, args.join(' '));
    assert.match(r.stderr, /usage:/);
    assert.equal(r.stdout, '');
  }
  const env = serveCli(['dist'], { PORT: 'http' });
  assert.equal(env.status, 2);
  assert.match(env.stderr, /\$PORT must be a port number/);
});

test('parseServeArgs: what npm start -- ARGS gives it', () => {
  assert.deepEqual(parseServeArgs(['dist', '--port', '8093']), { dir: 'dist', port: 8093, portNamed: true });
  assert.deepEqual(parseServeArgs(['dist', '--port=0']), { dir: 'dist', port: 0, portNamed: true });
  assert.deepEqual(parseServeArgs(['web', '8093']), { dir: 'web', port: 8093, portNamed: true });
  assert.deepEqual(parseServeArgs([], { PORT: '9000' }), { dir: 'dist', port: 9000, portNamed: false });
  assert.deepEqual(parseServeArgs([]), { dir: 'dist', port: 8080, portNamed: false });
});

async function freePort() {
  const probe = await serve(path.join(ROOT, 'dist'), 0);
  const { port: free } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return free;
}

test('--port N serves on port N; a named port that is busy is an error, not another port', async () => {
  const free = await freePort();
  const child = spawn(process.execPath, [SCRIPT, 'dist', '--port', String(free)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    let out = '';
    child.stdout.setEncoding('utf8');
    while (!out.includes('serving')) out += (await once(child.stdout, 'data'))[0];
    assert.match(out, new RegExp(`http://127\\.0\\.0\\.1:${free}/`));
    const status = await new Promise((resolve, reject) =>
      http.get({ host: '127.0.0.1', port: free, path: '/' }, (res) => { res.resume(); resolve(res.statusCode); }).on('error', reject));
    assert.equal(status, 200);
    const busy = serveCli(['dist', '--port', String(free)]);
    assert.equal(busy.status, 1);
    assert.match(busy.stderr, new RegExp(`port ${free} is in use`));
  } finally {
    child.kill();
  }
});

// A raw request with headers, the body as sent (still compressed).
const fetchRaw = (rawPath, headers = {}) => new Promise((resolve, reject) => {
  http.get({ host: '127.0.0.1', port, path: rawPath, headers }, (res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
  }).on('error', reject);
});
const DECODE = { br: zlib.brotliDecompressSync, gzip: zlib.gunzipSync };

test('compressed as the browser asks (brotli, else gzip, else raw), the same bytes once decoded', async () => {
  for (const file of ['whosaid-core.wasm', 'index.html', 'app/main.js', 'worker.js', 'whosaid.mjs']) {
    const raw = fs.readFileSync(path.join(ROOT, 'dist', file));
    for (const [accept, encoding] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip'], ['identity', undefined], ['br;q=0, gzip', 'gzip']]) {
      const r = await fetchRaw(`/${file}`, { 'accept-encoding': accept });
      assert.equal(r.status, 200, file);
      assert.equal(r.headers['content-encoding'], encoding, `${file} for ${accept}`);
      assert.equal(r.headers.vary, 'accept-encoding');
      assert.equal(Number(r.headers['content-length']), r.body.length);
      assert.ok(encoding ? r.body.length < raw.length : r.body.equals(raw), file);
      if (encoding) assert.ok(DECODE[encoding](r.body).equals(raw), `${file} ${encoding} decodes to the file`);
    }
  }
  // The type still says what the content is, so wasm streams.
  assert.equal((await fetchRaw('/whosaid-core.wasm', { 'accept-encoding': 'br' })).headers['content-type'], 'application/wasm');
});

test('revalidation: an ETag per content, 304 without a body when it matches', async () => {
  const first = await fetchRaw('/whosaid-core.wasm', { 'accept-encoding': 'gzip' });
  assert.equal(first.headers['cache-control'], 'no-cache');
  assert.match(first.headers.etag, /^"[\w-]+"$/);
  const again = await fetchRaw('/whosaid-core.wasm', { 'if-none-match': first.headers.etag, 'accept-encoding': 'gzip' });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
  const other = await fetchRaw('/index.html', { 'if-none-match': first.headers.etag });
  assert.equal(other.status, 200, 'another file has another tag');
  assert.notEqual(other.headers.etag, first.headers.etag);
});

test('Accept-Encoding parsing', () => {
  assert.equal(pickEncoding(''), null);
  assert.equal(pickEncoding(undefined), null);
  assert.equal(pickEncoding('gzip, deflate, br, zstd'), 'br');
  assert.equal(pickEncoding('GZIP'), 'gzip');
  assert.equal(pickEncoding('br;q=0'), null);
  assert.equal(pickEncoding('*'), 'br');
  assert.equal(pickEncoding('*;q=0, gzip'), 'gzip');
});
