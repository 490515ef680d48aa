// Annotation worker: answers {id, text} with {id, ok: true, result} or {id, ok: false, error}.
import { loadWhosaid } from './whosaid.mjs';

const ready = loadWhosaid();
ready.catch(() => {}); // reported per request below, not as an unhandled rejection
// Set before any await: a message arriving while the module loads would otherwise be lost.
self.onmessage = async (e) => {
  const { id, text } = e.data || {};
  try {
    const whosaid = await ready;
    self.postMessage({ id, ok: true, result: whosaid.annotate(String(text ?? '')) });
  } catch (err) {
    self.postMessage({ id, ok: false, error: String((err && err.message) || err) });
  }
};
