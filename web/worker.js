// Annotation worker: answers {id, text} with {id, ok: true, result} or {id, ok: false, error};
// {id, op: 'session', articles: [{file, text, date?}]} with the session of those articles.
import { loadWhosaid } from './whosaid.mjs';

const ready = loadWhosaid();
ready.catch(() => {}); // reported per request below, not as an unhandled rejection
// Set before any await: a message arriving while the module loads would otherwise be lost.
self.onmessage = async (e) => {
  const { id, op, text, articles } = e.data || {};
  try {
    const whosaid = await ready;
    const result = op === 'session' ? whosaid.session(articles || []) : whosaid.annotate(String(text ?? ''));
    self.postMessage({ id, ok: true, result });
  } catch (err) {
    self.postMessage({ id, ok: false, error: String((err && err.message) || err) });
  }
};
