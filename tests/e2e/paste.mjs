// Pastes as a browser dispatches them: a ClipboardEvent whose DataTransfer holds `data`
// ({ 'text/plain': …, 'text/html': … }) on the element `selector`, focused first. A synthetic
// paste has no default action: the page's handlers see it, the browser inserts nothing.

/** → true when no handler cancelled the paste (the page left it to the browser). */
export function paste(page, data, selector = '#article-text') {
  return page.evaluate(([entries, sel]) => {
    const clipboard = new DataTransfer();
    for (const [type, value] of entries) clipboard.setData(type, value);
    const target = document.querySelector(sel);
    target.focus?.();
    return target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
  }, [Object.entries(data), selector]);
}

/** Pastes plain text (the page's own handler takes a long one into the tab, text-box.js). */
export const pastePlain = (page, text, selector) => paste(page, { 'text/plain': text }, selector);

/** Pastes `html` (a web page, as a browser's clipboard holds it). */
export const pasteHtml = (page, html, selector) => paste(page, { 'text/html': html }, selector);
