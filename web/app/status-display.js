// The active tab's status on the page: the status line, the Annotate button's busy mark,
// body[data-state] (what the tests and the bench wait for) and a large text's progress bar.

export function createStatusDisplay({ status, annotate, progress }) {
  return {
    /** Shows `tab`'s status; only the active tab's is on the page. */
    show(tab) {
      status.textContent = tab.status.message;
      status.classList.toggle('is-error', tab.status.state === 'error');
      document.body.dataset.state = tab.status.state;
      annotate.toggleAttribute('aria-busy', tab.status.state === 'busy');
    },
    /** A step of the work on the status line ("Drawing 1.2 MB…"); the tab's status is unchanged. */
    say(message) { status.textContent = message; },
    /** body[data-state] stays "busy" while the overlay is drawn, until show() says the result. */
    drawing() { document.body.dataset.state = 'busy'; },
    /** fraction: null = under way, unknown share (an indeterminate bar); undefined = hide. */
    progress(fraction) {
      progress.hidden = fraction === undefined;
      if (fraction === null) progress.removeAttribute('value');
      else if (fraction !== undefined) progress.value = fraction;
    },
  };
}
