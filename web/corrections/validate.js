// Validation of the session's corrections (corrections.js describes them), for schema.js,
// which lends its checks (`v`: str, time, fail, isObject, LIMITS) so every field is held to
// the same rules as the rest of the session.

import { CLAIM_KINDS } from './corrections.js';

const PASSAGE_KINDS = new Set(['speaker', 'delete', 'add', 'furniture']);
const SPEAKER_FIELDS = { rename: ['from', 'to'], merge: ['from', 'into'], 'not-speaker': ['name'] };

function validateOne(c, where, v) {
  if (!v.isObject(c)) v.fail(`${where} is not a correction.`);
  const out = {
    id: v.str(c.id, `${where}'s id`, { max: v.LIMITS.id, empty: false }),
    kind: v.str(c.kind, `${where}'s kind`, { max: 20 }),
    updated: v.time(c.updated, `${where}'s modification time`),
  };
  const name = (value, field) => v.str(value, `${where}'s ${field}`, { max: v.LIMITS.speaker, empty: false });
  if (PASSAGE_KINDS.has(out.kind)) {
    const { start, end } = c;
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end <= start) v.fail(`${where}'s position is not a passage.`);
    Object.assign(out, {
      article: v.str(c.article, `${where}'s article`, { max: v.LIMITS.id }), start, end,
      text: v.str(c.text, `${where}'s text`, { wellFormed: false, empty: false }),
      prefix: v.str(c.prefix ?? '', `${where}'s text before`, { max: v.LIMITS.context, wellFormed: false }),
      suffix: v.str(c.suffix ?? '', `${where}'s text after`, { max: v.LIMITS.context, wellFormed: false }),
    });
    if (out.text.length !== end - start) v.fail(`${where}'s text does not match its position.`);
    if (out.kind === 'speaker' || out.kind === 'add') out.speaker = c.speaker == null ? null : name(c.speaker, 'speaker');
    if (out.kind === 'add') {
      out.claimKind = v.str(c.claimKind, `${where}'s claim kind`, { max: 20 });
      if (!CLAIM_KINDS.some(([k]) => k === out.claimKind)) v.fail(`${where} has an unknown claim kind “${out.claimKind.slice(0, 20)}”.`);
      out.cue = v.str(c.cue ?? '', `${where}'s cue`, { max: v.LIMITS.speaker });
    }
    if (out.kind === 'furniture') {
      if (typeof c.noise !== 'boolean') v.fail(`${where} should say whether the line is page noise.`);
      out.noise = c.noise;
    }
  } else if (SPEAKER_FIELDS[out.kind]) {
    for (const field of SPEAKER_FIELDS[out.kind]) out[field] = name(c[field], field);
  } else {
    v.fail(`${where} is of an unknown kind “${out.kind}”.`);
  }
  return out;
}

/** The session's corrections (optional in files: [] when absent). */
export function validateCorrections(list, v) {
  if (list == null) return [];
  if (!Array.isArray(list)) v.fail('The session’s corrections should be a list.');
  const ids = new Set();
  return Array.from(list, (c, i) => {
    const out = validateOne(c, `Correction ${i + 1}`, v);
    if (ids.has(out.id)) v.fail(`Two corrections have the id “${out.id}”.`);
    ids.add(out.id);
    return out;
  });
}
