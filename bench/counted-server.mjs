// npm start's server (scripts/serve.mjs, or the module named) in a process of its own, counting
// what it writes: bench/page-start.mjs forks it. Counted where the bytes leave: the server's
// sockets (body + headers, every client: the page, its worker, the service worker) and each
// response's path, status and bytes. IPC: sends {port} once listening; answers 'report' with
// {wire_bytes, files: [{path, status, wire}]}.
//   (forked) node bench/counted-server.mjs DIST SERVE-MODULE
import { pathToFileURL } from 'node:url';

const [dist, serveModule] = process.argv.slice(2);
const { serve } = await import(pathToFileURL(serveModule).href);
const server = await serve(dist, 0);
const sockets = new Set();
const files = [];
server.on('connection', (socket) => sockets.add(socket));
server.on('request', (req, res) => {
  const before = req.socket.bytesWritten; // one request at a time per connection (HTTP/1.1)
  res.on('finish', () => files.push({
    path: new URL(req.url, 'http://x').pathname, status: res.statusCode, wire: req.socket.bytesWritten - before,
  }));
});
process.on('message', (m) => {
  if (m !== 'report') return;
  process.send({ wire_bytes: [...sockets].reduce((n, socket) => n + socket.bytesWritten, 0), files: [...files] });
});
process.on('disconnect', () => process.exit(0));
process.send({ port: server.address().port });
