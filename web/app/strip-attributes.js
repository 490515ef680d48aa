// HTML with every attribute taken out of its tags but `hidden` and `aria-hidden` (all that
// htmlToText reads), and no <script> or <style> element, before DOMParser sees it. Chromium checks an inert document's inline
// handlers and styles against the page's CSP while parsing and logs each refusal; with no
// attribute left there is no handler, style or src to refuse or to fetch. Text between tags
// is copied byte for byte, so the parsed text is unchanged.
//
// One pass, linear: the tag, comment and raw-text rules of the HTML tokenizer, simplified
// (foreign content such as <svg><style> is not special-cased: a mismatch only leaves an
// attribute in place, which the inert document still never runs).

const KEEP = new Set(['hidden', 'aria-hidden']);
// Elements whose content is text up to their end tag, not markup.
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title']);
// Raw-text elements left out whole (htmlToText never reads them): an inline <style> or
// <script> is refused by the CSP even in an inert document.
const DROPPED = new Set(['script', 'style']);
const SPACE = new Set(['\t', '\n', '\f', '\r', ' ']);
const isLetter = (c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

export function stripAttributes(html) {
  const lower = html.toLowerCase();
  const out = [];
  let i = 0;
  let copied = 0; // html[copied, i) is text still to copy
  const copyTo = (end) => { out.push(html.slice(copied, end)); copied = end; };

  /** Reads a tag from html[i] = '<'; returns {name, end} (end: just after '>') and pushes the cleaned tag. */
  const tag = (closing) => {
    let j = i + (closing ? 2 : 1);
    const nameStart = j;
    while (j < html.length && !SPACE.has(html[j]) && html[j] !== '/' && html[j] !== '>') j++;
    const name = html.slice(nameStart, j);
    const kept = [];
    let selfClosing = false;
    while (j < html.length && html[j] !== '>') {
      if (SPACE.has(html[j])) { j++; continue; }
      if (html[j] === '/') { selfClosing = true; j++; continue; }
      selfClosing = false;
      const attrStart = j;
      j++; // an attribute name's first character may be '='
      while (j < html.length && !SPACE.has(html[j]) && !'/>='.includes(html[j])) j++;
      const attrName = lower.slice(attrStart, j);
      let k = j;
      while (k < html.length && SPACE.has(html[k])) k++;
      if (html[k] === '=') {
        k++;
        while (k < html.length && SPACE.has(html[k])) k++;
        const quote = html[k];
        if (quote === '"' || quote === "'") {
          const close = html.indexOf(quote, k + 1);
          k = close === -1 ? html.length : close + 1;
        } else {
          while (k < html.length && !SPACE.has(html[k]) && html[k] !== '>') k++;
        }
        j = k;
      }
      if (!closing && KEEP.has(attrName)) kept.push(html.slice(attrStart, j));
    }
    const end = Math.min(j + 1, html.length);
    out.push(`<${closing ? '/' : ''}${name}${kept.map((a) => ` ${a}`).join('')}${selfClosing ? '/' : ''}>`);
    copied = end;
    return { name: name.toLowerCase(), end };
  };

  /** The index of `</name` followed by a space, '/' or '>' from `from`, or the end. */
  const endOfRawText = (name, from) => {
    for (let at = lower.indexOf(`</${name}`, from); at !== -1; at = lower.indexOf(`</${name}`, at + 1)) {
      const after = html[at + 2 + name.length];
      if (after === undefined || after === '/' || after === '>' || SPACE.has(after)) return at;
    }
    return html.length;
  };

  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    i = lt;
    const next = html[i + 1];
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close === -1 ? html.length : close + 3;
    } else if (next === '!' || next === '?') {
      const close = html.indexOf('>', i + 2);
      i = close === -1 ? html.length : close + 1;
    } else if (isLetter(next ?? '') || (next === '/' && isLetter(html[i + 2] ?? ''))) {
      copyTo(i);
      const { name, end } = tag(next === '/');
      i = end;
      if (next !== '/' && DROPPED.has(name)) {
        out.pop(); // the start tag; the end tag, if any, is an empty element's and harmless
        i = endOfRawText(name, i);
        copied = i;
      } else if (next !== '/' && RAW_TEXT.has(name)) i = endOfRawText(name, i);
      else if (next !== '/' && name === 'plaintext') i = html.length;
    } else {
      i++;
    }
  }
  copyTo(html.length);
  return out.join('');
}
