// Drawing: builds the annotated article from anchored paragraphs (see anchoring.js), a
// slice at a time so a huge article never freezes the page. The pasted text only ever
// enters the DOM as text nodes.

import { anchorParagraph } from './anchoring.js';
import { inSlices } from './chunked.js';
import { styleFor } from './speaker-style.js';

const KIND_LABEL = { direct: 'direct quote', indirect: 'reported speech', mixed: 'partly quoted' };
export const kindLabel = (kind) => KIND_LABEL[kind] || kind || 'claim';

/**
 * Draws one anchored paragraph (see anchoring.js) as a <p>. Claim fragments carry
 * data-claim-id and data-speaker-id ('' when unattributed); the first fragment of each
 * claim (tracked across paragraphs in `firstFragment`) is focusable and wears the badge.
 */
export function drawParagraph(text, paragraph, styles, firstFragment) {
  const build = (node) => {
    if (node.kind === 'text') return document.createTextNode(text.slice(node.start, node.end));
    const el = document.createElement('span');
    const span = node.span;
    if (node.kind === 'claim') {
      const c = span.claim;
      const style = styleFor(styles, c.speaker);
      el.className = `claim kind-${c.kind}${c.by === 'reader' ? ' by-reader' : ''}`;
      el.dataset.claimId = c.id;
      el.dataset.speakerId = c.speaker ?? '';
      el.dataset.slot = style.slot;
      if (style.pattern) el.dataset.pattern = style.pattern;
      if (!firstFragment.has(c.id)) {
        firstFragment.add(c.id);
        el.classList.add('claim-first');
        el.dataset.badge = style.badge;
        el.dataset.saidBy = c.speaker_name ? `${c.speaker_name}:` : 'Unattributed:';
        el.tabIndex = 0;
        el.setAttribute('aria-describedby', 'claim-card');
      }
    } else if (node.kind === 'part') {
      el.className = 'claim-part';
    } else if (node.kind === 'mention') {
      el.className = 'mention';
      el.dataset.mentionOf = span.speakerId;
      el.dataset.slot = styleFor(styles, span.speakerId).slot;
    } else if (node.kind === 'boilerplate') {
      el.className = 'boilerplate';
      el.dataset.boilerplate = span.item.reason || '';
      el.title = span.item.reason ? `Page noise: ${span.item.reason}` : 'Page noise';
    }
    el.append(...node.children.map(build));
    return el;
  };
  const el = document.createElement('p');
  if (paragraph.boilerplate) el.className = 'is-boilerplate';
  el.append(...paragraph.children.map(build));
  return el;
}

/**
 * Replaces the children of `container` with one <p> per prepared paragraph
 * (prepareAnchoring), anchoring and drawing a slice at a time (chunked.js). Each slice's
 * paragraphs go into one <div class="chunk">: the browser skips laying out chunks off screen
 * (content-visibility in styles.css), and watching a few hundred chunks instead of every
 * paragraph keeps that bookkeeping from growing with the square of the article.
 * Resolves true when all is drawn, false when isCurrent() turned false on the way.
 */
export async function drawArticle(container, text, paragraphs, styles, { onProgress, isCurrent } = {}) {
  const firstFragment = new Set();
  container.replaceChildren();
  const newChunk = () => Object.assign(document.createElement('div'), { className: 'chunk' });
  let chunk = newChunk();
  return inSlices(paragraphs, (p) => chunk.append(drawParagraph(text, anchorParagraph(text, p), styles, firstFragment)), {
    flush: () => { container.append(chunk); chunk = newChunk(); },
    onProgress,
    isCurrent,
  });
}
