// A passing note in a live region, optionally with one action button (Undo). Undo notes stay
// longer: the reader may need a moment to notice what went.

const PLAIN_MS = 10000;
const ACTION_MS = 30000;

/** → show(message, action?) where action = {label, run}; show('') clears. */
export function createNotice(element) {
  let timer = 0;
  return function show(message, action) {
    clearTimeout(timer);
    element.replaceChildren(message);
    if (action) {
      const button = Object.assign(document.createElement('button'), { type: 'button', textContent: action.label, className: 'quiet' });
      button.addEventListener('click', () => { element.replaceChildren(); action.run(); }, { once: true });
      element.append(' ', button);
    }
    if (message) timer = setTimeout(() => element.replaceChildren(), action ? ACTION_MS : PLAIN_MS);
  };
}
