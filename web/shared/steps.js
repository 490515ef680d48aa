// Long pure computations written as generators that pause (yield) now and then, so the page
// can run them over several tasks (web/app/chunked.js inSteps) while tests, exports and node
// run them straight through (finish).

/** Runs a generator to its end: its return value. */
export function finish(steps) {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Pause every this many items of a loop: about a millisecond of work. */
export const PER_STEP = 2048;
