// Several named sessions on the session bar: the list to switch between, the name box, New
// session, and Delete session (asked first when it holds verdicts; undone from the log).

import { confirmAction } from '../app/confirm.js';
import { newRecord } from './session-store.js';
import { LIMITS, fit, validateSession } from './schema.js';

/** ui: {select, name, create, remove}; sessions: session-store.js; showView(on); undo: undo-log.js; notify. */
export function installSessionPicker(ui, { sessions, showView, undo, notify }) {
  const listed = async () => {
    const store = sessions.store();
    return store ? store.list().catch(() => []) : [];
  };

  async function refreshList() {
    const record = sessions.record();
    const list = await listed();
    if (!list.some((s) => s.id === record.id)) list.unshift({ id: record.id, name: record.name });
    ui.select.replaceChildren(...list.map((s) => Object.assign(document.createElement('option'), {
      value: s.id, textContent: s.id === record.id ? record.name : s.name,
    })));
    ui.select.value = record.id;
    if (document.activeElement !== ui.name) ui.name.value = record.name;
  }

  async function nextName() {
    const names = new Set((await listed()).map((s) => s.name));
    names.add(sessions.record().name);
    let n = 1;
    while (names.has(`Session ${n}`)) n++;
    return `Session ${n}`;
  }

  ui.select.addEventListener('change', async () => {
    const id = ui.select.value;
    if (id === sessions.record().id) return;
    await sessions.flush();
    const next = await sessions.store()?.get(id).then(validateSession).catch(() => null);
    if (!next) { notify('That session could not be read.'); refreshList(); return; }
    sessions.open(next, { stored: true });
    sessions.saveNow(); // records it as the current one
  });

  ui.name.addEventListener('input', () => {
    const name = ui.name.value.trim();
    if (!name) return;
    const record = sessions.record();
    record.name = fit(name, LIMITS.name);
    const option = [...ui.select.options].find((o) => o.value === record.id);
    if (option) option.textContent = record.name;
    sessions.scheduleSave();
  });
  ui.name.addEventListener('change', () => { if (!ui.name.value.trim()) ui.name.value = sessions.record().name; });

  ui.create.addEventListener('click', async () => {
    await sessions.flush();
    sessions.open(newRecord(await nextName()));
    sessions.saveNow();
    showView(false); // an empty session: the article box, to paste into
    ui.name.focus();
    ui.name.select();
  });

  ui.remove.addEventListener('click', async () => {
    await sessions.flush();
    const deleted = structuredClone(sessions.record());
    const verdicts = [...deleted.reviews, ...deleted.orphans].filter((r) => r.verdict).length;
    if (verdicts && !await confirmAction({
      question: `Delete the session “${deleted.name}” with its ${verdicts} verdict(s)? You can undo this for a short while.`, confirm: 'Delete session',
    })) return;
    const store = sessions.store();
    const others = (await listed()).filter((s) => s.id !== deleted.id);
    const next = (others[0] && await store.get(others[0].id).then(validateSession).catch(() => null)) || newRecord(await nextName());
    try {
      if (store) await store.remove(deleted.id, others[0] ? next.id : null);
    } catch (err) {
      notify(`Could not delete: ${err.message}.`);
      return;
    }
    sessions.open(next, { stored: Boolean(others[0]) });
    if (!others[0]) sessions.saveNow();
    undo.done({
      message: `Deleted “${deleted.name}”.`,
      undo: async () => {
        await sessions.flush();
        sessions.open(deleted);
        const ok = await sessions.saveNow();
        return ok ? `“${deleted.name}” is back.` : `“${deleted.name}” is back on screen but could not be stored again.`;
      },
    });
  });

  return { refreshList };
}
