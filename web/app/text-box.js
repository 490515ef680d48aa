// The article box shows a long text a part at a time. Chromium lays out and re-reads the
// whole of a textarea's text at every key (bench/page-trace.mjs: a bare textarea holding
// 5 MB spends ~75 ms of main thread and ~140 ms to the next paint per key; 200 KB ~16 ms),
// and lays it out again whenever its style changes (the folded bar, 0.5-1 s at 5 MB). So a
// text over WHOLE_MAX characters sits in the box as one part of about PART characters, cut
// at line starts on a grid of PART; the text before and after it is kept here, and text()
// joins the three (a string concatenation, which V8 makes without copying). The note under
// the box says which characters the box holds, with buttons for the parts before and after.
// The tab's text is always the whole text; only what the box displays is a part of it.

export const WHOLE_MAX = 200_000; // UTF-16 units: up to this, the box holds the whole text
export const PART = 50_000;       // about this many per part, cut at line starts
const GROWN = WHOLE_MAX + PART;   // a part grown past this (a paste into it) is cut again

const isLow = (text, i) => { const c = text.charCodeAt(i); return c >= 0xdc00 && c <= 0xdfff; };

/** A part boundary at or before i: a line start less than PART before it, else i (never inside a surrogate pair). */
function snapBack(text, i) {
  if (i <= 0) return 0;
  if (i >= text.length) return text.length;
  const line = text.lastIndexOf('\n', i - 1) + 1;
  if (line > 0 && i - line < PART) return line;
  return isLow(text, i) ? i - 1 : i;
}

// Parts sit on a grid, so Earlier then Later comes back to the same part: boundary k is the
// line start at or before k * PART (strictly increasing: each is within PART of its point).
const boundary = (text, k) => (k <= 0 ? 0 : snapBack(text, k * PART));
const SLIVER = PART / 4; // a part shorter than this (the grid moved by an edit) joins its neighbour

/** [start, end) of the grid part that holds offset `at`. */
function partAt(text, at) {
  let k = Math.floor(at / PART);
  if (boundary(text, k + 1) <= at && boundary(text, k + 1) < text.length) k++;
  return [boundary(text, k), boundary(text, k + 1)];
}

/** The first grid boundary after `from` (at least a sliver away), or the end. */
function nextBoundary(text, from) {
  for (let k = Math.floor(from / PART) + 1; ; k++) {
    const b = boundary(text, k);
    if (b >= text.length) return text.length;
    if (b - from >= SLIVER) return b;
  }
}

/** The last grid boundary before `to` (at least a sliver away), or 0. */
function previousBoundary(text, to) {
  for (let k = Math.ceil(to / PART); k > 0; k--) {
    const b = boundary(text, k);
    if (to - b >= SLIVER) return b;
  }
  return 0;
}

// Thousands separated by commas (toLocaleString took ~15 ms on its first call).
const count = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** box: the textarea; note: {part (element shown when the box holds a part), says (its text), earlier, later (buttons)}. */
export function createTextBox(box, note) {
  let before = '';
  let after = '';

  const text = () => (before === '' && after === '' ? box.value : before + box.value + after);

  function describe() {
    const partial = before !== '' || after !== '';
    note.part.hidden = !partial;
    if (!partial) return;
    const start = before.length;
    const total = start + box.value.length + after.length;
    note.says.textContent = box.value === ''
      ? `A long article is edited a part at a time: this part is empty now (after character ${count(start)} of ${count(total)}).`
      : `A long article is edited a part at a time: the box holds characters ` +
        `${count(start + 1)}–${count(start + box.value.length)} of ${count(total)}.`;
    note.earlier.disabled = before === '';
    note.later.disabled = after === '';
  }

  /** Puts [start, end) of full into the box, the rest aside; the caret at `caret` (an offset in full), when given. */
  function place(full, start, end, caret) {
    before = full.slice(0, start);
    after = full.slice(end);
    box.value = full.slice(start, end);
    if (caret != null) {
      const at = Math.min(Math.max(caret - start, 0), box.value.length);
      box.setSelectionRange(at, at);
    }
    describe();
  }

  const api = {
    text,
    /** The whole text in the box when short, else the part around offset `at` (the start by default). */
    show(full, { at = 0, caret = null } = {}) {
      if (full.length <= WHOLE_MAX) {
        before = after = '';
        if (box.value !== full) box.value = full;
        if (caret != null) box.setSelectionRange(caret, caret);
        describe();
        return;
      }
      const [start, end] = partAt(full, at);
      place(full, start, end, caret);
    },
    /**
     * The whole text with `inserted` in place of the box's selection, shown as show() does
     * (a short text made long from its start, a part around the end of what went in). → the text.
     */
    insert(inserted) {
      const from = before.length + box.selectionStart;
      const full = text();
      const to = before.length + box.selectionEnd;
      const next = full.slice(0, from) + inserted + full.slice(to);
      const at = api.partial() ? from + inserted.length : 0;
      api.show(next, { at, caret: at });
      return next;
    },
    /** The caret as an offset in the whole text. */
    caret: () => before.length + box.selectionStart,
    /**
     * After an input: a box grown too long is cut again. A short text made long (a paste of
     * an article) shows its first part; a part grown long, the part around the caret.
     */
    fit() {
      if (box.value.length <= GROWN) return false;
      const at = api.partial() ? api.caret() : 0;
      api.show(text(), { at, caret: at });
      return true;
    },
    /** After an input: the note's figures follow (lengths only). */
    changed: describe,
    /** True when the box holds only a part of the text. */
    partial: () => before !== '' || after !== '',
  };

  note.earlier.addEventListener('click', () => {
    const full = text();
    const end = before.length;
    place(full, previousBoundary(full, end), end, end);
    box.scrollTop = box.scrollHeight;
  });
  note.later.addEventListener('click', () => {
    const full = text();
    const start = before.length + box.value.length;
    place(full, start, nextBoundary(full, start), start);
    box.scrollTop = 0;
  });
  return api;
}
