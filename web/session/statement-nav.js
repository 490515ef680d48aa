// Moving through the session view (issue 12): j / k to the next / previous statement (the
// page's own j / k move between claims of the article, so these keys are taken first while
// the view is open, and never while a field has the focus), and a jump from a version to its
// place in its article (its tab, the claim focused), with a way back to the statement.

const typingInField = (target) => target instanceof HTMLElement &&
  (target.isContentEditable || /^(TEXTAREA|INPUT|SELECT)$/.test(target.tagName));

/** ui: {view, claims, tabs (the tab strip), article}; model: view-model.js; host: the page's tabs; notify. */
export function installStatementNav({ ui, model, host, notify }) {
  const drawn = () => [...ui.claims.querySelectorAll('li.statement')];

  function move(step) {
    const list = drawn();
    if (!list.length) return;
    const at = list.findIndex((li) => li.contains(document.activeElement));
    const next = at === -1 ? (step > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, at + step));
    list[next].focus({ preventScroll: true });
    list[next].scrollIntoView({ block: 'nearest' });
  }

  // Capture phase on window: before the page's shortcuts (on document) see the key.
  addEventListener('keydown', (e) => {
    if (!model.visible() || e.ctrlKey || e.metaKey || e.altKey || typingInField(e.target)) return;
    const step = { j: 1, k: -1 }[e.key];
    if (!step) return;
    e.preventDefault();
    e.stopPropagation();
    move(step);
  }, true);

  /** Resolves with the element once `find()` returns one (the article is drawn in slices). */
  const whenDrawn = (find) => new Promise((resolve) => {
    const found = find();
    if (found) { resolve(found); return; }
    const observer = new MutationObserver(() => {
      const now = find();
      if (now) { observer.disconnect(); resolve(now); }
    });
    observer.observe(ui.article, { childList: true, subtree: true });
    setTimeout(() => { observer.disconnect(); resolve(null); }, 10000); // a tab that never draws it
  });

  /** Back from an article to the statement the reader left, drawn and focused. */
  async function backTo(statementId) {
    await model.showView(true);
    const find = () => ui.claims.querySelector(`li.statement[data-statement="${CSS.escape(statementId)}"]`);
    if (!find()) model.drawAll();
    const item = find();
    item?.focus({ preventScroll: true });
    item?.scrollIntoView({ block: 'center' });
  }

  async function jump(button) {
    const claim = model.current()?.claims.find((c) => c.key === button.dataset.jumpClaim);
    const tab = claim && host.tabs.list().find((t) => t.key === claim.article.uid);
    if (!tab) return;
    const statementId = button.closest('li.statement')?.dataset.statement;
    ui.tabs.querySelector(`[data-tab-id="${CSS.escape(tab.id)}"]`)?.click();
    const id = CSS.escape(claim.articleClaim ?? '');
    const target = await whenDrawn(() => ui.article.querySelector(`.claim-first[data-claim-id="${id}"]`));
    target?.focus({ preventScroll: true });
    target?.scrollIntoView({ block: 'center' });
    notify(target ? `This version in “${claim.article.title}”.` : `“${claim.article.title}” is open; the claim is not marked there now.`,
      { label: 'Back to the statement', run: () => backTo(statementId) });
  }
  ui.claims.addEventListener('click', (e) => {
    const button = e.target.closest('[data-jump-claim]');
    if (button) jump(button);
  });
}
