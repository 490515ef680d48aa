// Clipboard or file HTML -> plain article text, without running or showing any of it.
// DOMParser builds an inert document: no script runs, no image or frame loads, and nothing
// of it is ever inserted into the page; only its text is read, walking the tree. Attributes
// are taken out first (stripAttributes): no handler, style or URL is even parsed, so the
// page's CSP has nothing to refuse.

import { stripAttributes } from './strip-attributes.js';

// Elements whose content is never article text.
const SKIP = new Set(['HEAD', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED',
  'SVG', 'MATH', 'IMG', 'PICTURE', 'CANVAS', 'VIDEO', 'AUDIO', 'SELECT', 'BUTTON', 'INPUT', 'TEXTAREA']);
// Elements that start and end a paragraph.
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TR', 'UL', 'CAPTION']);

/**
 * htmlToText(html) -> { text, title }: one paragraph per block element, separated by a blank
 * line; <br> is a line break; runs of HTML white space collapse to one space except inside
 * <pre>; hidden elements and non-text content are left out. `title` is the document's
 * <title> (or '').
 */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(stripAttributes(String(html)), 'text/html');
  const paragraphs = [];
  let line = '';
  let lines = [];
  const endLine = () => { lines.push(line.trim()); line = ''; };
  const endParagraph = () => {
    endLine();
    const text = lines.join('\n').replace(/^\n+|\n+$/g, '');
    if (text.trim() !== '') paragraphs.push(text);
    lines = [];
  };

  const walk = (node, pre) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const t = child.data;
        if (pre) {
          const [first, ...rest] = t.split(/\r\n|\r|\n/);
          line += first;
          for (const r of rest) { endLine(); line = r; }
        } else {
          line += t.replace(/[\t\n\f\r ]+/g, ' ');
          if (/^ /.test(line) && line.trim() === '') line = ''; // no leading space on a line
          else line = line.replace(/ {2,}/g, ' ');
        }
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const tag = child.tagName.toUpperCase();
      if (SKIP.has(tag) || child.hasAttribute('hidden') || child.getAttribute('aria-hidden') === 'true') continue;
      if (tag === 'BR') { endLine(); continue; }
      const block = BLOCK.has(tag);
      if (block) endParagraph();
      if (tag === 'TD' || tag === 'TH') line += ' ';
      walk(child, pre || tag === 'PRE');
      if (block) endParagraph();
    }
  };
  walk(doc.body || doc.documentElement, false);
  endParagraph();
  const title = (doc.title || '').replace(/\s+/g, ' ').trim();
  return { text: paragraphs.join('\n\n'), title };
}
