// Drawing: the tab strip, an ARIA tablist of the open articles. One tab is in the Tab
// order (roving tabindex); arrows, Home and End move between tabs (see main.js).

import { tabTitle } from './tabs.js';

export const tabElementId = (tab) => `tab-${tab.id}`;

export function drawTabs(tablist, tabs, activeId, panelId) {
  tablist.replaceChildren(...tabs.map((tab) => {
    const el = document.createElement('button');
    el.type = 'button';
    el.id = tabElementId(tab);
    el.setAttribute('role', 'tab');
    el.setAttribute('aria-controls', panelId);
    el.dataset.tabId = tab.id;
    const selected = tab.id === activeId;
    el.setAttribute('aria-selected', String(selected));
    el.tabIndex = selected ? 0 : -1;
    el.textContent = tabTitle(tab);
    if (tab.status.state === 'busy') el.classList.add('is-busy');
    return el;
  }));
}
