// Anchoring: turns an annotation's offset spans into per-paragraph trees of nested ranges.
// Pure functions only (no DOM), so they can be unit-tested in node.
//
// Invariant: concatenating every text leaf of every paragraph, in order, gives back the
// original text exactly. Line breaks stay inside the paragraph they end, so a claim that
// runs over two paragraphs yields two fragments whose texts, joined, equal the claim text.

import { finish } from '../shared/steps.js';

/** Keeps only spans whose offsets are sane and whose text matches the pasted text. */
export function validSpan(text, span) {
  return !!span && Number.isInteger(span.start) && Number.isInteger(span.end) &&
    span.start >= 0 && span.start < span.end && span.end <= text.length &&
    (span.text === undefined || text.slice(span.start, span.end) === span.text);
}

/**
 * Paragraphs: each starts at a non-blank line and runs up to the next one, so trailing
 * line breaks and blank lines belong to the paragraph before them. Leading blank lines
 * join the first paragraph.
 */
export function splitParagraphs(text) {
  return finish(paragraphSteps(text));
}

// Pauses of the generators below: every this many lines or spans (~1 ms of work).
const PER_STEP = 4096;

/** splitParagraphs() as a generator that pauses every few thousand lines (chunked.js inSteps). */
export function* paragraphSteps(text) {
  const starts = [];
  const lineRe = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let n = 0;
  for (let m; (m = lineRe.exec(text)) && m[0] !== '';) {
    if (m[0].trim() !== '') starts.push(m.index);
    if (++n % PER_STEP === 0) yield;
  }
  if (starts.length === 0) return text === '' ? [] : [{ start: 0, end: text.length }];
  starts[0] = 0;
  return starts.map((start, i) => ({ start, end: i + 1 < starts.length ? starts[i + 1] : text.length }));
}

/** The first of the paragraphs (in order, as split above) that ends after `offset`. */
function firstEndingAfter(paragraphs, offset) {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid].end <= offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The number (from 1) of the paragraph that holds `offset`: the claim card's "paragraph 3". */
export const paragraphNumber = (paragraphs, offset) => Math.max(1, Math.min(firstEndingAfter(paragraphs, offset) + 1, paragraphs.length));

/**
 * Collects the spans to anchor, outermost layer first: boilerplate, then claims (longer
 * claims outside shorter ones), then speaker mentions. Each gets a unique key.
 * Invalid spans are skipped and reported in `dropped`.
 */
export function collectSpans(text, annotation) {
  return finish(spanSteps(text, annotation));
}

function* spanSteps(text, annotation) {
  const layers = [];
  let dropped = 0;
  let n = 0;
  const add = (span, entry) => { if (validSpan(text, span)) layers.push(entry); else dropped++; };

  for (const [i, b] of (annotation.boilerplate || []).entries()) {
    add(b, { kind: 'boilerplate', key: `b${i}`, rank: 0, start: b.start, end: b.end, item: b });
  }
  for (const c of annotation.claims || []) {
    add(c, { kind: 'claim', key: `c${c.id}`, rank: 1, start: c.start, end: c.end, claim: c });
    if (++n % PER_STEP === 0) yield;
  }
  for (const s of annotation.speakers || []) {
    for (const m of s.mentions || []) {
      add(m, { kind: 'mention', key: `m${s.id}@${m.start}`, rank: 3, start: m.start, end: m.end, speakerId: s.id });
      if (++n % PER_STEP === 0) yield;
    }
  }
  return { spans: layers, dropped };
}

/** The parts of a claim (quoted pieces of a split quote); the whole claim if it lists none. */
function claimParts(text, claim) {
  const parts = (claim.parts || []).filter((p) => validSpan(text, p));
  return parts.length ? parts : [{ start: claim.start, end: claim.end }];
}

/**
 * The nesting path of one elementary segment [a, b): the spans covering it, outermost
 * first. A claim contributes a second level, 'part', where the segment lies inside one of
 * its quoted parts; the gap of a split quote (`," she said, "`) stays claim-only.
 */
function pathFor(text, spans, a, b) {
  const covering = spans.filter((s) => s.start <= a && b <= s.end);
  covering.sort((x, y) => x.rank - y.rank || (y.end - y.start) - (x.end - x.start) || x.start - y.start);
  const path = [];
  for (const s of covering) {
    path.push(s);
    if (s.kind === 'claim') {
      const inPart = claimParts(text, s.claim).some((p) => p.start <= a && b <= p.end);
      if (inPart) path.push({ kind: 'part', key: `p${s.key}`, rank: 2 });
    }
  }
  return path;
}

/**
 * Splits the text into paragraphs and hands each the spans that overlap it, in time linear in
 * paragraphs + spans (a 10 MB article has tens of thousands of each): spans are placed by a
 * binary search over paragraph edges. Returns `{ paragraphs: [{start, end, spans}], dropped }`;
 * anchorParagraph() then builds one paragraph's tree, so drawing can go a chunk at a time.
 */
export function prepareAnchoring(text, annotation) {
  return finish(prepareAnchoringSteps(text, annotation));
}

/**
 * prepareAnchoring() as a generator that pauses every few thousand lines or spans (chunked.js
 * inSteps). split: the text's paragraphs when already split (the tab keeps them, tabs.js).
 */
export function* prepareAnchoringSteps(text, annotation, split = null) {
  const { spans, dropped } = yield* spanSteps(text, annotation);
  const paragraphs = (split ?? (yield* paragraphSteps(text))).map((p) => ({ ...p, spans: [] }));
  yield;
  let n = 0;
  for (const s of spans) {
    for (let i = firstEndingAfter(paragraphs, s.start); i < paragraphs.length && paragraphs[i].start < s.end; i++) paragraphs[i].spans.push(s);
    if (++n % PER_STEP === 0) yield;
  }
  return { paragraphs, dropped };
}

/**
 * One paragraph's tree: `{start, end, boilerplate, children}`, where children are
 * `{kind:'text', start, end}` leaves or `{kind, span, children}` nodes
 * (kind: 'boilerplate' | 'claim' | 'part' | 'mention'). A span that crosses a paragraph
 * edge or an enclosing span's edge is split into several nodes.
 */
export function anchorParagraph(text, p) {
  const inside = p.spans;
  const cuts = new Set([p.start, p.end]);
  for (const s of inside) {
    cuts.add(Math.max(s.start, p.start));
    cuts.add(Math.min(s.end, p.end));
    if (s.kind === 'claim') {
      for (const part of claimParts(text, s.claim)) {
        if (part.start > p.start && part.start < p.end) cuts.add(part.start);
        if (part.end > p.start && part.end < p.end) cuts.add(part.end);
      }
    }
  }
  const points = [...cuts].sort((x, y) => x - y);

  const root = { kind: 'paragraph', children: [] };
  const stack = [{ node: root, key: null }];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const path = pathFor(text, inside, a, b);
    // Close open nodes down to the longest shared prefix, then open the rest.
    let same = 0;
    while (same < path.length && same + 1 < stack.length && stack[same + 1].key === path[same].key) same++;
    stack.length = same + 1;
    for (const s of path.slice(same)) {
      const node = { kind: s.kind, span: s, children: [] };
      stack[stack.length - 1].node.children.push(node);
      stack.push({ node, key: s.key });
    }
    stack[stack.length - 1].node.children.push({ kind: 'text', start: a, end: b });
  }
  return { start: p.start, end: p.end, boilerplate: isAllBoilerplate(text, p, inside), children: root.children };
}

/** Every paragraph anchored at once: `{ paragraphs, dropped }` (see anchorParagraph). */
export function anchor(text, annotation) {
  const { paragraphs, dropped } = prepareAnchoring(text, annotation);
  return { paragraphs: paragraphs.map((p) => anchorParagraph(text, p)), dropped };
}
/** True when every non-blank character of the paragraph lies inside boilerplate. */
function isAllBoilerplate(text, p, spans) {
  const bps = spans.filter((s) => s.kind === 'boilerplate');
  if (bps.length === 0) return false;
  for (let i = p.start; i < p.end; i++) {
    if (/\s/.test(text[i])) continue;
    if (!bps.some((s) => s.start <= i && i < s.end)) return false;
  }
  return true;
}
