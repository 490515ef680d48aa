// The text box is read-only once the tab is annotated, until "Edit text": a key meant for the
// overlay (j, k) never edits the article by accident. The stale note says when the overlay
// describes an older text than the box holds.

/** active() → the active tab. → { show(tab), showStale(tab) } */
export function installTextLock({ input, edit, staleNote, active }) {
  const showStale = (tab) => { staleNote.hidden = !(tab.annotation && tab.text !== tab.annotatedText); };

  function show(tab) {
    const locked = !tab.editing && tab.annotation != null;
    input.readOnly = locked;
    edit.hidden = !locked;
    input.closest('.input-panel').classList.toggle('is-locked', locked);
    showStale(tab);
  }

  edit.addEventListener('click', () => {
    const tab = active();
    tab.editing = true;
    show(tab);
    input.focus();
  });
  return { show, showStale };
}
