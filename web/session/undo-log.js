// What the reader can take back: each undoable step (a review deleted, a correction made or
// taken out, a session deleted) is logged with how to undo it, and offered in the notice with
// its button (Undo, or Redo for a step that was itself a taking back). The log keeps the last
// LIMIT steps, so a button pressed late still undoes its own step, never a later one.

const LIMIT = 50;

/** notify(message, {label, run}?): the session's notice (app/notice.js). */
export function createUndoLog(notify) {
  const steps = [];

  /**
   * step: {message (what was done), undo() → words to say once undone, or nothing (may be
   * async), label? ('Undo' unless given)}.
   */
  function done(step) {
    steps.push(step);
    if (steps.length > LIMIT) steps.shift();
    notify(step.message, { label: step.label ?? 'Undo', run: () => undo(step) });
  }

  async function undo(step) {
    const at = steps.indexOf(step);
    if (at === -1) return;
    steps.splice(at, 1);
    const said = await step.undo();
    if (typeof said === 'string') notify(said);
  }

  return { done, undo, pending: () => steps.length };
}
