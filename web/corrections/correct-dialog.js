// The correction forms, in one <dialog id="correct-dialog">: a claim's speaker (or "not a
// claim"), a speaker (rename, same person as, not a speaker), and a new claim from a passage
// (kind, speaker, optional cue; or the passage marked / unmarked as page noise). Built from
// text nodes only; every control labelled, so it is all reachable by keyboard.

import { CLAIM_KINDS } from './corrections.js';

const NEW = '\u0000new';
const NOBODY = '\u0000nobody';
let fieldCount = 0;

const el = (tag, props = {}, ...children) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children.filter((c) => c != null));
  return e;
};
const option = (value, label) => el('option', { value, textContent: label });

function labelled(label, control) {
  control.id = `correct-field-${++fieldCount}`;
  return el('div', { className: 'field' }, el('label', { htmlFor: control.id, textContent: label }), control);
}

/** A speaker chooser: the known names, "Unattributed", "New speaker…" + a name box. → {nodes, value()} */
function speakerChooser(names, current) {
  const select = el('select', {}, ...names.map((n) => option(n, n)), option(NOBODY, 'Unattributed (nobody)'), option(NEW, 'New speaker…'));
  select.value = current == null ? NOBODY : current;
  const name = el('input', { type: 'text', autocomplete: 'off', maxLength: 1000 });
  const nameField = labelled('New speaker’s name', name);
  nameField.hidden = select.value !== NEW;
  select.addEventListener('change', () => { nameField.hidden = select.value !== NEW; if (!nameField.hidden) name.focus(); });
  return {
    nodes: [labelled('Speaker', select), nameField],
    value: () => (select.value === NOBODY ? null : select.value === NEW ? name.value.trim() || undefined : select.value),
  };
}

/**
 * Opens the dialog with `title`, `fields` and `buttons` ([{label, primary, run() → true to close
 * or a message to show}]). Cancel and Escape close it; the focus goes back where it was.
 */
function openForm(title, fields, buttons) {
  const dialog = document.getElementById('correct-dialog');
  const back = document.activeElement;
  const problem = el('p', { className: 'form-problem', role: 'alert' });
  const row = el('div', { className: 'actions' });
  for (const b of buttons) {
    const button = el('button', { type: 'button', textContent: b.label, className: b.primary ? 'primary' : '' });
    button.addEventListener('click', () => {
      const outcome = b.run();
      if (outcome === true) dialog.close();
      else problem.textContent = outcome || '';
    });
    row.append(button);
  }
  const cancel = el('button', { type: 'button', textContent: 'Cancel' });
  cancel.addEventListener('click', () => dialog.close());
  row.append(cancel);
  const heading = el('h2', { id: 'correct-heading', textContent: title });
  dialog.replaceChildren(heading, ...fields, problem, row);
  dialog.setAttribute('aria-labelledby', 'correct-heading');
  dialog.addEventListener('close', () => back?.focus?.(), { once: true });
  dialog.showModal();
  dialog.querySelector('select, input, textarea')?.focus();
}

/** The claim's speaker: onSpeaker(name|null), onDelete(). */
export function claimForm({ claimText, speaker, names, onSpeaker, onDelete }) {
  const chooser = speakerChooser(names, speaker);
  openForm('Correct this claim', [el('blockquote', { textContent: claimText }), ...chooser.nodes], [
    { label: 'Save speaker', primary: true, run: () => { const v = chooser.value(); if (v === undefined) return 'Type the new speaker’s name.'; onSpeaker(v); return true; } },
    { label: 'Not a claim', run: () => { onDelete(); return true; } },
  ]);
}

/** A speaker: onRename(to), onMerge(into), onNotSpeaker(). */
export function speakerForm({ name, others, onRename, onMerge, onNotSpeaker }) {
  const rename = el('input', { type: 'text', value: name, autocomplete: 'off', maxLength: 1000 });
  const same = el('select', {}, option('', '— a different person —'), ...others.map((n) => option(n, n)));
  openForm(`Correct the speaker ${name}`, [labelled('Name', rename), labelled('Same person as', same)], [
    { label: 'Save', primary: true, run: () => {
      const to = rename.value.trim();
      if (!to) return 'A speaker needs a name.';
      if (same.value) onMerge(same.value);
      else if (to !== name) onRename(to);
      return true;
    } },
    { label: 'Not a speaker', run: () => { onNotSpeaker(); return true; } },
  ]);
}

/** A new claim or a page-noise line from a passage: onAdd({text, claimKind, speaker, cue}), onNoise(text, on). */
export function passageForm({ passage, names, onAdd, onNoise }) {
  const text = el('textarea', { rows: 3, value: passage, spellcheck: false });
  const kind = el('select', {}, ...CLAIM_KINDS.map(([k, label]) => option(k, label)));
  const chooser = speakerChooser(names, names[0] ?? null);
  const cue = el('input', { type: 'text', autocomplete: 'off', maxLength: 1000 });
  openForm('Add a claim, or mark page noise', [labelled('Passage (as it is in the article)', text), labelled('Kind', kind),
    ...chooser.nodes, labelled('Cue (optional, e.g. “said”)', cue)], [
    { label: 'Add claim', primary: true, run: () => {
      const speaker = chooser.value();
      if (speaker === undefined) return 'Type the new speaker’s name.';
      return onAdd({ text: text.value, claimKind: kind.value, speaker, cue: cue.value.trim() });
    } },
    { label: 'Mark as page noise', run: () => onNoise(text.value, true) },
    { label: 'Not page noise', run: () => onNoise(text.value, false) },
  ]);
}
