// Fact-check sessions on the page, put together: the current session and its storage
// (session-store.js), what can be undone (undo-log.js), the session view's model
// (view-model.js, drawn by view.js), moving through it (statement-nav.js), several named
// sessions (session-picker.js), the session's files (import-export.js), the reviewer's
// settings (reviewer.js) and the reader's corrections. The page's composition root
// (web/app/main.js) installs it last with the host below and the session worker's client,
// waits for `ready`, and attaches the rest to the session link (web/app/session-link.js),
// through which the page's parts call it.

import { createNotice } from '../app/notice.js';
import { describeCorrection } from '../corrections/corrections.js';
import { newId } from '../shared/ids.js';
import { installSessionFiles } from './import-export.js';
import { installReviewerSettings } from './reviewer.js';
import { installSessionPicker } from './session-picker.js';
import { createSessionStore } from './session-store.js';
import { installStatementNav } from './statement-nav.js';
import { createUndoLog } from './undo-log.js';
import { createViewModel } from './view-model.js';

/**
 * host: { tabs (the model), loadArticles([{key, title, text, date}]) replaces the open tabs,
 *         correctionsChanged(), generator: "whosaid 0.1.0" }
 * client: a worker client with session(articles).
 * storage: openSessionStorage()'s promise (session-store.js), when the page started it already.
 */
export function installSessions({ host, client, storage = null }) {
  const $ = (id) => document.getElementById(id);
  const ui = {
    select: $('session-select'), name: $('session-name'), create: $('new-session'), remove: $('delete-session'),
    exportSession: $('export-session'), importSession: $('import-session'), importFile: $('import-file'),
    saveStatus: $('save-status'), notice: $('session-notice'), show: $('show-session'), view: $('session-view'),
    workspace: $('workspace'), speakers: $('session-speakers'), claims: $('session-claims'), summary: $('session-summary'),
    articles: $('session-articles'), statements: $('session-list'), filter: $('statement-filter'),
    speakerFilter: $('statement-speaker'), filterCount: $('filter-count'),
    orphans: $('session-orphans'), webanno: $('export-webanno'), claimreview: $('export-claimreview'), report: $('export-report'),
    tabs: $('tabs'), article: $('article'),
  };

  const notify = createNotice(ui.notice);
  const undo = createUndoLog(notify);
  installReviewerSettings({ name: $('reviewer-name'), url: $('reviewer-url'), status: $('reviewer-status') });

  let model = null;
  let picker = null;
  const sessions = createSessionStore({
    host, saveStatus: ui.saveStatus, notify, storage,
    changed: (what) => {
      picker?.refreshList();
      model?.changed(what);
    },
  });
  model = createViewModel({ ui, sessions, client, host, undo });
  picker = installSessionPicker(ui, { sessions, showView: model.showView, undo, notify });
  installStatementNav({ ui, model, host, notify });

  // --- the reader's corrections (corrections/) -------------------------------------------------

  function removeCorrection(id, { quiet = false } = {}) {
    const record = sessions.record();
    const list = record.corrections ?? [];
    const index = list.findIndex((c) => c.id === id);
    if (index === -1) return;
    const [gone] = list.splice(index, 1);
    sessions.correctionsChanged();
    if (quiet) return;
    undo.done({
      message: `Undone: ${describeCorrection(gone)}.`,
      label: 'Redo',
      undo: () => {
        const now = sessions.record().corrections;
        now.splice(Math.min(index, now.length), 0, gone);
        sessions.correctionsChanged();
      },
    });
  }

  function addCorrection(correction) {
    const record = sessions.record();
    record.corrections = [...(record.corrections ?? []), correction];
    sessions.correctionsChanged();
    undo.done({ message: `Corrected: ${describeCorrection(correction)}.`, undo: () => removeCorrection(correction.id, { quiet: true }) });
  }

  installSessionFiles(ui, {
    record: sessions.record, store: sessions.store, problem: sessions.problem, flush: sessions.flush, open: sessions.open, notify,
    status: sessions.status, joined: model.joined, newId: () => newId('s'), generator: host.generator,
  });

  return {
    ready: sessions.start(),
    articlesChanged: sessions.articlesChanged,
    corrections: () => sessions.record().corrections ?? [],
    addCorrection,
    removeCorrection,
    /** The article view is back (a tab was chosen). */
    hideView: () => { if (model.visible()) model.showView(false); },
    flush: sessions.flush,
  };
}
