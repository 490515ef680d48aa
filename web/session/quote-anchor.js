// Reviews are anchored to their passage the way Web Annotation's TextQuoteSelector does: the
// exact text, some context before (prefix) and after (suffix), and the old position as a
// hint. An edited article re-anchors each review where its quote and context best match.
// Pure; offsets in UTF-16 units (the page's unit).

export const CONTEXT_UNITS = 32;
// A place is taken only if at least this share of the quote's context matches there: the
// same words elsewhere (the mayor's "it is safe" for the engineer's) are another passage,
// and a review is better kept as an orphan than put on someone else's words.
const CONTEXT_SHARE = 0.5;
// Occurrences of the quote examined per review, so a very common quote stays cheap.
const MAX_CANDIDATES = 2000;

/** The quote of [start, end) in `text`: {text, prefix, suffix}. */
export function quoteOf(text, start, end) {
  return {
    text: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_UNITS), start),
    suffix: text.slice(end, end + CONTEXT_UNITS),
  };
}

/** Length of the common tail of `a` and of text[0, at). */
function tailMatch(text, at, a) {
  let n = 0;
  while (n < a.length && at - n - 1 >= 0 && text[at - n - 1] === a[a.length - n - 1]) n++;
  return n;
}

/** Length of the common head of `a` and of text[at, …). */
function headMatch(text, at, a) {
  let n = 0;
  while (n < a.length && at + n < text.length && text[at + n] === a[n]) n++;
  return n;
}

/**
 * The best place of the quote {text, prefix, suffix, start} in `text`: {start, end, context}
 * (context: units of prefix + suffix that match), or null.
 * The best context wins; among equals, the one nearest the old start.
 */
function bestPlace(quote, text) {
  if (!quote.text) return null;
  let best = null;
  let seen = 0;
  for (let i = text.indexOf(quote.text); i !== -1 && seen < MAX_CANDIDATES; i = text.indexOf(quote.text, i + 1), seen++) {
    const context = tailMatch(text, i, quote.prefix ?? '') + headMatch(text, i + quote.text.length, quote.suffix ?? '');
    const distance = Math.abs(i - (quote.start ?? 0));
    if (!best || context > best.context || (context === best.context && distance < best.distance)) {
      best = { start: i, end: i + quote.text.length, context, distance };
    }
  }
  return best && { start: best.start, end: best.end, context: best.context };
}

const enoughContext = (quote, found) =>
  found.context >= Math.ceil(CONTEXT_SHARE * ((quote.prefix ?? '').length + (quote.suffix ?? '').length));

/**
 * Where the quote sits in `text` (its article's new text, or an article opened since its own
 * was closed): {start, end}, or null when it is gone (or found only where the context says
 * it is another passage).
 */
export function findQuote(quote, text) {
  const found = bestPlace(quote, text);
  return found && enoughContext(quote, found) ? { start: found.start, end: found.end } : null;
}
