// Tier-up: the annotator's first call on a fresh page ran 2-3x slower than the next ones (1 MB
// in node: 473 ms, then 279 ms), because V8 first runs each wasm function as baseline code
// (Liftoff) and only moves a function to optimised code (TurboFan) once it has run for a while,
// never in the middle of a call. So the page's worker, once idle after loading, annotates a small
// invented article a few times, each in a task of its own (a real request waits for one round at
// most, a few ms), and the reader's first paste meets optimised code (issue 14).

// Sentences in the shapes the core reads most (quotes with a cue before or after, reported
// speech, "according to", a title, a pronoun, a headline and page furniture), in our own words.
const SENTENCES = [
  'Harbour board approves {n} new ferry berths',
  '"We have waited long enough for this," said {a} {b}, the chair of the harbour board.',
  '{b} said the first berth would open in the spring and the rest within two years.',
  'According to the port authority, the work will cost about {n} million dollars.',
  'Councillor Mara {c} told reporters that the plan ignored the fishing fleet.',
  '"Nobody asked the crews," she said. "They found out from the newspaper."',
  'The board\'s spokesman, Ivo {d}, insisted the crews had been consulted twice.',
  'He added that the schedule was "tight but realistic" and warned of higher fares.',
  'Residents, who packed the meeting on Tuesday, said they feared more traffic.',
  'Read more: Ferry timetables for the winter',
];
const NAMES = [['Tomas', 'Quill', 'Ferrante', 'Adeyemi'], ['Lena', 'Marsh', 'Okafor', 'Lindqvist'],
  ['Ruben', 'Castell', 'Brandt', 'Nakamura'], ['Petra', 'Hollis', 'Varga', 'Osei']];

/** An invented article of about `chars` characters, the same every time. */
export function tierUpText(chars = 5000) {
  const parts = [];
  for (let k = 0, size = 0; size < chars; k++) {
    const [a, b, c, d] = NAMES[k % NAMES.length];
    const paragraph = SENTENCES.map((s) => s.replace('{a}', a).replace(/\{b\}/g, b).replace('{c}', c)
      .replace('{d}', d).replace(/\{n\}/g, String(3 + k))).join('\n\n');
    parts.push(paragraph);
    size += paragraph.length + 2;
  }
  return parts.join('\n\n');
}

// Enough rounds of 5 KB to move the core's hot functions to TurboFan in node 20 (1 MB right
// after: 229 ms, against 473 ms with none and 391 ms after 5 rounds).
export const TIER_UP_ROUNDS = 20;

/**
 * Calls annotate(text) `rounds` times, one call per task; resolves with the number of calls made.
 * A call that throws ends the rounds (the real requests report the failure themselves).
 */
export function tierUp(annotate, { rounds = TIER_UP_ROUNDS, text = tierUpText() } = {}) {
  return new Promise((resolve) => {
    let done = 0;
    const round = () => {
      if (done >= rounds) return resolve(done);
      try {
        annotate(text);
      } catch {
        return resolve(done);
      }
      done += 1;
      setTimeout(round, 0);
    };
    setTimeout(round, 0);
  });
}
