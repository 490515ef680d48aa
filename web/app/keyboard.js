// Keyboard shortcuts. Letters and arrows act only when no text field has focus, so
// typing in the article box is never hijacked (Escape works everywhere).

function typingInField(target) {
  return target instanceof HTMLElement &&
    (target.isContentEditable || /^(TEXTAREA|INPUT|SELECT)$/.test(target.tagName));
}

/** actions: { next, previous, openCard, copyCitation, correctClaim, closeCard, focusInput, toggleHelp } */
export function installShortcuts(actions) {
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'Escape') { actions.closeCard(); return; }
    if (typingInField(e.target)) return;
    if (e.target.closest?.('[role="tablist"]')) return; // arrows there move between tabs
    const handlers = {
      j: actions.next, ArrowDown: actions.next, ArrowRight: actions.next,
      k: actions.previous, ArrowUp: actions.previous, ArrowLeft: actions.previous,
      Enter: actions.openCard,
      c: actions.copyCitation,
      e: actions.correctClaim,
      '/': actions.focusInput,
      '?': actions.toggleHelp,
    };
    const handler = handlers[e.key];
    // Enter on a button or link keeps its own meaning.
    if (!handler || (e.key === 'Enter' && e.target.closest?.('button, a, summary'))) return;
    if (handler() !== false) e.preventDefault();
  });
}
