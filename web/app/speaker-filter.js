// The speaker filter: a click on a speaker in the list marks that speaker's claims in the
// article (.is-selected; the others fade, .is-filtered on the article), a second click turns it
// off. A long article is drawn a block at a time (article-view.js), so the choice is kept here
// and marked on each block as it is drawn (mark() is the view's onFill).

/** → { mark(block), choose(speakerId or null), clear() } */
export function createSpeakerMarks(article) {
  let selected = null;
  const mark = (block) => {
    if (selected === null) return;
    for (const f of block.querySelectorAll('[data-claim-id]')) f.classList.toggle('is-selected', f.dataset.speakerId === selected);
  };
  return {
    mark,
    choose(id) {
      article.classList.toggle('is-filtered', id !== null);
      selected = id;
      for (const f of article.querySelectorAll('.is-selected')) f.classList.remove('is-selected');
      for (const block of article.children) mark(block);
    },
    /** A new drawing: nothing chosen (its speaker list is drawn anew, no button pressed). */
    clear() {
      article.classList.remove('is-filtered');
      selected = null;
    },
  };
}

/**
 * The speaker list's clicks choose; the speaker's first claim is scrolled into view, drawn
 * first if need be (view.reveal). speakerOf(claimId) → the claim's speaker id.
 */
export function installSpeakerFilter({ list, marks, view, speakerOf }) {
  list.addEventListener('click', (e) => {
    const entry = e.target.closest('[data-speaker-id]');
    if (!entry || e.target.closest('[data-correct-speaker]')) return; // that one opens the correction form
    const id = entry.dataset.speakerId;
    const button = entry.querySelector('button.speaker');
    const turnOn = button.getAttribute('aria-pressed') !== 'true';
    for (const b of list.querySelectorAll('button.speaker')) b.setAttribute('aria-pressed', 'false');
    button.setAttribute('aria-pressed', String(turnOn));
    marks.choose(turnOn ? id : null);
    if (!turnOn) return;
    const first = view.order().find((c) => speakerOf(c.id) === id);
    (first && view.reveal(first.id))?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  });
}
