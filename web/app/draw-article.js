// Drawing: builds one paragraph of the annotated article from its anchored tree (see
// anchoring.js); article-view.js decides which paragraphs are drawn when. The pasted text
// only ever enters the DOM as text nodes.

import { styleFor } from './speaker-style.js';
import { kindLabel as kindName } from '../shared/claim-kinds.js';

export const kindLabel = (kind) => kindName(kind) || 'claim';

/**
 * Draws one anchored paragraph (see anchoring.js) as a <p>. Claim fragments carry
 * data-claim-id and data-speaker-id ('' when unattributed); the first fragment of each
 * claim (the first in the paragraph its start is in) is focusable and wears the badge.
 * Decided by the paragraph alone, so that any paragraph can be drawn without the others.
 */
export function drawParagraph(text, paragraph, styles) {
  const firstFragment = new Set();
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
      if (c.start >= paragraph.start && !firstFragment.has(c.id)) {
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
