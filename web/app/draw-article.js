// Drawing: builds the annotated article from anchored paragraphs (see anchoring.js).
// The pasted text only ever enters the DOM as text nodes.

import { styleFor } from './speaker-style.js';

const KIND_LABEL = { direct: 'direct quote', indirect: 'reported speech', mixed: 'partly quoted' };
export const kindLabel = (kind) => KIND_LABEL[kind] || kind || 'claim';

/**
 * Replaces the children of `container` with one <p> per paragraph.
 * Claim fragments carry data-claim-id and data-speaker-id ('' when unattributed); the
 * first fragment of each claim is focusable and wears the speaker's badge.
 */
export function drawArticle(container, text, paragraphs, styles) {
  const firstFragment = new Set();
  const build = (node) => {
    if (node.kind === 'text') return document.createTextNode(text.slice(node.start, node.end));
    const el = document.createElement('span');
    const span = node.span;
    if (node.kind === 'claim') {
      const c = span.claim;
      const style = styleFor(styles, c.speaker);
      el.className = `claim kind-${c.kind}`;
      el.dataset.claimId = c.id;
      el.dataset.speakerId = c.speaker ?? '';
      el.dataset.slot = style.slot;
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

  container.replaceChildren(...paragraphs.map((p) => {
    const el = document.createElement('p');
    if (p.boilerplate) el.className = 'is-boilerplate';
    el.append(...p.children.map(build));
    return el;
  }));
}
