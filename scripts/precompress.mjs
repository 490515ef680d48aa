// FILE.br (brotli, quality 11) and FILE.gz (gzip -9) next to each given file of dist/, made once
// at build time because brotli's best setting takes seconds on the wasm; scripts/serve.mjs
// sends them instead of compressing on every start. About 2.5 s for the page's files.
import fs from 'node:fs';
import zlib from 'node:zlib';

export function precompress(files) {
  for (const file of files) {
    const raw = fs.readFileSync(file);
    if (raw.length <= 512) continue; // serve.mjs sends these as they are
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(raw, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }));
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(raw, { level: 9 }));
  }
}
