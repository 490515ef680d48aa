// The claim card's behaviour: it opens on hover, focus or a click (a click or Enter pins it),
// sits beside its claim (claim-card.js), and closes on Escape (keyboard.js), its Close button,
// a tap anywhere else, or a change of the page's width (the text reflows under it).

import { paragraphNumber } from './anchoring.js';
import { fillCard, placeCard } from './claim-card.js';

/**
 * io: { article, card, claim(id), speaker(id), claimIds() (in order), paragraphs() (of the
 *       drawn annotation's text), extra(claim) → buttons to add (Correct…) }
 * → { fragmentOf(node), open(fragment, {pin}), close(), pinned() }
 */
export function installClaimCard(io) {
  const { article, card } = io;
  let pinnedClaim = null; // claim id whose card stays open until Escape or another click
  const fragmentOf = (target) => (target instanceof Element ? target.closest('#article [data-claim-id]') : null);

  // Where the claim stands: its number among the article's claims and its paragraph among
  // those of the text the annotation was made on (not the box's: it may have been edited since).
  function placeOf(claim) {
    const ids = io.claimIds();
    return { index: ids.indexOf(claim.id) + 1, total: ids.length, paragraph: paragraphNumber(io.paragraphs(), claim.start) };
  }

  function open(fragment, { pin = false } = {}) {
    const claim = io.claim(fragment.dataset.claimId);
    if (!claim) return;
    if (pin) pinnedClaim = claim.id;
    fillCard(card, claim, io.speaker(claim.speaker), placeOf(claim));
    card.append(...io.extra(claim));
    placeCard(card, fragment, article);
  }

  function close() {
    pinnedClaim = null;
    card.hidden = true;
  }

  // Placed once, next to its claim: text reflowed to a new width would leave it pointing
  // elsewhere. (Height-only changes, like a phone's toolbar, keep it.)
  let layoutWidth = window.innerWidth;
  window.addEventListener('resize', () => {
    if (window.innerWidth !== layoutWidth) close();
    layoutWidth = window.innerWidth;
  });

  /** Hides the card unless it is pinned, in use, or describes the claim that has the focus. */
  function release() {
    if (pinnedClaim !== null || card.matches(':hover, :focus-within')) return;
    const focused = fragmentOf(document.activeElement);
    if (focused && card.querySelector(`[data-copy-claim="${CSS.escape(focused.dataset.claimId)}"]`)) return;
    card.hidden = true;
  }

  article.addEventListener('mouseover', (e) => {
    const f = fragmentOf(e.target);
    if (f && pinnedClaim === null) open(f);
  });
  article.addEventListener('mouseout', (e) => {
    // Moving onto the card keeps it open, so its buttons can be reached.
    if (fragmentOf(e.target) && !card.contains(e.relatedTarget)) release();
  });
  card.addEventListener('mouseleave', () => release());
  article.addEventListener('focusin', (e) => {
    const f = fragmentOf(e.target);
    if (!f) return;
    if (pinnedClaim !== f.dataset.claimId) pinnedClaim = null;
    open(f);
  });
  article.addEventListener('focusout', (e) => {
    if (!card.contains(e.relatedTarget)) setTimeout(release, 0); // once the focus has moved
  });
  article.addEventListener('click', (e) => {
    const f = fragmentOf(e.target);
    if (f) open(f, { pin: true });
  });
  card.addEventListener('click', (e) => { if (e.target.closest('[data-close-card]')) close(); });
  // A tap or click anywhere else closes it (a touch screen has no "mouse out").
  document.addEventListener('pointerdown', (e) => {
    if (!card.hidden && !card.contains(e.target) && !fragmentOf(e.target)) close();
  });

  return { fragmentOf, open, close, pinned: () => pinnedClaim };
}
