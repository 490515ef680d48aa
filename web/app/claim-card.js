// The claim card: who said it, how (kind, cue, via), how sure the extractor is, and a
// button that copies the claim with its speaker as a citation (active-exports.js handles it).
// One card element, filled with text and placed next to the claim it describes.

import { kindLabel } from './draw-article.js';

function row(term, value) {
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  dd.textContent = value;
  return [dt, dd];
}

export function fillCard(card, claim, speaker, place) {
  const title = document.createElement('p');
  title.className = 'card-speaker';
  title.textContent = speaker ? speaker.name : 'Unattributed';
  const facts = document.createElement('dl');
  facts.append(
    ...row('Kind', kindLabel(claim.kind)),
    ...row('Cue', claim.cue ? claim.cue.text : '—'),
    ...row('Via', claim.via || '—'),
    ...row('Confidence', typeof claim.confidence === 'number' ? `${Math.round(claim.confidence * 100)}%` : '—'),
    ...(claim.by === 'reader' ? row('Corrected', 'was' in claim ? `by you (the machine said: ${claim.was ?? 'unattributed'})` : 'added by you') : []),
    ...(place ? row('Place', `claim ${place.index} of ${place.total}, paragraph ${place.paragraph}`) : []),
  );
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.className = 'quiet card-copy';
  copy.dataset.copyClaim = claim.id;
  copy.textContent = 'Copy as citation';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'quiet card-close';
  close.dataset.closeCard = '';
  close.textContent = 'Close';
  close.setAttribute('aria-label', 'Close the card');
  card.replaceChildren(title, close, facts, copy);
}

const MARGIN = 8;

/**
 * Places the card beside its claim: in the room to the right of the article column (or to
 * its left), level with the claim, inside the viewport. Without that room (a phone), it is a
 * sheet at the foot of the screen, and the claim is scrolled above it: it never covers the
 * lines that follow the claim.
 */
export function placeCard(card, fragment, column) {
  card.hidden = false;
  card.classList.remove('is-sheet');
  card.style.left = card.style.top = '';
  const width = card.offsetWidth;
  const c = column.getBoundingClientRect();
  const r = fragment.getBoundingClientRect();
  const right = window.innerWidth - c.right - 2 * MARGIN >= width;
  const left = c.left - 2 * MARGIN >= width;
  if (!right && !left) {
    card.classList.add('is-sheet');
    const hidden = r.bottom - (window.innerHeight - card.offsetHeight - MARGIN);
    if (hidden > 0) window.scrollBy({ top: hidden });
    return;
  }
  const height = card.offsetHeight;
  const top = Math.min(Math.max(MARGIN, r.top), window.innerHeight - height - MARGIN);
  card.style.left = `${(right ? c.right + MARGIN : c.left - width - MARGIN) + window.scrollX}px`;
  card.style.top = `${Math.max(MARGIN, top) + window.scrollY}px`;
}
