// Small controls of the article view: the speaker drawer (below 60rem the panel slides in
// from the "Speakers" button and goes on Escape or Close), and the speaker list's filter box
// and sort order (first appearance, or most claims), kept across redraws, and the button that
// hides the page noise (boilerplate) in the article.

/** Wires the drawer; → {close()}. */
export function installDrawer({ panel, open, close }) {
  const setOpen = (on) => {
    panel.classList.toggle('is-open', on);
    open.setAttribute('aria-expanded', String(on));
    if (on) close.focus();
    else if (panel.contains(document.activeElement)) open.focus();
  };
  open.addEventListener('click', () => setOpen(!panel.classList.contains('is-open')));
  close.addEventListener('click', () => setOpen(false));
  panel.addEventListener('keydown', (e) => { if (e.key === 'Escape') setOpen(false); });
  return { close: () => setOpen(false), label: (n) => { open.textContent = `Speakers (${n})`; } };
}

/** Filter and sort of the speaker list; apply() after each drawing of the list. */
export function installSpeakerTools({ list, filter, sort }) {
  function apply() {
    const items = [...list.children];
    items.forEach((li, i) => { li.dataset.order ??= String(i); });
    const byClaims = sort.value === 'claims';
    const count = (li) => Number(li.dataset.claims ?? 0);
    items.sort((a, b) => (byClaims ? count(b) - count(a) : 0) || Number(a.dataset.order) - Number(b.dataset.order));
    list.append(...items); // moves them, in order
    const words = filter.value.trim().toLocaleLowerCase();
    for (const li of items) li.hidden = words !== '' && !li.textContent.toLocaleLowerCase().includes(words);
  }
  filter.addEventListener('input', apply);
  sort.addEventListener('change', apply);
  return { apply };
}

/** The page-noise button: hides or shows the article's boilerplate (claim navigation skips it while hidden). */
export function installNoiseToggle({ button, article }) {
  button.addEventListener('click', () => {
    const hide = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(hide));
    article.classList.toggle('hide-boilerplate', hide);
  });
}
