// A small static file server for dist/: 127.0.0.1 only, GET/HEAD, correct MIME types
// (application/wasm enables streaming compilation; .mjs must be JavaScript for module
// scripts), and no way out of the root directory. Text and wasm go compressed (brotli when
// the browser asks for it, else gzip: a first visit moves a third of the raw bytes), each
// file compressed once per version (or by the build). File names carry no hash, so every response says
// `no-cache` with an ETag: a browser keeps its copy and revalidates it (304, no body).
//   node scripts/serve.mjs [--port N] [DIR] [PORT]   (--help for the details; npm start -- --port N)
// Tests: import { serve } from '../../scripts/serve.mjs'; const s = await serve('dist', 0).
import crypto from 'node:crypto';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

// Already compressed (or tiny and binary): sent as they are.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.wasm', '.svg', '.txt', '.ts']);

/** The encoding to send for an Accept-Encoding header: 'br', 'gzip' or null. */
export function pickEncoding(accept = '') {
  const offered = new Map();
  for (const part of String(accept).toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((x) => x.trim()).find((x) => x.startsWith('q='));
    offered.set(name.trim(), q ? Number(q.slice(2)) : 1);
  }
  const ok = (name) => (offered.get(name) ?? (offered.has('*') ? offered.get('*') : 0)) > 0;
  return ok('br') ? 'br' : ok('gzip') ? 'gzip' : null;
}

// One entry per file, replaced when its content changes: ETag (a hash of the bytes, so a
// rebuilt file is never taken for the old one), compressed copies made on first demand.
const versions = new Map();
function versionOf(file, body) {
  const tag = `"${crypto.createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`;
  const known = versions.get(file);
  if (known?.tag === tag) return known;
  const entry = { tag, body, encoded: {} };
  versions.set(file, entry);
  return entry;
}
// The build leaves FILE.br and FILE.gz next to the page's files (scripts/precompress.mjs, at
// the slowest, smallest settings); they are used when no older than FILE. Anything else is
// compressed here at quick settings (brotli 11 takes seconds for the wasm; 5 takes ~20 ms).
const SUFFIX = { br: '.br', gzip: '.gz' };
function encoded(entry, file, encoding) {
  if (!entry.encoded[encoding]) {
    try {
      const pre = `${file}${SUFFIX[encoding]}`;
      if (fs.statSync(pre).mtimeMs >= fs.statSync(file).mtimeMs) entry.encoded[encoding] = fs.readFileSync(pre);
    } catch { /* none: compress below */ }
  }
  entry.encoded[encoding] ??= encoding === 'br'
    ? zlib.brotliCompressSync(entry.body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } })
    : zlib.gzipSync(entry.body, { level: 6 });
  return entry.encoded[encoding];
}

/** Resolves a URL path inside root, or null when it would leave root. */
export function resolveInside(root, urlPath) {
  let rel;
  try { rel = decodeURIComponent(urlPath); } catch { return null; }
  if (rel.includes('\0')) return null;
  const file = path.resolve(root, `.${path.posix.normalize(`/${rel}`)}`);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

export function serve(dir = 'dist', port = 0, host = '127.0.0.1') {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return res.writeHead(405).end();
    let file = resolveInside(root, new URL(req.url, 'http://localhost').pathname);
    if (!file) return res.writeHead(400).end('bad path');
    fs.stat(file, (err, st) => {
      if (!err && st.isDirectory()) file = path.join(file, 'index.html');
      fs.readFile(file, (err2, raw) => {
        if (err2) return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        const ext = path.extname(file).toLowerCase();
        const entry = versionOf(file, raw);
        const headers = {
          'content-type': TYPES[ext] || 'application/octet-stream',
          'cache-control': 'no-cache',
          etag: entry.tag,
          vary: 'accept-encoding',
          'x-content-type-options': 'nosniff',
        };
        if (req.headers['if-none-match']?.split(/\s*,\s*/).includes(entry.tag)) return res.writeHead(304, headers).end();
        const encoding = COMPRESSIBLE.has(ext) && raw.length > 512 ? pickEncoding(req.headers['accept-encoding']) : null;
        const body = encoding ? encoded(entry, file, encoding) : raw;
        if (encoding) headers['content-encoding'] = encoding;
        headers['content-length'] = body.length;
        res.writeHead(200, headers);
        res.end(req.method === 'HEAD' ? undefined : body);
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

export const USAGE = `usage: node scripts/serve.mjs [--port N] [DIR] [PORT]
Serves DIR (default: dist) at http://127.0.0.1:PORT/, to this machine only.
  --port N, PORT  the port, 0 to 65535 (0 = any free port). Default: $PORT, else 8080,
                  and a free port when that one is busy; a port you name must be free.
  -h, --help      print this and exit
With npm: npm start -- --port 8093`;

/** A command line that cannot be served: the message says why. */
export class UsageError extends Error {}

function parsePort(text, where) {
  if (!/^[0-9]{1,5}$/.test(text) || Number(text) > 65535) throw new UsageError(`${where} must be a port number from 0 to 65535, not '${text}'`);
  return Number(text);
}

/** The command line -> { help } or { dir, port, portNamed }; throws UsageError. */
export function parseServeArgs(argv, env = {}) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true,
      options: { port: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (err) {
    throw new UsageError(err.message.split('. ')[0]);  // node's own wording, without its hint about '--'
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  const [dir = 'dist', ...rest] = positionals;
  if (rest.length > 1) throw new UsageError(`one DIR and one PORT at most, not ${positionals.map((p) => `'${p}'`).join(' ')}`);
  if (rest.length && values.port !== undefined) throw new UsageError('the port is given twice (--port and PORT)');
  const named = values.port ?? rest[0];
  if (named !== undefined) return { dir, port: parsePort(named, named === values.port ? '--port' : 'PORT'), portNamed: true };
  return { dir, port: env.PORT !== undefined ? parsePort(env.PORT, '$PORT') : 8080, portNamed: false };
}

async function main(argv) {
  let args;
  try {
    args = parseServeArgs(argv, process.env);
    if (!args.help && !fs.statSync(args.dir, { throwIfNoEntry: false })?.isDirectory())
      throw new UsageError(`${args.dir} is not a directory${args.dir === 'dist' ? ' (build first: npm run build)' : ''}`);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`serve: ${err.message}\n${USAGE}`);
    process.exit(2);
  }
  if (args.help) return console.log(USAGE);
  const { dir, port, portNamed } = args;
  const server = await serve(dir, port).catch((err) => {
    if (err.code !== 'EADDRINUSE') throw err;
    if (portNamed) {
      console.error(`serve: port ${port} is in use; name another one (--port N) or 0 for any free port`);
      process.exit(1);
    }
    console.log(`port ${port} is busy; using a free one`);
    return serve(dir, 0);
  });
  console.log(`whosaid: serving ${dir}/ at http://127.0.0.1:${server.address().port}/  (Ctrl-C to stop)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
