// The claim card: who said it, how (kind, cue, via), how sure the extractor is, and a
// button that copies the claim with its speaker as a citation (main.js handles it).
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
  card.replaceChildren(title, facts, copy);
}

/** Places the card under the fragment (above it when there is no room), inside the viewport. */
export function placeCard(card, fragment) {
  card.hidden = false;
  const r = fragment.getBoundingClientRect();
  const margin = 8;
  const width = card.offsetWidth;
  const height = card.offsetHeight;
  const left = Math.min(Math.max(margin, r.left), window.innerWidth - width - margin);
  const below = r.bottom + margin + height <= window.innerHeight;
  const top = below ? r.bottom + margin : Math.max(margin, r.top - height - margin);
  card.style.left = `${Math.max(margin, left) + window.scrollX}px`;
  card.style.top = `${top + window.scrollY}px`;
}
