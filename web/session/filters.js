// Which statements the session view shows (issue 12): all, the ones not reviewed yet, the
// ones with a version that differs, the ones whose reading is unsure (statements.js), and
// by speaker. Pure: a named table of filters and one predicate.

export const FILTERS = [
  ['all', 'All statements', () => true],
  ['unreviewed', 'Not reviewed', (s) => !s.review?.verdict],
  ['differs', 'Differs', (s) => s.differs.length > 0],
  ['low', 'Low confidence', (s) => s.low],
];
export const EVERY_SPEAKER = '';
export const UNATTRIBUTED = '\u0000unattributed'; // no speaker's name can be this

/** filter: {show: a FILTERS key, speaker: a name, EVERY_SPEAKER or UNATTRIBUTED}. */
export function shown(statements, { show = 'all', speaker = EVERY_SPEAKER } = {}) {
  const test = (FILTERS.find(([key]) => key === show) ?? FILTERS[0])[2];
  return statements.filter((s) => test(s) && (speaker === EVERY_SPEAKER || (s.speaker ?? UNATTRIBUTED) === speaker));
}

/** The speakers to filter by: those of the statements, in order of their first statement. */
export function speakersOf(statements) {
  return [...new Set(statements.map((s) => s.speaker ?? UNATTRIBUTED))];
}
