// Draws a tab's annotation, with the reader's corrections, into the article view, the speaker
// panel, the unattributed list and the notes, then shows the tab's status. One drawing at a
// time: a newer one (another tab, a newer answer) stops an older one at its next slice.

import { prepareAnchoringSteps } from './anchoring.js';
import { inSteps, nextTask, LONG_TEXT } from './chunked.js';
import { drawSpeakers } from './draw-speakers.js';
import { drawUnattributed } from './draw-unattributed.js';
import { speakerStyles } from './speaker-style.js';
import { summarize } from './summary.js';

/**
 * ui: { results, article, speakers, unattributed, noUnattributed, warnings, warningsBox }
 * parts: { tabs, corrected(tab) → its annotation with the corrections, view (article-view.js),
 *   drawn (drawn-annotation.js), marks (speaker-filter.js), closeCard(), corrector, drawer,
 *   speakerTools, status (status-display.js), lock (text-lock.js), drawStrip() }
 * → { present(tab, {progress}), redrawActive() }
 */
export function createTabDrawing(ui, parts) {
  const { tabs, corrected, view, drawn, marks, status, lock } = parts;
  let drawing = 0; // number of the latest drawing; an older one stops at its next slice

  /** Draws the tab's annotation (or hides the results); false when a newer drawing took over. */
  async function draw(tab, { progress = false } = {}) {
    parts.closeCard();
    const run = ++drawing;
    const isCurrent = () => run === drawing;
    const annotation = corrected(tab);
    parts.corrector.drawList();
    if (!annotation) {
      ui.results.hidden = true;
      view.clear();
      return true;
    }
    status.drawing();
    const text = tab.annotatedText;
    // A long article's spans are placed in tasks under 50 ms; the old overlay stays until then.
    const anchored = await inSteps(prepareAnchoringSteps(text, annotation, tab.paragraphs), { isCurrent });
    if (!anchored || !isCurrent()) return false;
    const { paragraphs, dropped } = anchored.value;
    if (text.length > LONG_TEXT) {
      await nextTask();
      if (!isCurrent()) return false;
    }
    const speakers = annotation.speakers || [];
    const claims = annotation.claims || [];
    drawn.show(annotation, tab.paragraphs);
    const styles = speakerStyles(speakers);

    drawSpeakers(ui.speakers, speakers, styles);
    parts.speakerTools.apply();
    parts.drawer.label(speakers.length);
    drawUnattributed(ui.unattributed, claims);
    ui.noUnattributed.hidden = claims.some((c) => c.speaker == null);
    const notes = [...(annotation.warnings || [])];
    if (dropped) notes.push(`${dropped} highlighted passage(s) did not match the text and were left out.`);
    ui.warnings.replaceChildren(...notes.map((n) => Object.assign(document.createElement('li'), { textContent: n })));
    ui.warningsBox.hidden = notes.length === 0;
    marks.clear();
    ui.results.hidden = false;

    return view.draw(text, paragraphs, styles, {
      isCurrent,
      onProgress: progress ? (done, total) => status.progress(done / total) : undefined,
    });
  }

  /**
   * Draws the tab's annotation, then shows the tab's status (body[data-state] stays "busy"
   * while drawing). False when a newer drawing took over, which then finishes the job.
   */
  async function present(tab, options) {
    const done = await draw(tab, options);
    if (done && tab === tabs.active()) {
      if (tab.status.state === 'done' && tab.annotation) tab.status.message = summarize(corrected(tab)); // with the reader's corrections
      status.show(tab);
      lock.show(tab);
      parts.drawStrip();
    }
    return done;
  }

  /**
   * The reader's corrections changed: the active tab is drawn again with them; the focus, lost
   * with the redrawn claim, goes back to the article.
   */
  async function redrawActive() {
    const tab = tabs.active();
    if (!tab) return;
    await present(tab);
    if (document.activeElement === document.body || !document.activeElement) ui.article.focus({ preventScroll: true });
  }

  return { present, redrawActive };
}
