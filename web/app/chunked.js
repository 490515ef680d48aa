// Long jobs on the main thread, cut into slices of a few milliseconds with a yield between
// them, so that a huge article is drawn while the page keeps scrolling, typing and painting.

// Texts over this many characters: the work a change costs is spread over tasks (annotating,
// drawing) or waits for a pause in the typing (the session, the stale note).
export const LONG_TEXT = 100_000;

// 40 ms: under the 50 ms at which a task counts as long, yet few enough yields; at 12 ms
// the per-yield cost (a frame, style for the new nodes) tripled the drawing time of 1 MB.
const SLICE_MS = 40;

// scheduler.yield() where there is one (Chromium): the rest runs as soon as the page has
// handled input and painted, ahead of other tasks and without setTimeout's 4 ms clamp on
// nested timers (a 5 MB answer yields ~30 times). Else setTimeout. Not requestAnimationFrame:
// rAF stops in a background tab, and a drawing that never finishes there would leave the
// tab busy for good.
export const nextTask = typeof globalThis.scheduler?.yield === 'function'
  ? () => globalThis.scheduler.yield()
  : () => new Promise((resolve) => setTimeout(resolve, 0));

// inSteps' slices: shorter than inSlices' (steps build no DOM, so a yield is cheap), leaving
// room for a garbage collection of ~30 ms inside one step without passing 50 ms.
const STEP_SLICE_MS = 16;

/**
 * Calls step(item, index) for each item, yielding to the browser every SLICE_MS.
 * flush() runs at the end of each slice (e.g. to append what the slice built);
 * onProgress(done, total) after each slice. Stops early, returning false, as soon as
 * isCurrent() says a newer job has replaced this one. sliceMs: a shorter slice, for steps
 * that each build much (the session view's statements).
 */
export async function inSlices(items, step, { flush = () => {}, onProgress = () => {}, isCurrent = () => true, sliceMs = SLICE_MS } = {}) {
  let i = 0;
  while (i < items.length) {
    const sliceEnd = performance.now() + sliceMs;
    do { step(items[i], i); i++; } while (i < items.length && performance.now() < sliceEnd);
    flush();
    onProgress(i, items.length);
    if (i < items.length) {
      await nextTask();
      if (!isCurrent()) return false;
    }
  }
  return true;
}

/**
 * Runs a generator (one that yields now and then: compact-result's unpackSteps,
 * anchoring's prepareAnchoringSteps) to its end, yielding to the browser whenever
 * STEP_SLICE_MS passed at one of its pauses. → {value} (what it returned), or null when isCurrent() turned
 * false at a yield. A short job ends without a yield.
 */
export async function inSteps(steps, { isCurrent = () => true, sliceMs = STEP_SLICE_MS } = {}) {
  let sliceEnd = performance.now() + sliceMs;
  for (;;) {
    const r = steps.next();
    if (r.done) return { value: r.value };
    if (performance.now() >= sliceEnd) {
      await nextTask();
      if (!isCurrent()) return null;
      sliceEnd = performance.now() + sliceMs;
    }
  }
}
