// A small static file server for dist/: 127.0.0.1 only, GET/HEAD, correct MIME types
// (application/wasm enables streaming compilation; .mjs must be JavaScript for module
// scripts), and no way out of the root directory.
//   node scripts/serve.mjs [--port N] [DIR] [PORT]   (--help for the details; npm start -- --port N)
// Tests: import { serve } from '../../scripts/serve.mjs'; const s = await serve('dist', 0).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

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
      fs.readFile(file, (err2, body) => {
        if (err2) return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        res.writeHead(200, {
          'content-type': TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream',
          'content-length': body.length,
          'cache-control': 'no-cache',
          'x-content-type-options': 'nosniff',
        });
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
