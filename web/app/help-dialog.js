// The keyboard help (a modal dialog): its button, its Close button and the ? key open and close it.

/** → { toggle() } for the ? key. */
export function installHelp({ dialog, open, close }) {
  function toggle() {
    if (dialog.open) dialog.close();
    else dialog.showModal();
  }
  open.addEventListener('click', toggle);
  close.addEventListener('click', () => dialog.close());
  return { toggle };
}
