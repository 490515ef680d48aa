// Words for the status line: what the annotation found, said plainly.

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

export function summarize(annotation) {
  const claims = annotation.claims || [];
  const speakers = (annotation.speakers || []).filter((s) => s.claim_count > 0);
  const unattributed = claims.filter((c) => c.speaker == null).length;
  if (claims.length === 0) return 'No claims found in this text.';
  let text = `${plural(claims.length, 'claim', 'claims')} by ${plural(speakers.length, 'speaker', 'speakers')}`;
  if (unattributed) text += `, ${unattributed} unattributed`;
  return `${text}.`;
}
