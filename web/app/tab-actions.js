// What the reader (or a session) does with tabs: switch to one (click, arrows, Home/End), open
// a new one, close one (Delete, or the Close button; Undo puts it back), open several articles
// at once (files dropped) and replace them all by a session's.

import { tabElementId } from './draw-tabs.js';
import { tabTitle } from './tabs.js';
import { LIMITS } from '../session/schema.js';

/**
 * ui: { strip (#tabs), newTab, closeTab, input }
 * parts: { tabs, textBox, lock (text-lock.js), status (status-display.js), present(tab)
 *   (tab-drawing.js), annotateTab(tab, {focus}), drawStrip(), session (session-link.js), notify }
 * → { switchTo(tab, {focusTab, keepView}), openArticles(articles), loadArticles(articles, {keepActive}) }
 */
export function installTabActions(ui, parts) {
  const { tabs, session, notify, annotateTab } = parts;

  /** keepView: the session view stays (a session opened its articles under it). */
  function switchTo(tab, { focusTab = false, keepView = false } = {}) {
    if (!keepView) session.hideView();
    tabs.activate(tab.id);
    parts.textBox.show(tab.text);
    parts.lock.show(tab);
    parts.drawStrip();
    parts.status.show(tab);
    parts.status.progress(undefined);
    parts.present(tab);
    if (focusTab) document.getElementById(tabElementId(tab))?.focus();
  }

  /**
   * Opens articles: the first one in the active tab when its box is empty, the others in new tabs;
   * never more than a session holds (LIMITS.articles), the rest refused in words.
   */
  function openArticles(articles) {
    const open = tabs.list().filter((t) => t.text.trim() !== '').length;
    const room = Math.max(0, LIMITS.articles - open);
    if (articles.length > room) {
      notify(`${articles.length - room} article(s) not opened: a session holds at most ${LIMITS.articles} articles.`);
      articles = articles.slice(0, room);
    }
    let first = null;
    for (const { text, title, url = null, outlet = null, date = null } of articles) {
      const current = tabs.active();
      const tab = current.text.trim() === '' && !first ? current : tabs.add();
      Object.assign(tab, { title, text, url, outlet, date });
      annotateTab(tab, { focus: !first });
      first ??= tab;
    }
    if (first) switchTo(first);
  }

  /** Closes the active tab; Undo puts it back with its annotation (and its reviews find it again). */
  function closeActiveTab(focusTab = false) {
    const closing = tabs.active();
    const index = tabs.list().indexOf(closing);
    if (tabs.list().length === 1) tabs.add(); // the last tab gives way to an empty one
    closing.request++; // an answer still on its way is dropped
    switchTo(tabs.close(closing.id), { focusTab });
    session.articlesChanged();
    if (closing.text.trim() === '') return;
    notify(`Closed “${tabTitle(closing)}”.`, { label: 'Undo', run: () => reopenTab(closing, index) });
  }

  function reopenTab(tab, index) {
    const [only] = tabs.list();
    const placeholder = tabs.list().length === 1 && only.text === '' && !only.annotation ? only : null;
    tabs.restore(tab, placeholder ? 0 : index);
    if (placeholder) tabs.close(placeholder.id); // the empty tab left by closing the last one
    switchTo(tab);
    if (!tab.annotation) annotateTab(tab);
    session.articlesChanged();
    notify(`“${tabTitle(tab)}” is open again.`);
  }

  /** Replaces every open article by a session's ones (the session controller's host). */
  function loadArticles(articles, { keepActive = false } = {}) {
    const activeKey = keepActive ? tabs.active()?.key : null;
    tabs.clear();
    const opened = articles.map(({ key, title, text, date, url, outlet }) => tabs.add({ key, title, text, date, url, outlet }));
    if (opened.length === 0) opened.push(tabs.add());
    switchTo(opened.find((t) => t.key === activeKey) ?? opened[0], { keepView: true });
    for (const tab of opened) if (tab.text.trim() !== '') annotateTab(tab);
  }

  ui.strip.addEventListener('click', (e) => {
    const tab = tabs.get(e.target.closest('[role="tab"]')?.dataset.tabId);
    if (tab && tab !== tabs.active()) switchTo(tab);
    else if (tab) session.hideView(); // back from the session view
  });
  ui.strip.addEventListener('keydown', (e) => {
    const list = tabs.list();
    const i = list.indexOf(tabs.active());
    const target = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: list.length - 1 }[e.key];
    if (target === undefined) {
      if (e.key === 'Delete') { e.preventDefault(); closeActiveTab(true); }
      return;
    }
    e.preventDefault();
    switchTo(list[(target + list.length) % list.length], { focusTab: true });
  });
  ui.newTab.addEventListener('click', () => {
    switchTo(tabs.add());
    ui.input.focus();
  });
  ui.closeTab.addEventListener('click', () => closeActiveTab());

  return { switchTo, openArticles, loadArticles };
}
