// Where article text comes from besides typing: a paste (plain text, or a web page's HTML
// reduced to its text) and dropped .txt / .html files. HTML is only ever read through
// htmlToText(); none of it reaches the page.

import { articleSource } from './article-source.js';
import { htmlToText } from './html-to-text.js';
import { WHOLE_MAX } from './text-box.js';

const TEXT_FILE = /\.(txt|text)$/i;
const HTML_FILE = /\.html?$/i;

/**
 * Text of a clipboard or drag DataTransfer: text/plain when present, else text/html's text;
 * with the article's source ({url, outlet, date}) from the HTML's metadata or a dateline.
 */
export function transferText(data) {
  if (!data) return null;
  const types = [...data.types];
  const html = types.includes('text/html') ? data.getData('text/html') : null;
  if (types.includes('text/plain')) {
    const text = data.getData('text/plain');
    if (text !== '') return { text, title: '', ...articleSource({ html, text }) };
  }
  if (html != null) {
    const article = htmlToText(html);
    return { ...article, ...articleSource({ html, text: article.text }) };
  }
  return null;
}

/** A dropped file's article: { text, title } or { error }. */
export async function readArticleFile(file) {
  const isHtml = HTML_FILE.test(file.name) || file.type === 'text/html';
  const isText = TEXT_FILE.test(file.name) || file.type === 'text/plain';
  if (!isHtml && !isText) return { error: `${file.name}: only .txt and .html files can be opened` };
  const raw = await file.text();
  const stem = file.name.replace(/\.[^.]*$/, '');
  if (!isHtml) return { text: raw, title: stem, ...articleSource({ text: raw, fileName: file.name }) };
  const { text, title } = htmlToText(raw);
  return { text, title: title || stem, ...articleSource({ html: raw, text, fileName: file.name }) };
}

/**
 * Wires paste and drop:
 * - a paste into the article box while it is read-only (annotated) calls onArticles;
 * - a paste into the article box with only HTML on the clipboard is converted and inserted
 *   by us (plain text pastes keep the browser's own paste, with its undo); then
 *   onPasted({url, outlet, date}) with what the HTML's metadata says;
 * - a plain text longer than the box holds whole (text-box.js) calls onLongPaste(text)
 *   instead of going into the box;
 * - a paste anywhere else on the page (not in a field) calls onArticles([{text, title}]);
 * - dropped files call onArticles with each readable file, onProblems with the others.
 */
export function installInputSources({ input, onPasted, onLongPaste, onArticles, onProblems }) {
  input.addEventListener('paste', (e) => {
    if (input.readOnly) { // an annotated article: what is pasted opens as another article
      e.preventDefault();
      const article = transferText(e.clipboardData);
      if (article && article.text.trim() !== '') onArticles([article]);
      return;
    }
    const types = [...(e.clipboardData?.types || [])];
    if (types.includes('text/plain')) {
      // A long plain text never goes into the box whole (the editor's paste would build and
      // lay out all of it): onLongPaste puts it into the tab's text, the box shows a part.
      const text = e.clipboardData.getData('text/plain');
      if (text.length <= WHOLE_MAX) return;
      e.preventDefault();
      onLongPaste(text);
      return;
    }
    if (!types.includes('text/html')) return;
    e.preventDefault();
    const html = e.clipboardData.getData('text/html');
    const { text } = htmlToText(html);
    input.setRangeText(text, input.selectionStart, input.selectionEnd, 'end');
    onPasted(articleSource({ html, text }));
  });

  document.addEventListener('paste', (e) => {
    const t = e.target;
    if (t instanceof HTMLElement && (t.isContentEditable || /^(TEXTAREA|INPUT)$/.test(t.tagName))) return;
    const article = transferText(e.clipboardData);
    if (!article || article.text.trim() === '') return;
    e.preventDefault();
    onArticles([article]);
  });

  // Files dragged over the page: show where they go, and keep the browser from opening them.
  let depth = 0;
  const hasFiles = (e) => [...(e.dataTransfer?.types || [])].includes('Files');
  const setDragging = (on) => document.body.classList.toggle('is-dragging', on);
  document.addEventListener('dragenter', (e) => { if (hasFiles(e)) { depth++; setDragging(true); } });
  document.addEventListener('dragleave', (e) => { if (hasFiles(e) && --depth <= 0) { depth = 0; setDragging(false); } });
  document.addEventListener('dragover', (e) => { if (hasFiles(e)) { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; } });
  document.addEventListener('drop', async (e) => {
    if (!hasFiles(e)) return; // dropped text falls into the box the browser's way
    e.preventDefault();
    depth = 0;
    setDragging(false);
    const read = await Promise.all([...e.dataTransfer.files].map(readArticleFile));
    const problems = read.filter((r) => r.error).map((r) => r.error);
    const articles = read.filter((r) => !r.error);
    if (articles.length) onArticles(articles);
    if (problems.length) onProblems(problems);
  });
}
