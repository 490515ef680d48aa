// Annotating a tab: its text goes to the annotator's worker, the answer is kept on the tab
// (with the text it was made for and that text's paragraphs) and drawn if the tab is the active one. A newer request on
// the same tab, or the tab's close, drops an older answer (tab.request).

import { paragraphSteps } from './anchoring.js';
import { inSteps, nextTask, LONG_TEXT } from './chunked.js';
import { summarize } from './summary.js';
import { utf8Bytes } from './utf8-size.js';

// Inputs above this many UTF-8 bytes get a progress bar: they take seconds, not milliseconds.
const PROGRESS_BYTES = 1_000_000;
const megabytes = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * parts: { client (worker-client.js), tabs, session (session-link.js), status (status-display.js),
 *   present(tab, {progress}) (tab-drawing.js), drawStrip(), focusArticle() }
 * → annotateTab(tab, {focus}): focus, the reader asked for it (Annotate, a paste): the focus
 *   moves to the drawn article.
 */
export function createTabAnnotator({ client, tabs, session, status, present, drawStrip, focusArticle }) {
  function setStatus(tab, message, state) {
    tab.status = { message, state };
    if (tab === tabs.active()) status.show(tab);
    drawStrip();
  }

  return async function annotateTab(tab, { focus = false } = {}) {
    const text = tab.text;
    if (text.trim() === '') {
      session.articlesChanged();
      setStatus(tab, 'Paste an article into the box first.', 'idle');
      return;
    }
    const request = ++tab.request;
    performance.mark('whosaid:annotate');
    // The worker starts at once. For a long text, what else a change costs (the session
    // compares whole texts, the size in bytes) waits for the next task: each ~10-20 ms at 5 MB.
    const answer = client.annotate(text);
    answer.catch(() => {}); // handled below; a failure during the wait is no unhandled rejection
    const long = text.length > LONG_TEXT;
    if (long) {
      setStatus(tab, 'Annotating…', 'busy');
      await nextTask();
      if (request !== tab.request) return;
    }
    const bytes = utf8Bytes(text);
    const large = bytes > PROGRESS_BYTES;
    setStatus(tab, large ? `Annotating ${megabytes(bytes)}…` : 'Annotating…', 'busy');
    if (large && tab === tabs.active()) status.progress(null);
    if (long) {
      await nextTask();
      if (request !== tab.request) return;
    }
    session.articlesChanged();
    try {
      const annotation = await answer;
      if (request !== tab.request) return; // a newer request superseded this one
      if (long) { // the unpacking's last slice ran in this task: the drawing starts in the next
        await nextTask();
        if (request !== tab.request) return;
      }
      // The text's paragraphs, split once for the drawing and the card (a 5 MB text: slices).
      const split = await inSteps(paragraphSteps(text), { isCurrent: () => request === tab.request });
      if (!split) return;
      tab.annotation = annotation;
      tab.annotatedText = text;
      tab.paragraphs = split.value;
      // Set quietly: the page says "done" only once the overlay is drawn (present()).
      tab.status = { message: summarize(annotation), state: 'done' };
      if (tab !== tabs.active()) {
        if (tab.text === text) tab.editing = false;
        drawStrip();
        return;
      }
      if (large) status.say(`Drawing ${megabytes(bytes)}…`);
      if (tab.text === text) tab.editing = false; // typed on while it ran: stays editable
      const drawn = await present(tab, { progress: large });
      if (drawn) performance.measure('whosaid:annotate-to-overlay', 'whosaid:annotate');
      if (drawn && focus && tab === tabs.active()) focusArticle();
    } catch (err) {
      if (request !== tab.request) return;
      setStatus(tab, `Could not annotate: ${err.message}. Your text is kept; press Annotate to try again.`, 'error');
    } finally {
      if (request === tab.request && tab === tabs.active()) status.progress(undefined);
    }
  };
}
