// The article's source read from pasted HTML, a dateline and a file name (web/app/article-source.js):
// only the named metadata, each value checked; anything else is left out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleSource, datelineDate, fileNameDate, htmlSource } from '../../web/app/article-source.js';

test('HTML metadata: canonical link before og:url, og:site_name, published time before <time>', () => {
  const html = `<head><meta property="og:url" content="https://a.example/og">
    <LINK REL="alternate canonical" HREF='https://a.example/canon?x=1&amp;y=2'>
    <meta content="Tom &amp; Jerry&#39;s Times" property="og:site_name">
    <meta property=article:published_time content=2016-08-10T14:03:00-04:00></head>
    <body><time datetime="2001-01-01">old</time></body>`;
  assert.deepEqual(htmlSource(html), { url: 'https://a.example/canon?x=1&y=2', outlet: "Tom & Jerry's Times", date: '2016-08-10' });
  assert.deepEqual(htmlSource('<meta property="og:url" content="https://b.example/x"><time datetime="2016-02-29">'),
    { url: 'https://b.example/x', outlet: null, date: '2016-02-29' });
});

test('HTML metadata that is not usable is left out, never passed on', () => {
  const html = `<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="file:///etc/passwd">
    <meta property="og:site_name" content="   "><meta property="article:published_time" content="2015-02-29">
    <!-- <meta property="og:site_name" content="In a comment"> --><time datetime="soon">`;
  assert.deepEqual(htmlSource(html), { url: null, outlet: null, date: null });
  const long = htmlSource(`<meta property="og:site_name" content="${'x'.repeat(5000)}">`).outlet;
  assert.equal(long.length, 200);
  assert.deepEqual(htmlSource('<meta property="og:url" content="https://unclosed.example'), { url: null, outlet: null, date: null });
});

test('a dateline among the first lines, and a date in a file name', () => {
  assert.equal(datelineDate('Bridge to close\nPorthaven, 14 March 2025\n\nText.'), '2025-03-14');
  assert.equal(datelineDate('Title\nAug. 10, 2016 — WASHINGTON\nText'), '2016-08-10');
  assert.equal(datelineDate('Title\n2016-06-13\nText'), '2016-06-13');
  assert.equal(datelineDate('Title\nFebruary 30, 2016\nText'), null);
  assert.equal(datelineDate('1\n2\n3\n4\n5\nJune 10, 2016'), null); // only the first five lines
  assert.equal(fileNameDate('usa-today_2016-08-10_trump.txt'), '2016-08-10');
  assert.equal(fileNameDate('report-12016-08-10.txt'), null);
  assert.equal(fileNameDate('notes.txt'), null);
});

test('HTML metadata wins over the dateline, the dateline over the file name', () => {
  const html = '<meta property="article:published_time" content="2016-08-11">';
  assert.equal(articleSource({ html, text: 'T\nJune 10, 2016', fileName: 'x_2016-01-01.html' }).date, '2016-08-11');
  assert.equal(articleSource({ text: 'T\nJune 10, 2016', fileName: 'x_2016-01-01.txt' }).date, '2016-06-10');
  assert.equal(articleSource({ text: 'T', fileName: 'x_2016-01-01.txt' }).date, '2016-01-01');
});
