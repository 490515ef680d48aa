// What only a computed session needs, loaded on first use (import('./lazy.js')): the session
// view's drawing and the exports of a joined session. Both wait for the session worker
// (dist/session-worker.js and the full core, fetched on first use too), so a first visit moves
// none of it; the served page gets it as dist/app/session-view.js (scripts/bundle-page.mjs),
// which the service worker caches when it is first asked for, as it does the session worker.
export { drawPending, drawSessionView, drawStatements, sessionSummary } from './view.js';
export { toClaimReview } from './export-claimreview.js';
export { toMarkdownReport } from './export-markdown.js';
export { toWebAnnotation } from './export-webanno.js';
