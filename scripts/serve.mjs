// A small static file server for dist/: 127.0.0.1 only, GET/HEAD, correct MIME types
// (application/wasm enables streaming compilation; .mjs must be JavaScript for module
// scripts), and no way out of the root directory.
//   node scripts/serve.mjs [dir=dist] [port=$PORT or 8080; 0 = any free port]
// Tests: import { serve } from '../../scripts/serve.mjs'; const s = await serve('dist', 0).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] || 'dist';
  const port = Number(process.argv[3] ?? process.env.PORT ?? 8080);
  const server = await serve(dir, port).catch((err) => {
    if (err.code !== 'EADDRINUSE') throw err;
    console.log(`port ${port} is busy; using a free one`);
    return serve(dir, 0);
  });
  console.log(`whosaid: serving ${dir}/ at http://127.0.0.1:${server.address().port}/  (Ctrl-C to stop)`);
}
