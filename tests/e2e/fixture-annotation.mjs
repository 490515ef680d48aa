// A hand-made annotation of the sample article, in the exact shape of src/json.cpp, to test
// the page's drawing independently of what the extractor finds today. Offsets are found
// with indexOf, so the fixture follows edits of the sample text.
import { SAMPLE_ARTICLE as T } from '../../web/app/sample-article.js';

function at(piece, after = '') {
  const from = after ? T.indexOf(after) : 0;
  const start = T.indexOf(piece, from);
  if (from < 0 || start < 0) throw new Error(`fixture: "${piece}" not in the sample`);
  return { start, end: start + piece.length, text: piece };
}

const speakers = [
  { id: 's1', name: 'Ruth Okafor', kind: 'person', title: 'Mayor', aliases: ['Okafor', 'Mayor Ruth Okafor'],
    mentions: [at('Mayor Ruth Okafor'), at('Okafor', 'It breaks'), at('She', 'Okafor said')] },
  { id: 's2', name: 'Daniel Hearn', kind: 'person', title: '', aliases: ['Hearn'],
    mentions: [at('Daniel Hearn'), at('he', '"Without it,"')] },
  { id: 's3', name: 'Ministry of Transport', kind: 'organization', title: '', aliases: ['the ministry'],
    mentions: [at('The Ministry of Transport'), at('The ministry')] },
  { id: 's4', name: 'George Pell', kind: 'person', title: 'Local historian', aliases: ['Pell'],
    mentions: [at('George Pell'), at('Pell', '1987,"')] },
];

const split = at('The pier is the reason many of us moved here," said Daniel Hearn, who runs a fish-and-chip shop at the foot of the pier. "Without it');
const claims = [
  { id: 'c1', speaker: 's1', kind: 'direct', ...at('We cannot ask people to walk on a structure that we know is failing,'), cue: at('said Mayor') },
  { id: 'c2', speaker: 's1', kind: 'indirect', ...at('the council would set aside £2 million for repairs in next year\'s budget'), cue: at('said that') },
  // A split quote: two quoted parts with the cue between them.
  { id: 'c3', speaker: 's2', kind: 'direct', ...split, parts: [at('The pier is the reason many of us moved here,'), at('Without it')], cue: at('said Daniel') },
  { id: 'c4', speaker: 's3', kind: 'indirect', ...at('it had not received a formal request for emergency funding'), cue: at('said in a statement that'), via: 'statement' },
  { id: 'c5', speaker: 's4', kind: 'mixed', ...at('the council had "given up far too quickly"'), cue: at('said the council') },
  { id: 'c6', speaker: null, kind: 'indirect', ...at('about 60,000 people visited the pier last year'), cue: null },
].map((c) => ({
  parts: [], via: null, confidence: 0.8, ...c,
  speaker_name: speakers.find((s) => s.id === c.speaker)?.name ?? null,
}));
for (const s of speakers) s.claim_count = claims.filter((c) => c.speaker === s.id).length;

const boilerplate = [
  { ...at('FILE PHOTO: Waves break over Kelling Pier during Storm Idris. © Harbour Press / Tom Aldane'), reason: 'photo credit' },
  { ...at('Also read: Five seaside towns fighting to save their piers'), reason: 'teaser' },
  { ...at('Leave a Reply'), reason: 'comment prompt' },
];

export const FIXTURE = { version: 'fixture', length: T.length, speakers, claims, boilerplate, warnings: [] };

/**
 * A stand-in for the page's worker (dist/worker.js, which bundles whosaid.mjs) that answers
 * the fixture for the sample and nothing else, in the worker's own protocol: {ready: true}
 * first, then each answer packed by the page's codec (compact-result.js, beside it in dist/).
 */
export const FAKE_WORKER = `import { pack } from './compact-result.js';
const FIXTURE = ${JSON.stringify(FIXTURE)};
const SAMPLE = ${JSON.stringify(T)};
self.onmessage = (e) => {
  const { id, text } = e.data;
  const result = text === SAMPLE ? FIXTURE : { speakers: [], claims: [], boilerplate: [], warnings: [] };
  const { packed, transfer } = pack(result, text);
  self.postMessage({ id, ok: true, packed }, transfer);
};
self.postMessage({ ready: true });
`;
