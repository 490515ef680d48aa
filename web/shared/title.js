// The one title rule for an article (a tab's label, the session view's heading, an orphaned
// review's "from …"): the title it was given (file name, HTML <title>), else its first
// non-blank line cut to `max` characters with an ellipsis, else "Article n".

/** The first non-blank line, trimmed, or ''. Reads only up to it: tabs are drawn often. */
function firstLine(text) {
  const lineBreak = /\r\n|\r|\n/g;
  let at = 0;
  while (at <= text.length) {
    const found = lineBreak.exec(text);
    const line = text.slice(at, found ? found.index : text.length).trim();
    if (line !== '') return line;
    if (!found) return '';
    at = lineBreak.lastIndex;
  }
  return '';
}

/** article: {title?, text}; n: its number from 1; max: the most characters shown. */
export function articleTitle(article, { n, max }) {
  const given = article.title?.trim();
  if (given) return given;
  const first = firstLine(article.text ?? '');
  if (!first) return `Article ${n}`;
  return first.length > max ? `${first.slice(0, max - 1).trimEnd()}…` : first;
}
