// The article box and what feeds it, into the active tab: typing, a paste (annotated at once),
// a long paste (kept whole in the tab, text-box.js shows a part), a dropped or pasted file or
// web page (input-sources.js), the example, and the Annotate and "Annotate again" buttons.
// The tab's text is kept at every change (the box's part joined to the text around it, no copy).

import { installInputSources } from './input-sources.js';
import { SAMPLE_ARTICLE } from './sample-article.js';
import { LONG_TEXT } from './chunked.js';
import { createTypingFollowUp } from './typing-follow-up.js';

/**
 * ui: { input, annotate, annotateAgain, example }
 * parts: { tabs, textBox (text-box.js), lock (text-lock.js), annotateTab(tab, {focus}),
 *   session (session-link.js), openArticles(articles) (tab-actions.js), notify }
 */
export function installArticleInput(ui, { tabs, textBox, lock, annotateTab, session, openArticles, notify }) {
  const annotateActive = () => {
    const tab = tabs.active();
    tab.text = textBox.text();
    if (!textBox.fit()) textBox.changed(); // a long paste: the box is cut into parts again
    annotateTab(tab, { focus: true });
  };
  ui.annotateAgain.addEventListener('click', () => annotateActive());
  ui.annotate.addEventListener('click', annotateActive);

  const followUp = createTypingFollowUp(() => {
    lock.showStale(tabs.active());
    session.articlesChanged();
  });
  ui.input.addEventListener('input', (e) => {
    const tab = tabs.active();
    tab.text = textBox.text();
    if (tab.sample && tab.text !== SAMPLE_ARTICLE) tab.sample = false; // the reader's own text now
    followUp.cancel();
    if (e.inputType === 'insertFromPaste') { lock.showStale(tab); annotateActive(); return; }
    if (!textBox.fit()) textBox.changed(); // cut again when a drop, or typing, grew the box past a part
    if (tab.text.length < LONG_TEXT) { lock.showStale(tab); session.articlesChanged(); }
    else followUp.later();
  });
  ui.example.addEventListener('click', () => {
    textBox.show(SAMPLE_ARTICLE);
    tabs.active().sample = true; // shown, never saved in the session
    annotateActive();
  });
  installInputSources({
    input: ui.input,
    onPasted: (source) => {
      const tab = tabs.active();
      for (const field of ['url', 'outlet', 'date']) if (source[field] && !tab[field]) tab[field] = source[field];
      annotateActive();
    },
    onLongPaste: (text) => {
      const tab = tabs.active();
      tab.text = textBox.insert(text);
      if (tab.sample) tab.sample = false;
      followUp.cancel();
      lock.showStale(tab);
      annotateTab(tab, { focus: true });
    },
    onArticles: openArticles,
    onProblems: (problems) => notify(`${problems.join('; ')}.`),
  });
}
