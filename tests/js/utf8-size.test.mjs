// The page's UTF-8 size of a text (web/app/utf8-size.js, for "Annotating 5.0 MB…" and the
// progress bar) equals the bytes an encoder writes, whatever the text: pairs and lone
// surrogates on every side of its 16k-unit chunks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { utf8Bytes } from '../../web/app/utf8-size.js';
import { newsText } from '../e2e/news-text.mjs';
import { TRICKY } from './helpers.mjs';

const encoded = (text) => new TextEncoder().encode(text).length;

test('the size of a text is what TextEncoder writes for it', () => {
  const pad = 'x'.repeat(16_383);
  const cases = [
    ...TRICKY, newsText(300_000), 'é'.repeat(40_000), '中'.repeat(40_000), '😀'.repeat(30_000),
    `${pad}😀tail`, `${pad}x😀`, `${pad}\ud800`, `${pad}\ud800x`, `${pad}\udc00`, `\udc00\ud800`, 'a\ud800b\udc00',
  ];
  for (const text of cases) assert.equal(utf8Bytes(text), encoded(text), JSON.stringify(text.slice(-20)));
});
