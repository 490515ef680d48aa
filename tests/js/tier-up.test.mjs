// web/tier-up.js: the worker's warm-up text exercises the core's main readings, and the rounds
// run one call per task, so a real request never waits for more than one of them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tierUp, tierUpText } from '../../web/tier-up.js';
import { importWhosaid } from './helpers.mjs';

test('the tier-up text is the same every time and about the size asked', () => {
  const t = tierUpText(5000);
  assert.equal(t, tierUpText(5000));
  assert.ok(t.length >= 5000 && t.length < 7000, `length ${t.length}`);
  assert.ok(tierUpText(20000).length >= 20000);
});

test('the tier-up text runs quotes, reported speech and page furniture through the core', async () => {
  const { loadWhosaid } = await importWhosaid();
  const a = (await loadWhosaid()).annotate(tierUpText());
  const kinds = new Set(a.claims.map((c) => c.kind));
  for (const kind of ['direct', 'indirect', 'mixed']) assert.ok(kinds.has(kind), `no ${kind} claim`);
  assert.ok(a.claims.every((c) => c.speaker), 'every claim has a speaker');
  assert.ok(a.speakers.length >= 8, `${a.speakers.length} speakers`);
  assert.ok(a.boilerplate.length > 0, 'no boilerplate found');
});

test('tierUp makes one call per task and resolves with the count', async () => {
  const log = [];
  const done = tierUp(() => log.push('call'), { rounds: 3, text: 'x' });
  setTimeout(() => log.push('other task'), 0); // queued after the first round only
  assert.equal(await done, 3);
  assert.deepEqual(log, ['call', 'other task', 'call', 'call']);
});

test('a call that throws ends the rounds', async () => {
  let calls = 0;
  const n = await tierUp(() => { calls += 1; if (calls === 2) throw new Error('trap'); }, { rounds: 5, text: 'x' });
  assert.equal(n, 1);
  assert.equal(calls, 2);
});
