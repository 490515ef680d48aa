// Where an article comes from: its URL, outlet and publication date, read from what the input
// tells. From pasted or dropped HTML only these named values are read, by a linear scan of
// the raw markup (never through the DOM, so no other attribute is ever parsed): <link
// rel=canonical href>, <meta property=og:url / og:site_name / article:published_time content>
// and the first <time datetime>. Each value is text, checked before it is kept: an http(s)
// URL, a name of at most 200 characters, a real calendar day. Then a dateline in the text's
// first lines ("June 10, 2016", "10 June 2016", "2016-06-10") and a date in a file's name.

const SPACE = /[\t\n\f\r ]/;
const MAX_OUTLET = 200;
const MAX_URL = 2000;
const DATELINE_LINES = 5;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// The tags whose attributes are read, and which of their attributes.
const READ = { link: ['rel', 'href'], meta: ['property', 'name', 'content'], time: ['datetime'] };

/** 'YYYY-MM-DD' of a real calendar day, or null. */
export function calendarDay(y, m, d) {
  const year = Number(y), month = Number(m), day = Number(d);
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day of an ISO date or date-time ("2016-08-10", "2016-08-10T14:03:00-04:00"), or null. */
export function isoDay(value) {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(String(value ?? ''));
  return m ? calendarDay(m[1], m[2], m[3]) : null;
}

/** An http(s) URL as text (trimmed), or null. */
export function webUrl(value) {
  const s = String(value ?? '').trim();
  if (!s || s.length > MAX_URL || /\s/.test(s)) return null;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decodeEntities = (s) => s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (all, e) => {
  if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? all;
  const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : all;
});

/** An outlet's name as plain text: one line, at most 200 characters, or null. */
export function outletName(value) {
  const s = decodeEntities(String(value ?? '')).replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return s ? s.slice(0, MAX_OUTLET) : null;
}

/** The tags named in READ, each as {name, attrs}, in one left-to-right pass over `html`. */
function readTags(html) {
  const lower = html.toLowerCase();
  const tags = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    let j = lt + 1;
    while (j < html.length && !SPACE.test(html[j]) && html[j] !== '/' && html[j] !== '>') j++;
    const name = lower.slice(lt + 1, j);
    const wanted = READ[name];
    const attrs = {};
    while (j < html.length && html[j] !== '>') {
      if (SPACE.test(html[j]) || html[j] === '/') { j++; continue; }
      const start = j++;
      while (j < html.length && !SPACE.test(html[j]) && !'/>='.includes(html[j])) j++;
      const attr = lower.slice(start, j);
      let k = j;
      while (k < html.length && SPACE.test(html[k])) k++;
      let value = '';
      if (html[k] === '=') {
        k++;
        while (k < html.length && SPACE.test(html[k])) k++;
        const quote = html[k];
        if (quote === '"' || quote === "'") {
          const close = html.indexOf(quote, k + 1);
          value = close === -1 ? '' : html.slice(k + 1, close); // a value never closed is cut off: not used
          k = close === -1 ? html.length : close + 1;
        } else {
          const from = k;
          while (k < html.length && !SPACE.test(html[k]) && html[k] !== '>') k++;
          value = html.slice(from, k);
        }
        j = k;
      }
      if (wanted?.includes(attr) && !(attr in attrs)) attrs[attr] = value;
    }
    if (wanted) tags.push({ name, attrs });
    i = j + 1;
  }
  return tags;
}

/** {url, outlet, date} from an HTML document's metadata; each null when it says nothing usable. */
export function htmlSource(html) {
  const found = { canonical: null, ogUrl: null, outlet: null, published: null, time: null };
  for (const { name, attrs } of readTags(String(html ?? ''))) {
    if (name === 'link' && !found.canonical && (attrs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'))
      found.canonical = webUrl(decodeEntities(attrs.href ?? ''));
    if (name === 'meta') {
      const key = (attrs.property ?? attrs.name ?? '').toLowerCase();
      const content = decodeEntities(attrs.content ?? '');
      if (key === 'og:url' && !found.ogUrl) found.ogUrl = webUrl(content);
      if (key === 'og:site_name' && !found.outlet) found.outlet = outletName(content);
      if (key === 'article:published_time' && !found.published) found.published = isoDay(content);
    }
    if (name === 'time' && !found.time) found.time = isoDay(attrs.datetime);
  }
  return { url: found.canonical ?? found.ogUrl, outlet: found.outlet, date: found.published ?? found.time };
}

/** A full date on one of the text's first lines (a dateline), as 'YYYY-MM-DD', or null. */
export function datelineDate(text) {
  const lines = String(text ?? '').split(/\r\n|\r|\n/).filter((l) => l.trim() !== '').slice(0, DATELINE_LINES);
  for (const line of lines) {
    const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(line);
    if (iso && calendarDay(iso[1], iso[2], iso[3])) return calendarDay(iso[1], iso[2], iso[3]);
    // "June 10, 2016", "Aug. 10, 2016"
    const mdy = /\b([A-Z][a-z]{2,8})\.? (\d{1,2}),? (\d{4})\b/.exec(line);
    if (mdy) {
      const month = MONTHS.indexOf(mdy[1].slice(0, 3).toLowerCase());
      const day = month >= 0 ? calendarDay(mdy[3], month + 1, mdy[2]) : null;
      if (day) return day;
    }
    // "10 June 2016"
    const dmy = /\b(\d{1,2}) ([A-Z][a-z]{2,8})\.? (\d{4})\b/.exec(line);
    if (dmy) {
      const month = MONTHS.indexOf(dmy[2].slice(0, 3).toLowerCase());
      const day = month >= 0 ? calendarDay(dmy[3], month + 1, dmy[1]) : null;
      if (day) return day;
    }
  }
  return null;
}

/** A YYYY-MM-DD in a file's name ("usa-today_2016-08-10_trump.txt"), or null. */
export function fileNameDate(name) {
  const m = /(?:^|[^0-9])(\d{4})-(\d{2})-(\d{2})(?![0-9])/.exec(String(name ?? ''));
  return m ? calendarDay(m[1], m[2], m[3]) : null;
}

/** The source fields of a new article: HTML metadata first, then the dateline, then the file name. */
export function articleSource({ html = null, text = '', fileName = null } = {}) {
  const meta = html == null ? { url: null, outlet: null, date: null } : htmlSource(html);
  return { url: meta.url, outlet: meta.outlet, date: meta.date ?? datelineDate(text) ?? fileNameDate(fileName) };
}
