// schema.org ClaimReview (JSON-LD) for every claim of the session that has a verdict.

import { verdictLabel } from './schema.js';

// Rating scale 1 (false) .. 5 (accurate); "unverifiable" has a name but no value.
const RATING = { accurate: 5, 'needs-context': 3, misleading: 2, false: 1 };

/** joined: joinSession(record, core). */
export function toClaimReview(record, joined) {
  const reviewed = joined.claims.filter((c) => c.review?.verdict);
  const graph = reviewed.map((c) => {
    const r = c.review;
    const rating = { '@type': 'Rating', alternateName: verdictLabel(r.verdict), bestRating: 5, worstRating: 1 };
    if (RATING[r.verdict] !== undefined) rating.ratingValue = RATING[r.verdict];
    return {
      '@type': 'ClaimReview',
      claimReviewed: c.text,
      datePublished: r.updated.slice(0, 10),
      reviewRating: rating,
      ...(r.note ? { reviewBody: r.note } : {}),
      itemReviewed: {
        '@type': 'Claim',
        ...(c.speaker ? { author: { '@type': c.speakerKind === 'organization' ? 'Organization' : 'Person', name: c.speaker } } : {}),
        appearance: [...new Set([c.article.title, ...c.versions.filter((v) => v.relation !== 'related')
          .map((v) => v.claim.article.title)])].map((headline) => ({ '@type': 'CreativeWork', headline })),
      },
      // Sources as plain text values, never turned into anything that runs.
      ...(r.sources.length ? { citation: r.sources.map((s) => s.trim()).filter(Boolean) } : {}),
    };
  });
  return { '@context': 'https://schema.org', '@graph': graph };
}
