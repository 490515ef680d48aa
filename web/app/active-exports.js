// What leaves the page from the active tab: a claim's citation on the clipboard (the card's
// Copy button, the c key) and the article as a JSON or Markdown file, each with the reader's
// corrections applied.

import { citation, exportFileName, toJson, toMarkdown } from './export.js';
import { copyText, downloadText } from './save-and-copy.js';
import { tabTitle } from './tabs.js';

/**
 * ui: { card, json, markdown } (the buttons' elements)
 * parts: { tabs, drawn (drawn-annotation.js), corrected(tab), notify }
 * → { copyCitation(claimId) } (false when there is no such claim)
 */
export function installActiveExports(ui, { tabs, drawn, corrected, notify }) {
  async function copyCitation(claimId) {
    const tab = tabs.active();
    const claim = drawn.claim(claimId);
    if (!claim || !tab) return false;
    const ok = await copyText(citation(claim, drawn.speaker(claim.speaker), tabTitle(tab)));
    notify(ok ? 'Citation copied.' : 'Could not copy: your browser refused the clipboard.');
    return true;
  }

  function exportActive(kind) {
    const tab = tabs.active();
    if (!tab?.annotation) return;
    const article = { title: tabTitle(tab), text: tab.annotatedText, annotation: corrected(tab) };
    if (kind === 'json') downloadText(exportFileName(article.title, 'json'), 'application/json', toJson(article));
    else downloadText(exportFileName(article.title, 'md'), 'text/markdown', toMarkdown(article));
  }

  ui.card.addEventListener('click', (e) => {
    const id = e.target.closest('[data-copy-claim]')?.dataset.copyClaim;
    if (id) copyCitation(id);
  });
  ui.json.addEventListener('click', () => exportActive('json'));
  ui.markdown.addEventListener('click', () => exportActive('markdown'));
  return { copyCitation };
}
