// The annotated article on the page, drawn in blocks of paragraphs (<div class="chunk">, each
// with data-start: the text offset it begins at). An article up to WHOLE_CHARS is drawn whole,
// a slice at a time. A longer one is virtualised: each block is an empty placeholder of about
// its height until it comes within NEAR of the screen, and is emptied again once it is far away,
// so a 5 MB article holds a few screens of DOM instead of a million nodes, and the browser's
// style and layout never run over the whole of it. Claims off screen stay reachable:
// order() lists them as they read, reveal(id) draws a claim's block and returns its first
// fragment (the keyboard, the claim lists and the speaker filter go through it).

import { anchorParagraph } from './anchoring.js';
import { inSlices, nextTask } from './chunked.js';
import { drawParagraph } from './draw-article.js';

// Longer than any news story (a long read is ~50k characters): below it, drawn whole.
export const WHOLE_CHARS = 200_000;
// Paragraphs per block: a few screens of text, a few milliseconds to draw.
const BLOCK_PARAGRAPHS = 40;
// Drawn ahead of the scroll by about two screens, so scrolling never shows a blank block.
const NEAR = '1500px 0px';

/**
 * container: #article. onFill(blockElement) runs each time a block is drawn (the speaker
 * filter marks its fragments). → { draw, clear, order, reveal }
 */
export function createArticleView(container, { onFill = () => {} } = {}) {
  let current = null; // { text, paragraphs, styles, blocks, claims (lazy) }
  const blockOf = new Map(); // element → block
  const observer = new IntersectionObserver((entries) => {
    for (const e of entries) {
      const block = blockOf.get(e.target);
      if (!block) continue;
      if (e.isIntersecting) fill(block);
      else empty(block);
    }
  }, { rootMargin: NEAR });

  function fill(block) {
    if (block.filled) return;
    const { text, paragraphs, styles } = current;
    const part = document.createDocumentFragment();
    for (let i = block.first; i < block.last; i++) part.append(drawParagraph(text, anchorParagraph(text, paragraphs[i]), styles));
    block.el.replaceChildren(part);
    block.el.style.height = '';
    block.filled = true;
    onFill(block.el);
  }

  /** Back to a placeholder of the height it had; kept while it holds the focus or a selection. */
  function empty(block) {
    if (!block.filled || block.el.contains(document.activeElement)) return;
    const sel = getSelection();
    if (sel && sel.rangeCount > 0 && !sel.isCollapsed && block.el.contains(sel.getRangeAt(0).commonAncestorContainer)) return;
    block.el.style.height = `${block.el.offsetHeight}px`;
    block.el.replaceChildren();
    block.filled = false;
  }

  /**
   * Replaces the article by `paragraphs` (prepareAnchoring's) of `text`. Resolves true once
   * drawn (or, virtualised, once every placeholder stands), false when isCurrent() turned
   * false on the way. onProgress(done, total) after each slice.
   */
  async function draw(text, paragraphs, styles, { onProgress, isCurrent } = {}) {
    observer.disconnect();
    blockOf.clear();
    const blocks = [];
    for (let first = 0; first < paragraphs.length; first += BLOCK_PARAGRAPHS) {
      const el = Object.assign(document.createElement('div'), { className: 'chunk' });
      el.dataset.start = String(paragraphs[first].start);
      blocks.push({ el, first, last: Math.min(first + BLOCK_PARAGRAPHS, paragraphs.length), filled: false });
    }
    current = { text, paragraphs, styles, blocks, claims: null };
    const virtual = text.length > WHOLE_CHARS;
    container.classList.toggle('is-virtual', virtual);
    container.replaceChildren();
    if (!virtual) {
      return inSlices(blocks, (b) => { fill(b); container.append(b.el); }, { onProgress, isCurrent });
    }
    // The first block drawn at once (it is on screen, and its lines measure the rest), laid
    // out by the browser before it is measured: the two are ~20 ms each at 5 MB.
    if (blocks.length) { container.append(blocks[0].el); fill(blocks[0]); }
    await nextTask();
    if (isCurrent && !isCurrent()) return false;
    const estimate = heightModel(container, paragraphs, blocks[0]);
    return inSlices(blocks, (b) => {
      if (b !== blocks[0]) {
        b.el.style.height = `${estimate(b)}px`;
        container.append(b.el);
      }
      blockOf.set(b.el, b);
      observer.observe(b.el);
    }, { onProgress, isCurrent });
  }

  /**
   * The claims as they read: by the paragraph their first fragment is in, then as the
   * fragments nest (by start, the longer one first). Each: { id, block, noise } where noise
   * says the claim begins inside page noise (skipped while noise is hidden).
   */
  function claims() {
    if (!current) return [];
    if (current.claims) return current.claims;
    const list = [];
    current.paragraphs.forEach((p, i) => {
      const here = p.spans.filter((s) => s.kind === 'claim' && s.start >= p.start && s.start < p.end);
      here.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start));
      const noise = p.spans.filter((s) => s.kind === 'boilerplate');
      for (const s of here) {
        list.push({ id: s.claim.id, block: Math.floor(i / BLOCK_PARAGRAPHS), noise: noise.some((b) => b.start <= s.start && s.start < b.end) });
      }
    });
    current.claims = list;
    return list;
  }

  /** The first fragment of claim `id`, its block drawn first if it was not; null if none. */
  function reveal(id) {
    const entry = claims().find((c) => c.id === id);
    const block = entry && current.blocks[entry.block];
    if (!block) return null;
    fill(block);
    return [...block.el.querySelectorAll('.claim-first')].find((f) => f.dataset.claimId === id) ?? null;
  }

  function clear() {
    observer.disconnect();
    blockOf.clear();
    current = null;
    container.replaceChildren();
  }

  return { draw, clear, order: claims, reveal };
}

/**
 * Estimated height of a block not yet drawn, from the first block as drawn: its line height,
 * the gap after a paragraph, and how many characters its lines hold on average.
 */
function heightModel(container, paragraphs, sample) {
  const first = container.querySelector('p');
  const style = first ? getComputedStyle(first) : null;
  const lineHeight = parseFloat(style?.lineHeight) || 27;
  const gap = parseFloat(style?.marginBottom) || 14;
  let chars = 0;
  let lines = 0;
  const drawn = sample ? [...sample.el.children] : [];
  drawn.forEach((p, k) => {
    const { start, end } = paragraphs[sample.first + k];
    chars += end - start;
    lines += Math.max(1, Math.round(p.getBoundingClientRect().height / lineHeight));
  });
  // Hidden (zero height) or empty: about 75 characters a line.
  const perLine = lines > 0 && chars / lines > 8 ? chars / lines : 75;
  return (block) => {
    let height = 0;
    for (let i = block.first; i < block.last; i++) {
      height += Math.max(1, Math.ceil((paragraphs[i].end - paragraphs[i].start) / perLine)) * lineHeight + gap;
    }
    return Math.round(height);
  };
}
