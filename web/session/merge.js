// Three-way merge of a session changed in two browser tabs at once: `base` is what this tab
// last read or wrote, `ours` what it holds now, `theirs` what the other tab stored. Whatever
// only one side changed is taken from that side; when both changed the same item, the most
// recently updated one wins (for a review, field by field), and an edit always beats a
// deletion: no write is lost. Pure.

import { reanchor } from './reanchor.js';

// Compared with sorted keys: the same item read back from storage may list its fields in another order.
const canonical = (v) => JSON.stringify(v, (k, x) => (x && typeof x === 'object' && !Array.isArray(x)
  ? Object.fromEntries(Object.keys(x).sort().map((key) => [key, x[key]])) : x));
const same = (a, b) => canonical(a) === canonical(b);

const newer = (mine, other) => ((other.updated ?? '') > (mine.updated ?? '') ? other : mine);

/** Merges lists of items that have an `id`; order: ours, then what only they added. `both`
 * decides an item both sides changed (by default the more recently updated one). */
export function mergeById(base = [], ours = [], theirs = [], both = (was, mine, other) => newer(mine, other)) {
  const b = new Map(base.map((x) => [x.id, x]));
  const o = new Map(ours.map((x) => [x.id, x]));
  const t = new Map(theirs.map((x) => [x.id, x]));
  const items = [];
  let conflicts = 0;
  for (const id of new Set([...o.keys(), ...t.keys(), ...b.keys()])) {
    const was = b.get(id), mine = o.get(id), other = t.get(id);
    let pick;
    if (same(was, mine)) pick = other;
    else if (same(was, other)) pick = mine;
    else if (same(mine, other)) pick = mine;
    else {
      conflicts++;
      if (mine && other) pick = was ? both(was, mine, other) : newer(mine, other);
      else pick = mine ?? other; // changed on one side, deleted on the other: keep the change
    }
    if (pick) items.push(pick);
  }
  return { items, conflicts };
}

// A review both tabs changed keeps what each changed: a verdict set in one and a note typed in
// the other both stay. Only a field both changed goes to the newer edit; where the review sits
// (its article, offsets and quote) moves as one piece.
const PLACE = ['article', 'start', 'end', 'text', 'prefix', 'suffix', 'speaker', 'articleTitle'];
function mergeReview(was, mine, other) {
  const later = newer(mine, other);
  const pick = (fields) => {
    const part = (r) => fields.map((f) => r[f]);
    if (same(part(was), part(mine))) return other;
    if (same(part(was), part(other))) return mine;
    return later;
  };
  const out = {};
  const place = pick(PLACE);
  for (const f of PLACE) if (f in place) out[f] = place[f];
  for (const f of new Set([...Object.keys(mine), ...Object.keys(other)])) {
    if (PLACE.includes(f) || f === 'updated') continue;
    const from = pick([f]);
    if (f in from) out[f] = from[f];
  }
  out.updated = later.updated;
  return out;
}

// Reviews and orphans merge as one pool (a review in one tab may be an orphan in the other);
// re-anchoring against the merged articles then sorts them again.
const pool = (record) => [
  ...(record?.reviews ?? []).map((r) => ({ ...r, orphan: false })),
  ...(record?.orphans ?? []).map((r) => ({ ...r, orphan: true })),
];

/** → {record, conflicts}: the session with both tabs' changes. */
export function mergeRecords(base, ours, theirs) {
  const articles = mergeById(base?.articles, ours.articles, theirs.articles);
  const reviews = mergeById(pool(base), pool(ours), pool(theirs), mergeReview);
  const strip = ({ orphan, ...r }) => r;
  const placed = reanchor(articles.items,
    reviews.items.filter((r) => !r.orphan).map(strip), reviews.items.filter((r) => r.orphan).map(strip));
  const extra = {};
  for (const field of Object.keys({ ...ours, ...theirs })) {
    if (['articles', 'reviews', 'orphans', 'rev', 'updated'].includes(field)) continue;
    if (Array.isArray(ours[field]) || Array.isArray(theirs[field])) {
      const m = mergeById(base?.[field], ours[field], theirs[field]);
      extra[field] = m.items;
      articles.conflicts += m.conflicts;
    } else {
      extra[field] = same(base?.[field], ours[field]) ? theirs[field] : ours[field];
    }
  }
  return {
    record: { ...extra, articles: articles.items, reviews: placed.reviews, orphans: placed.orphans,
      rev: Math.max(ours.rev ?? 0, theirs.rev ?? 0), updated: ours.updated },
    conflicts: articles.conflicts + reviews.conflicts,
  };
}
