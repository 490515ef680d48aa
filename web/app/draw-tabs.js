// Drawing: the tab strip, an ARIA tablist of the open articles. One tab is in the Tab
// order (roving tabindex); arrows, Home and End move between tabs (see tab-actions.js).
// Tabs are updated in place, not rebuilt, so a focused tab keeps the focus.

import { tabTitle } from './tabs.js';

export const tabElementId = (tab) => `tab-${tab.id}`;

// Linear in the number of tabs: one pass over the strip, existing buttons found by id in a Map
// (a query per tab would rescan the strip each time), and only what changed is written.
export function drawTabs(tablist, tabs, activeId, panelId) {
  const wanted = new Set(tabs.map(tabElementId));
  const existing = new Map();
  for (const el of [...tablist.children]) {
    if (wanted.has(el.id)) existing.set(el.id, el);
    else el.remove();
  }
  let previous = null;
  for (const tab of tabs) {
    let el = existing.get(tabElementId(tab));
    if (!el) {
      el = document.createElement('button');
      el.type = 'button';
      el.id = tabElementId(tab);
      el.setAttribute('role', 'tab');
      el.setAttribute('aria-controls', panelId);
      el.dataset.tabId = tab.id;
      // New tabs come last, so existing ones are never moved (moving would drop the focus).
      tablist.insertBefore(el, previous ? previous.nextSibling : tablist.firstChild);
    }
    const selected = String(tab.id === activeId);
    if (el.getAttribute('aria-selected') !== selected) {
      el.setAttribute('aria-selected', selected);
      el.tabIndex = selected === 'true' ? 0 : -1;
    }
    const title = tabTitle(tab);
    if (el.textContent !== title) el.textContent = title;
    el.classList.toggle('is-busy', tab.status.state === 'busy');
    previous = el;
  }
}

/** The strip of the open tabs (tabs.js's model), the active one selected and naming the workspace. */
export function drawTabStrip(tablist, workspace, tabs) {
  const active = tabs.active();
  drawTabs(tablist, tabs.list(), active?.id, workspace.id);
  if (active) workspace.setAttribute('aria-labelledby', tabElementId(active));
}
