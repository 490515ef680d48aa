// The session file and the stored session record: one shape, version 1.
//   {"schema": "whosaid-session", "version": 1, "exported": ISO time, "generator": "whosaid …",
//    "session": {id, name, created, updated,
//                articles: [{id, title, text, date}],            // the open articles' texts
//                reviews:  [{article, start, end, text, speaker, verdict, note, sources, updated}]}}
// start/end: UTF-16 units into that article's text, and text === article.text.slice(start, end).
// Validation is complete before anything is stored: parseSessionFile() either returns a clean
// session or throws a SessionFileError whose message can be shown as it is.

export const SCHEMA = 'whosaid-session';
export const VERSION = 1;
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export const VERDICTS = [
  ['accurate', 'Accurate'],
  ['misleading', 'Misleading'],
  ['false', 'False'],
  ['unverifiable', 'Unverifiable'],
  ['needs-context', 'Needs context'],
];
export const verdictLabel = (v) => VERDICTS.find(([value]) => value === v)?.[1] ?? '';

export class SessionFileError extends Error {}

const fail = (message) => { throw new SessionFileError(message); };
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Key of a review: the article and the claim's span. */
export const reviewKey = (article, start, end) => `${article}:${start}:${end}`;

function str(v, where, { max = 1e9, empty = true } = {}) {
  if (typeof v !== 'string') fail(`${where} should be text.`);
  if (!empty && v.trim() === '') fail(`${where} is empty.`);
  if (v.length > max) fail(`${where} is too long.`);
  return v;
}

function time(v, where) {
  str(v, where, { max: 40 });
  if (Number.isNaN(Date.parse(v))) fail(`${where} is not a date and time.`);
  return v;
}

/** Checks a session record (the "session" of a file, or what the store holds); returns a clean copy. */
export function validateSession(s) {
  if (!isObject(s)) fail('The file has no session in it.');
  const session = {
    id: str(s.id, 'The session id', { max: 100, empty: false }),
    name: str(s.name, 'The session name', { max: 200, empty: false }),
    created: time(s.created, 'The creation time'),
    updated: time(s.updated, 'The modification time'),
    articles: [],
    reviews: [],
  };
  if (!Array.isArray(s.articles)) fail('The session has no list of articles.');
  const texts = new Map();
  s.articles.forEach((a, i) => {
    const where = `Article ${i + 1}`;
    if (!isObject(a)) fail(`${where} is not an article.`);
    const article = {
      id: str(a.id, `${where}'s id`, { max: 100, empty: false }),
      title: str(a.title ?? '', `${where}'s title`, { max: 1000 }),
      text: str(a.text, `${where}'s text`),
      date: a.date == null ? null : str(a.date, `${where}'s date`, { max: 10 }),
    };
    if (article.date !== null && !ISO_DAY.test(article.date)) fail(`${where}'s date should look like 2024-11-15.`);
    if (texts.has(article.id)) fail(`Two articles have the id “${article.id}”.`);
    texts.set(article.id, article.text);
    session.articles.push(article);
  });
  if (!Array.isArray(s.reviews)) fail('The session has no list of reviews.');
  const keys = new Set();
  s.reviews.forEach((r, i) => {
    const where = `Review ${i + 1}`;
    if (!isObject(r)) fail(`${where} is not a review.`);
    const article = str(r.article, `${where}'s article`, { max: 100 });
    if (!texts.has(article)) fail(`${where} is about an article the session does not have.`);
    const text = texts.get(article);
    const { start, end } = r;
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start || end > text.length)
      fail(`${where}'s position is outside its article.`);
    const review = {
      article, start, end,
      text: str(r.text, `${where}'s claim text`),
      speaker: r.speaker == null ? null : str(r.speaker, `${where}'s speaker`, { max: 1000 }),
      verdict: str(r.verdict ?? '', `${where}'s verdict`, { max: 40 }),
      note: str(r.note ?? '', `${where}'s note`, { max: 1e6 }),
      sources: r.sources ?? [],
      updated: time(r.updated, `${where}'s modification time`),
    };
    if (review.text !== text.slice(start, end)) fail(`${where}'s claim does not match its article's text.`);
    if (review.verdict !== '' && !VERDICTS.some(([v]) => v === review.verdict))
      fail(`${where} has an unknown verdict “${review.verdict.slice(0, 40)}”.`);
    if (!Array.isArray(review.sources)) fail(`${where}'s sources should be a list.`);
    review.sources = review.sources.map((src, j) => str(src, `${where}'s source ${j + 1}`, { max: 4000 }));
    const key = reviewKey(article, start, end);
    if (keys.has(key)) fail(`Two reviews are about the same claim (${where}).`);
    keys.add(key);
    session.reviews.push(review);
  });
  return session;
}

/** Brings an older file up to VERSION (there is only version 1 so far). */
function migrate(file) {
  return file;
}

/** Validates a parsed file object; returns the session in it. */
export function validateSessionFile(file) {
  if (!isObject(file)) fail('This is not a whosaid session file: it holds no JSON object.');
  if (file.schema !== SCHEMA) {
    if (file.format === 'whosaid-article') fail('This is a single article’s export (Download JSON), not a session file.');
    fail('This is not a whosaid session file (no "schema": "whosaid-session").');
  }
  if (!Number.isSafeInteger(file.version) || file.version < 1) fail('This session file has no valid version number.');
  if (file.version > VERSION)
    fail(`This session file was made by a newer whosaid (format version ${file.version}); this page reads version ${VERSION}. Update the page to import it.`);
  return validateSession(migrate(file).session);
}

/** Text of a file (already size-checked) → session, or a SessionFileError. */
export function parseSessionFile(text) {
  if (text.length > MAX_IMPORT_BYTES) fail(tooLarge(text.length));
  let file;
  try {
    file = JSON.parse(text);
  } catch {
    fail('This file is not valid JSON: it may be cut short or not a session file.');
  }
  return validateSessionFile(file);
}

export const tooLarge = (bytes) =>
  `This file is ${(bytes / 1e6).toFixed(1)} MB; session files over ${MAX_IMPORT_BYTES / 1024 / 1024} MB are refused.`;

/** The file for a session record. */
export function toSessionFile(session, { generator = 'whosaid', exported = new Date().toISOString() } = {}) {
  return { schema: SCHEMA, version: VERSION, exported, generator, session: validateSession(session) };
}
