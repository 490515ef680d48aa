// One statement, one verdict (issue 12): the claims the core links as one statement (`same`
// or `conflict`, across outlets) are one statement, and each claim is one of its versions.
// A statement carries one review (verdict, note, sources), stored on one of its versions:
// the most recently updated one when several versions were reviewed apart (before they were
// linked, or in two tabs at once); the others stay listed with the statement, never dropped.
// Pure: no DOM, no storage.

import { PER_STEP, finish } from '../shared/steps.js';

// Below these the reading is worth a second look (the "low confidence" filter): the core's
// attribution confidence of a version (annotate gives 0.3 or 0.55 to guesses, 0.75 and up to
// cue-backed attributions), and a `same` link's score (links start at 0.42).
export const LOW_CONFIDENCE = 0.6;
export const LOW_LINK_SCORE = 0.5;

const joins = (v) => v.relation === 'same' || v.relation === 'conflict';

/** Union-find over the claims' same/conflict versions → groups, each in claim order. */
function* components(claims) {
  const index = new Map(claims.map((c, i) => [c, i]));
  const parent = claims.map((_, i) => i);
  const find = (i) => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (const [i, c] of claims.entries()) {
    for (const v of c.versions) {
      const j = index.get(v.claim);
      if (j === undefined || !joins(v)) continue;
      const a = find(i), b = find(j);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
    if (i % PER_STEP === PER_STEP - 1) yield;
  }
  const groups = new Map(); // insertion order: by each group's first claim
  for (const [i, c] of claims.entries()) {
    const root = find(i);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root).push(c);
    if (i % PER_STEP === PER_STEP - 1) yield;
  }
  return [...groups.values()];
}

/** How `claim` relates to the statement: its link to the lead, else its best link inside. */
function relationOf(claim, lead, members) {
  const direct = claim.versions.find((v) => v.claim === lead && joins(v));
  if (direct) return { relation: direct.relation, score: direct.score };
  const inside = claim.versions.filter((v) => members.has(v.claim) && joins(v)).sort((x, y) => y.score - x.score)[0];
  return { relation: inside?.relation ?? 'same', score: inside?.score ?? 0 };
}

function statementOf(claims) {
  const [lead] = claims;
  const members = new Set(claims);
  const versions = claims.slice(1).map((claim) => ({ claim, ...relationOf(claim, lead, members) }));
  const reviews = claims.map((c) => c.ownReview).filter(Boolean)
    .sort((a, b) => (b.updated ?? '').localeCompare(a.updated ?? ''));
  const related = lead.versions.filter((v) => v.relation === 'related' && !members.has(v.claim));
  const scores = versions.map((v) => v.score);
  const low = claims.some((c) => (c.confidence ?? 1) < LOW_CONFIDENCE) || scores.some((s) => s < LOW_LINK_SCORE);
  return {
    id: lead.id, key: lead.key, lead, claims, versions, related,
    differs: versions.filter((v) => v.relation === 'conflict'),
    speaker: lead.speaker, review: reviews[0] ?? null, otherReviews: reviews.slice(1), low,
  };
}

/**
 * claims: the joined claims (model.js), in article then text order, each with `ownReview`
 * (the review stored at its passage) and `versions`. → statements, in order of their first
 * version; every claim gets `statement` and `review` (its statement's review).
 */
export function groupStatements(claims) {
  return finish(groupStatementsSteps(claims));
}

/** groupStatements() as a generator that pauses every few thousand claims (web/shared/steps.js). */
export function* groupStatementsSteps(claims) {
  const groups = yield* components(claims);
  const statements = [];
  for (const [i, group] of groups.entries()) {
    const s = statementOf(group);
    for (const c of s.claims) {
      c.statement = s;
      c.review = s.review;
    }
    statements.push(s);
    if (i % PER_STEP === PER_STEP - 1) yield;
  }
  return statements;
}

/** The versions' articles, each once, the lead's first: where the statement appeared. */
export const appearances = (statement) => [...new Set(statement.claims.map((c) => c.article))];
