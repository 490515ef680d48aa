// dist/whosaid.html: the page as ONE file that works from file:// with no server.
//
// dist/index.html is copied with every local <link rel="stylesheet"> and <script src> inlined,
// each script bundled by esbuild together with whosaid.mjs and its emscripten glue. Since
// file:// can neither fetch the .wasm nor start new Worker('worker.js'), one classic inline
// script, placed before all others, defines two globals:
//   globalThis.WHOSAID_WASM_BASE64   the .wasm, base64; whosaid.mjs compiles it instead of fetching.
//   globalThis.WHOSAID_WORKER_SOURCE worker.js bundled into one CLASSIC script that first sets
//                                    the same WHOSAID_WASM_BASE64 in the worker's own global.
// The page starts its worker from a Blob when WHOSAID_WORKER_SOURCE exists (see docs/build.md):
//   new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })))
// Classic, because Chromium refuses module workers from blob: URLs of a file:// page (opaque
// origin); in the IIFE bundle import.meta is empty, which whosaid.mjs never needs there.
// The base64 text appears once in the file; the worker's copy is made at run time.
// The page's Content-Security-Policy is rewritten to allow exactly these inline scripts and
// styles (by sha256) and blob: workers, instead of 'self', which means nothing on file://.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

const ESBUILD = {
  bundle: true, write: false, minify: true, legalComments: 'none', charset: 'utf8',
  platform: 'browser', target: 'es2020', logLevel: 'warning',
  external: ['node:*'], // whosaid.mjs imports node:fs/promises only when running in Node
  logOverride: { 'empty-import-meta': 'silent' }, // see the worker above
};

async function bundle(entry, format) {
  const r = await esbuild.build({ ...ESBUILD, entryPoints: [entry], format });
  return r.outputFiles[0].text;
}

// Inline <script> text must not contain "</script"; "<\/" means the same inside JS
// strings, regexes and comments, the only places it can occur.
const scriptSafe = (js) => js.replace(/<\/(script)/gi, '<\\/$1');
const attr = (tag, name) => tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'))?.slice(1).find((v) => v !== undefined);
const isLocal = (url) => url !== undefined && !/^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i.test(url);

const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`;

// Replaces 'self' in script-src / style-src / worker-src by the given sources.
function rewriteCsp(policy, sources) {
  return policy.split(';').map((d) => {
    const [name, ...values] = d.trim().split(/\s+/);
    if (!(name in sources)) return d.trim();
    return [name, ...values.filter((v) => v !== "'self'"), ...sources[name]].join(' ');
  }).join('; ');
}

export async function buildSingleFile({ dir, out }) {
  const web = dir;
  const wasm = path.join(dir, 'whosaid-core.wasm');
  let html = fs.readFileSync(path.join(web, 'index.html'), 'utf8');
  const replacements = [];
  const scripts = [];
  const styles = [];

  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const href = attr(m[0], 'href');
    if (!/\bstylesheet\b/i.test(attr(m[0], 'rel') ?? '') || !isLocal(href)) continue;
    const css = await esbuild.build({ ...ESBUILD, entryPoints: [path.join(web, href)], loader: { '.svg': 'dataurl', '.png': 'dataurl', '.woff2': 'dataurl' } });
    const text = css.outputFiles[0].text.replace(/<\/(style)/gi, '<\\/$1');
    styles.push(text);
    replacements.push([m[0], `<style>${text}</style>`]);
  }
  for (const m of html.matchAll(/<script\b[^>]*>\s*<\/script\s*>/gi)) {
    const src = attr(m[0], 'src');
    if (!isLocal(src)) continue;
    const module = /^module$/i.test(attr(m[0], 'type') ?? '');
    const js = await bundle(path.join(web, src), module ? 'esm' : 'iife');
    scripts.push(scriptSafe(js));
    replacements.push([m[0], `<script${module ? ' type="module"' : ''}>${scripts.at(-1)}</script>`]);
  }
  for (const [from, to] of replacements) html = html.replace(from, () => to);

  // The icon becomes a data: URL; the web app manifest goes (nothing installs from file://,
  // and the page registers no service worker there).
  html = html.replace(/<link\b[^>]*>\s*/gi, (tag) => {
    const rel = attr(tag, 'rel') ?? '';
    const href = attr(tag, 'href');
    if (/\bmanifest\b/i.test(rel) && isLocal(href)) return '';
    if (/\bicon\b/i.test(rel) && isLocal(href) && /\.svg$/i.test(href)) {
      const svg = fs.readFileSync(path.join(web, href)).toString('base64');
      return tag.replace(href, `data:image/svg+xml;base64,${svg}`);
    }
    return tag;
  });

  const worker = await bundle(path.join(web, 'worker.js'), 'iife');
  const b64 = fs.readFileSync(wasm).toString('base64');
  const globalsJs = `globalThis.WHOSAID_WASM_BASE64=${JSON.stringify(b64)};` +
    'globalThis.WHOSAID_WORKER_SOURCE="globalThis.WHOSAID_WASM_BASE64="+JSON.stringify(globalThis.WHOSAID_WASM_BASE64)+";\\n"+' +
    `${scriptSafe(JSON.stringify(worker))};`;
  scripts.push(globalsJs);
  const globals = `<script>${globalsJs}</script>`;
  // Before the first script, so it runs before anything that loads the module.
  const first = html.search(/<script\b/i);
  html = first >= 0 ? html.slice(0, first) + globals + '\n' + html.slice(first) : html.replace(/<\/head>/i, `${globals}\n</head>`);

  html = html.replace(/(<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*\scontent\s*=\s*")([^"]*)"/i,
    (_, head, policy) => `${head}${rewriteCsp(policy, {
      'script-src': scripts.map(sha256), 'style-src': styles.map(sha256), 'worker-src': ['blob:'],
    })}"`);

  // Anything still pointing at a local file would break from file://: fail the build.
  const leftovers = [...html.matchAll(/<(?:script|link|img|source|iframe)\b[^>]*>/gi)]
    .map((m) => attr(m[0], 'src') ?? attr(m[0], 'href')).filter(isLocal);
  if (leftovers.length) throw new Error(`whosaid.html: local references left: ${leftovers.join(', ')}`);
  fs.writeFileSync(out, html);
}
