// The session file and the stored session record: one shape, version 1.
//   {"schema": "whosaid-session", "version": 1, "exported": ISO time, "generator": "whosaid …",
//    "session": {id, name, created, updated, rev,
//                articles: [{id, title, text, date, url?, outlet?}], // the open articles' texts; date:
//                                                                 // publication; url, outlet: its source
//                reviews:  [{id, article, start, end, text, prefix, suffix, speaker, verdict, note, sources, updated}],
//                orphans:  [the same + articleTitle],           // reviews whose passage is gone, kept
//                corrections: [the reader's corrections, corrections/corrections.js]}}
// start/end: UTF-16 units into that article's text, and text === article.text.slice(start, end);
// prefix/suffix: the text around it, to find it again after an edit (quote-anchor.js). A
// review's id stays as it moves; records from before ids get one derived from the span, the
// same in every tab, so two tabs can merge their changes (merge.js). rev: bumped by each write.
// Validation is complete before anything is stored: parseSessionFile() either returns a clean
// session or throws a SessionFileError whose message can be shown as it is.

import { validateCorrections } from '../corrections/validate.js';

export const SCHEMA = 'whosaid-session';
export const VERSION = 1;
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

// The lengths (UTF-16 units) the reader accepts, and so the most the page ever stores: the
// writer cuts its input to them (fit()) before it saves, so a saved session always reads back.
export const LIMITS = {
  id: 100, name: 200, title: 1000, date: 10, time: 40, speaker: 1000, verdict: 40,
  note: 1_000_000, source: 4000, context: 1000,
  // More articles than a fact-check needs, few enough that opening them all stays quick.
  articles: 200,
};
export const IMPORTED_SUFFIX = ' (imported)';

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
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// What toISOString() writes (and the same with an offset): a loose "1" or "Tue 2" is refused.
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True for a day that exists: 2024-02-29 yes, 2024-02-30 and 2023-02-29 no. */
export function isCalendarDay(year, month, day) {
  const d = new Date(Date.UTC(+year, +month - 1, +day));
  return d.getUTCFullYear() === +year && d.getUTCMonth() === +month - 1 && d.getUTCDate() === +day;
}

/**
 * The writer's side of LIMITS: `s` made storable. Lone surrogates become U+FFFD (as the core
 * reads them) and the text is cut to `max` units without splitting a surrogate pair.
 */
export function fit(s, max) {
  let out = String(s).replace(new RegExp(LONE_SURROGATE, 'g'), '\uFFFD');
  if (out.length > max) out = out.slice(0, /[\uD800-\uDBFF]/.test(out[max - 1]) ? max - 1 : max);
  return out;
}

/** An imported session's name when its id is already taken: the suffix always fits. */
export const importedName = (name) => `${fit(name, LIMITS.name - IMPORTED_SUFFIX.length).trimEnd()}${IMPORTED_SUFFIX}`;

/** Key of a review: the article and the claim's span. */
export const reviewKey = (article, start, end) => `${article}:${start}:${end}`;

// Short fields must be well-formed UTF-16: the core and every export read them as UTF-8.
// (Article texts may hold lone surrogates: the core reads each as U+FFFD, offsets unchanged.)
function str(v, where, { max = Infinity, empty = true, wellFormed = true } = {}) {
  if (typeof v !== 'string') fail(`${where} should be text.`);
  if (!empty && v.trim() === '') fail(`${where} is empty.`);
  if (v.length > max) fail(`${where} is too long (${v.length.toLocaleString('en')} characters; at most ${max.toLocaleString('en')}).`);
  if (wellFormed && LONE_SURROGATE.test(v)) fail(`${where} holds a broken character (a lone UTF-16 surrogate).`);
  return v;
}

function time(v, where) {
  str(v, where, { max: LIMITS.time });
  const m = ISO_TIME.exec(v);
  if (!m || !isCalendarDay(m[1], m[2], m[3]) || Number.isNaN(Date.parse(v)))
    fail(`${where} should be a date and time such as 2024-11-15T09:30:00Z.`);
  return v;
}

function day(v, where) {
  str(v, where, { max: LIMITS.date });
  const m = ISO_DAY.exec(v);
  if (!m) fail(`${where} should look like 2024-11-15.`);
  if (!isCalendarDay(m[1], m[2], m[3])) fail(`${where} ${v} is not a day of the calendar.`);
  return v;
}

// An article's URL: http(s) only, as the page links nothing else.
function webUrlOf(v, where) {
  str(v, where, { max: LIMITS.source, empty: false });
  let u = null;
  try { u = new URL(v); } catch { /* said below */ }
  if (!u || !(u.protocol === 'http:' || u.protocol === 'https:') || /\s/.test(v)) fail(`${where} should be a web address (http or https).`);
  return v;
}

/** Checks a session record (the "session" of a file, or what the store holds); returns a clean copy. */
export function validateSession(s) {
  if (!isObject(s)) fail('The file has no session in it.');
  const session = {
    id: str(s.id, 'The session id', { max: LIMITS.id, empty: false }),
    name: str(s.name, 'The session name', { max: LIMITS.name, empty: false }),
    created: time(s.created, 'The creation time'),
    updated: time(s.updated, 'The modification time'),
    rev: s.rev ?? 0,
    articles: [],
    reviews: [],
    orphans: [],
    corrections: [],
  };
  if (!Number.isSafeInteger(session.rev) || session.rev < 0) fail('The session’s revision should be a whole number.');
  if (!Array.isArray(s.articles)) fail('The session has no list of articles.');
  if (s.articles.length > LIMITS.articles)
    fail(`The session has ${s.articles.length.toLocaleString('en')} articles; a session holds at most ${LIMITS.articles}.`);
  const texts = new Map();
  // Array.prototype.forEach skips holes: a sparse list would pass unseen.
  for (let i = 0; i < s.articles.length; i++) {
    const a = s.articles[i];
    const where = `Article ${i + 1}`;
    if (!isObject(a)) fail(`${where} is not an article.`);
    const article = {
      id: str(a.id, `${where}'s id`, { max: LIMITS.id, empty: false }),
      title: str(a.title ?? '', `${where}'s title`, { max: LIMITS.title }),
      text: str(a.text, `${where}'s text`, { wellFormed: false }),
      date: a.date == null ? null : day(a.date, `${where}'s date`),
      // the article's source, when known (files from before it have none)
      ...(a.url == null ? {} : { url: webUrlOf(a.url, `${where}'s URL`) }),
      ...(a.outlet == null ? {} : { outlet: str(a.outlet, `${where}'s outlet`, { max: LIMITS.title }) }),
    };
    if (texts.has(article.id)) fail(`Two articles have the id “${article.id}”.`);
    texts.set(article.id, article.text);
    session.articles.push(article);
  }
  if (!Array.isArray(s.reviews)) fail('The session has no list of reviews.');
  const keys = new Set();
  const ids = new Set();
  const unique = (review, where) => {
    if (ids.has(review.id)) fail(`Two reviews have the id “${review.id}” (${where}).`);
    ids.add(review.id);
  };
  for (let i = 0; i < s.reviews.length; i++) {
    const r = s.reviews[i];
    const where = `Review ${i + 1}`;
    if (!isObject(r)) fail(`${where} is not a review.`);
    const article = str(r.article, `${where}'s article`, { max: LIMITS.id });
    if (!texts.has(article)) fail(`${where} is about an article the session does not have.`);
    const review = validateReview(r, where, texts.get(article));
    const key = reviewKey(article, review.start, review.end);
    if (keys.has(key)) fail(`Two reviews are about the same claim (${where}).`);
    keys.add(key);
    unique(review, where);
    session.reviews.push(review);
  }
  // Orphans: optional (files from before them have none); their article may be closed.
  if (s.orphans != null && !Array.isArray(s.orphans)) fail('The session’s reviews without their passage should be a list.');
  for (let i = 0; i < (s.orphans?.length ?? 0); i++) {
    const where = `Review without its passage ${i + 1}`;
    const review = validateReview(s.orphans[i], where, null);
    unique(review, where);
    session.orphans.push(review);
  }
  session.corrections = validateCorrections(s.corrections, { str, time, fail, isObject, LIMITS });
  return session;
}

/** One review's fields, checked against its article's text (null for an orphan). */
function validateReview(r, where, text) {
  if (!isObject(r)) fail(`${where} is not a review.`);
  const article = str(r.article, `${where}'s article`, { max: LIMITS.id });
  const { start, end } = r;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start || end > (text?.length ?? Infinity))
    fail(`${where}'s position is outside its article.`);
  const review = {
    id: r.id == null ? reviewKey(article, start, end) : str(r.id, `${where}'s id`, { max: LIMITS.id * 2 + 40, empty: false }),
    article, start, end,
    text: str(r.text, `${where}'s claim text`, { wellFormed: false }),
    prefix: str(r.prefix ?? '', `${where}'s text before`, { max: LIMITS.context, wellFormed: false }),
    suffix: str(r.suffix ?? '', `${where}'s text after`, { max: LIMITS.context, wellFormed: false }),
    speaker: r.speaker == null ? null : str(r.speaker, `${where}'s speaker`, { max: LIMITS.speaker }),
    verdict: str(r.verdict ?? '', `${where}'s verdict`, { max: LIMITS.verdict }),
    note: str(r.note ?? '', `${where}'s note`, { max: LIMITS.note }),
    sources: r.sources ?? [],
    updated: time(r.updated, `${where}'s modification time`),
  };
  if (text != null && review.text !== text.slice(start, end)) fail(`${where}'s claim does not match its article's text.`);
  if (review.verdict !== '' && !VERDICTS.some(([v]) => v === review.verdict))
    fail(`${where} has an unknown verdict “${review.verdict.slice(0, 40)}”.`);
  if (!Array.isArray(review.sources)) fail(`${where}'s sources should be a list.`);
  review.sources = Array.from(review.sources, (src, j) => str(src, `${where}'s source ${j + 1}`, { max: LIMITS.source }));
  if (text == null) review.articleTitle = str(r.articleTitle ?? '', `${where}'s article title`, { max: LIMITS.title });
  return review;
}

/**
 * An imported session without its articles that hold no text (the page keeps no empty
 * article, so they would vanish at once, with their reviews): → {session, blank, lost}.
 */
export function withoutBlankArticles(session) {
  const blank = new Set(session.articles.filter((a) => a.text.trim() === '').map((a) => a.id));
  if (blank.size === 0) return { session, blank: 0, lost: 0 };
  const reviews = session.reviews.filter((r) => !blank.has(r.article));
  return {
    session: { ...session, articles: session.articles.filter((a) => !blank.has(a.id)), reviews },
    blank: blank.size,
    lost: session.reviews.length - reviews.length,
  };
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
