// Typing into a long text: the session follows the tabs once the typing pauses, not at every
// key (it compares whole texts: half a second per key at 5 MB), and so does the stale note (it
// compares the text with the annotated one). A pending follow-up runs before the page is
// hidden, ahead of the session's own last save: registered first, so it runs first.

const TYPING_PAUSE_MS = 400;

/** onPause() brings the session and the stale note up to date. → { later(), cancel() } */
export function createTypingFollowUp(onPause) {
  let timer = 0;
  const now = () => {
    if (!timer) return;
    clearTimeout(timer);
    timer = 0;
    onPause();
  };
  addEventListener('pagehide', now);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') now(); });
  return {
    /** Once the typing pauses (a newer key starts the wait again). */
    later() {
      clearTimeout(timer);
      timer = setTimeout(now, TYPING_PAUSE_MS);
    },
    /** Not needed any more: the caller brought them up to date, or annotates anew. */
    cancel() {
      clearTimeout(timer);
      timer = 0;
    },
  };
}
