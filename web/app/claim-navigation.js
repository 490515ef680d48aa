// Moving through the article's claims: j/k and the arrows from the focused claim, the
// unattributed list's links, and the focus on an article just drawn. A long article is drawn
// only near the viewport (article-view.js), so claims are found through the view's list of
// them, and reveal() draws the one asked for. Claims inside hidden page noise are skipped,
// known from that list, not from layout (offsetParent): off-screen paragraphs are not laid
// out (content-visibility), and forcing it is slow.

/** fragmentOf(node) → the claim fragment it is in (card-controller.js). → { move(step), focusArticle() } */
export function installClaimNavigation({ article, heading, unattributed, view, fragmentOf }) {
  const reachable = () => {
    const noiseHidden = article.classList.contains('hide-boilerplate');
    return noiseHidden ? view.order().filter((c) => !c.noise) : view.order();
  };

  /** Focuses the next (step 1) or previous (-1) claim, round the end; false when there is none. */
  function move(step) {
    const list = reachable();
    if (list.length === 0) return false;
    const focused = fragmentOf(document.activeElement)?.dataset.claimId;
    const current = list.findIndex((c) => c.id === focused);
    const next = current === -1 ? (step > 0 ? 0 : list.length - 1) : (current + step + list.length) % list.length;
    const fragment = view.reveal(list[next].id);
    if (!fragment) return false;
    fragment.focus();
    fragment.scrollIntoView({ block: 'nearest' });
    return true;
  }

  /** The focus on the article (so j/k move at once), with its first claim in view. */
  function focusArticle() {
    article.focus({ preventScroll: true });
    const first = article.querySelector('.claim-first');
    const r = (first ?? article).getBoundingClientRect();
    // (a claim in the lower part of the screen is one status line from leaving it: the session's
    // "Saved …" note can arrive after the drawing and push the article down)
    if (r.top < 0 || r.bottom > window.innerHeight * 0.6) heading.scrollIntoView({ block: 'start' });
  }

  unattributed.addEventListener('click', (e) => {
    const id = e.target.closest('[data-target-claim]')?.dataset.targetClaim;
    if (id) view.reveal(id)?.focus();
  });
  return { move, focusArticle };
}
