// The one table of claim kinds and their names on the page (overlay legend, claim card,
// corrections, session view, exports), in the order a reader picks them.

export const CLAIM_KINDS = [['direct', 'direct quote'], ['indirect', 'reported speech'], ['mixed', 'partly quoted']];
const LABELS = Object.fromEntries(CLAIM_KINDS);

/** "direct" → "direct quote"; an unknown kind as it is. */
export const kindLabel = (kind) => LABELS[kind] ?? kind;
