// The open articles ("tabs"): each keeps its own text, its last annotation and its status.
// A plain model with no DOM, so the session view can build on it; draw-tabs.js draws it.

import { newId } from '../shared/ids.js';
import { articleTitle } from '../shared/title.js';

const TITLE_CHARS = 40;

/** Title shown on a tab: the page's one title rule (shared/title.js), cut short for the strip. */
export const tabTitle = (tab) => articleTitle(tab, { n: tab.n, max: TITLE_CHARS });

export function createTabs() {
  const tabs = [];
  let activeId = null;
  let counter = 0;

  const api = {
    list: () => [...tabs],
    get: (id) => tabs.find((t) => t.id === id) ?? null,
    active: () => api.get(activeId),

    /**
     * A new tab (not yet active). Fields: id, n, key (stable across reloads: the session's
     * article id), title, text, its source (url, outlet, date: the publication date),
     * annotation, annotatedText, paragraphs, request, status.
     */
    add({ text = '', title = '', key = newId('a'), date = null, url = null, outlet = null } = {}) {
      counter++;
      const tab = {
        id: `t${counter}`, n: counter, key, title, text, date, url, outlet,
        annotation: null,    // the last annotation received…
        annotatedText: null, // …and the text it was made for
        paragraphs: null,    // …and that text's paragraphs ({start, end}): drawn, and counted by the card
        request: 0,          // number of the latest annotation request (older answers are dropped)
        editing: true,       // the text box is editable: until annotated, and after "Edit text"
        status: { message: '', state: 'idle' },
      };
      tabs.push(tab);
      return tab;
    },

    activate(id) {
      if (!api.get(id)) throw new Error(`no tab ${id}`);
      activeId = id;
      return api.active();
    },

    /** Puts a closed tab back at `index` (Undo of a close). */
    restore(tab, index) {
      tabs.splice(Math.min(index, tabs.length), 0, tab);
      return tab;
    },

    /** Closes every tab (for opening another session); add one next. */
    clear() {
      for (const t of tabs) t.request++; // answers still on their way are dropped
      tabs.length = 0;
      activeId = null;
    },

    /** Closes a tab; the neighbour to its right (else left) becomes active. The last tab is never closed. */
    close(id) {
      const i = tabs.findIndex((t) => t.id === id);
      if (i < 0 || tabs.length === 1) return api.active();
      tabs.splice(i, 1);
      if (activeId === id) activeId = tabs[Math.min(i, tabs.length - 1)].id;
      return api.active();
    },
  };
  return api;
}
