// How one outlet's wording differs from another's (web/session/model.js differingWords): the
// session view marks the words a version uses that the claim beside it does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { differingWords } from '../../web/session/model.js';

test('the words one version uses and the other does not (session view marks them)', () => {
  const other = 'the ferry would run every 20 minutes while the bridge is closed';
  const text = 'a ferry would run every 15 minutes during the closure';
  assert.deepEqual(differingWords(text, other).map((w) => text.slice(w.start, w.end)), ['a', '15', 'during', 'closure']);
  assert.deepEqual(differingWords('She’s right', "she's RIGHT"), []);
});
