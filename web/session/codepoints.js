// UTF-16 code units (JavaScript strings, the core's JSON) <-> Unicode code points (what W3C
// Web Annotation's TextPositionSelector counts). Only surrogate pairs differ: each is two
// units and one code point. Built once per text, then O(log pairs) per offset.

/** An index of `text`'s surrogate pairs. */
export function codePointIndex(text) {
  const pairs = []; // UTF-16 index of each pair's low surrogate
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) pairs.push(++i);
    }
  }
  // Number of entries of `pairs` below `limit`.
  const below = (limit) => {
    let lo = 0, hi = pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[mid] < limit) lo = mid + 1; else hi = mid;
    }
    return lo;
  };
  return {
    /** Code points before UTF-16 offset `u` (an offset inside a pair counts the pair as before it). */
    toCodePoints: (u) => u - below(u),
    /** UTF-16 offset of code point offset `cp`. */
    toUtf16(cp) {
      // Pair k starts at code point pairs[k] - 1 - k (increasing in k): count the pairs before cp.
      let lo = 0, hi = pairs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (pairs[mid] - 1 - mid < cp) lo = mid + 1; else hi = mid;
      }
      return cp + lo;
    },
    /** Length of the text in code points. */
    length: text.length - pairs.length,
  };
}

/** `text` as an array of code points' strings, [start, end) in code points. */
export function codePointSlice(text, start, end) {
  return Array.from(text).slice(start, end).join('');
}
