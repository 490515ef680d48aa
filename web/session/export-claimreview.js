// schema.org ClaimReview (JSON-LD) for every statement of the session that has a verdict (one
// review for all its versions, statements.js), with the
// fields Google's fact-check markup asks for: url (the review's page), claimReviewed,
// reviewRating (alternateName, and a value on a 1..5 scale where the verdict has one),
// author (the reviewing organisation, from the page's settings), datePublished, and
// itemReviewed: the Claim with its author (the speaker) and its appearances (each article
// carrying one of its versions, with URL, outlet and publication date where known).

import { verdictLabel } from './schema.js';
import { appearances } from './statements.js';

// Rating scale 1 (false) .. 5 (accurate); "unverifiable" has a name but no value.
const RATING = { accurate: 5, 'needs-context': 3, misleading: 2, false: 1 };

function ratingOf(verdict) {
  const rating = { '@type': 'Rating', alternateName: verdictLabel(verdict), bestRating: 5, worstRating: 1 };
  if (RATING[verdict] !== undefined) rating.ratingValue = RATING[verdict];
  return rating;
}

/** The review's own address: the organisation's fact-check page, one anchor per statement. */
const reviewUrl = (page, statement) => {
  if (!page) return null;
  const u = new URL(page);
  u.hash = `claim-${encodeURIComponent(statement.key)}`;
  return u.href;
};

/** One article as a place the claim appeared. */
function appearance(article) {
  return {
    '@type': 'CreativeWork',
    ...(article.url ? { url: article.url } : {}),
    headline: article.title,
    ...(article.outlet ? { publisher: { '@type': 'Organization', name: article.outlet } } : {}),
    ...(article.date ? { datePublished: article.date } : {}),
  };
}

/** joined: joinSession(record, core); reviewer: {name, url} of the reviewing organisation. */
export function toClaimReview(record, joined, { reviewer = {} } = {}) {
  const reviewed = joined.statements.filter((s) => s.review?.verdict);
  const graph = reviewed.map((s) => {
    const c = s.lead;
    const r = s.review;
    const rating = ratingOf(r.verdict);
    const articles = appearances(s);
    const dates = articles.map((a) => a.date).filter(Boolean).sort();
    const url = reviewUrl(reviewer.url, s);
    return {
      '@type': 'ClaimReview',
      ...(url ? { url } : {}),
      claimReviewed: c.text,
      ...(reviewer.name ? { author: { '@type': 'Organization', name: reviewer.name, ...(reviewer.url ? { url: reviewer.url } : {}) } } : {}),
      datePublished: r.updated.slice(0, 10),
      reviewRating: rating,
      ...(r.note ? { reviewBody: r.note } : {}),
      itemReviewed: {
        '@type': 'Claim',
        ...(c.speaker ? { author: { '@type': c.speakerKind === 'organization' ? 'Organization' : 'Person', name: c.speaker } } : {}),
        ...(dates.length ? { datePublished: dates[0] } : {}),
        appearance: articles.map(appearance),
      },
      // Sources as plain text values, never turned into anything that runs.
      ...(r.sources.length ? { citation: r.sources.map((s) => s.trim()).filter(Boolean) } : {}),
    };
  });
  // Verdicts on passages no longer in the articles (orphans) are kept too, with what is known.
  for (const r of (joined.orphans ?? []).filter((o) => o.verdict)) {
    graph.push({
      '@type': 'ClaimReview', claimReviewed: r.text,
      ...(reviewer.name ? { author: { '@type': 'Organization', name: reviewer.name, ...(reviewer.url ? { url: reviewer.url } : {}) } } : {}),
      datePublished: r.updated.slice(0, 10), reviewRating: ratingOf(r.verdict),
      ...(r.note ? { reviewBody: r.note } : {}),
      itemReviewed: { '@type': 'Claim', ...(r.speaker ? { author: { '@type': 'Person', name: r.speaker } } : {}),
        appearance: r.articleTitle ? [{ '@type': 'CreativeWork', headline: r.articleTitle }] : [] },
      ...(r.sources.length ? { citation: r.sources.map((s) => s.trim()).filter(Boolean) } : {}),
    });
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}
