// The reader's corrections of the machine's reading, saved with the session (record.corrections)
// and applied wherever claims are shown: the overlay, the speaker panel, the session view and
// every export. Claim-level ones name their passage as reviews do (quote + context, so they
// survive edits and re-annotation); speaker-level ones name speakers, session-wide.
//   {id, kind, updated, ...}
//   kind 'speaker'     article, start, end, text, prefix, suffix, speaker (a name; null: unattributed)
//   kind 'delete'      article, start, end, text, prefix, suffix          (not a claim)
//   kind 'add'         article, start, end, text, prefix, suffix, claimKind, speaker, cue
//   kind 'furniture'   article, start, end, text, prefix, suffix, noise (true: page noise; false: not)
//   kind 'rename'      from, to          kind 'merge'  from, into          kind 'not-speaker'  name

import { quoteOf } from '../session/quote-anchor.js';
import { newId } from '../shared/ids.js';

export { CLAIM_KINDS } from '../shared/claim-kinds.js';

/** A correction of the passage [start, end) of an article. */
export function passageCorrection(kind, article, text, start, end, fields = {}) {
  return { id: newId('k'), kind, article, start, end, ...quoteOf(text, start, end), ...fields, updated: new Date().toISOString() };
}

/** A correction of a speaker (rename, merge, not-speaker). */
export function speakerCorrection(kind, fields) {
  return { id: newId('k'), kind, ...fields, updated: new Date().toISOString() };
}

const cut = (s, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The correction in words, for the list of the reader's corrections and the report. */
export function describeCorrection(c) {
  switch (c.kind) {
    case 'speaker': return `“${cut(c.text)}” is ${c.speaker ? `${c.speaker}’s` : 'nobody’s (unattributed)'}`;
    case 'delete': return `“${cut(c.text)}” is not a claim`;
    case 'add': return `“${cut(c.text)}” is a claim by ${c.speaker ?? 'nobody named'}`;
    case 'furniture': return `“${cut(c.text)}” is ${c.noise ? '' : 'not '}page noise`;
    case 'rename': return `${c.from} is called ${c.to}`;
    case 'merge': return `${c.from} is ${c.into}`;
    case 'not-speaker': return `${c.name} is not a speaker`;
    default: return c.kind;
  }
}
