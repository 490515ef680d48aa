// Generated news text for the benchmark: invented people, places and statements, rich in
// direct quotes and reported speech, in many sentence shapes. Deterministic (seeded), and
// no two lines are equal: the annotator treats a repeated line as page furniture.

// mulberry32: a tiny seeded PRNG, so every run measures the same text.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Anna', 'Marek', 'Olena', 'David', 'Sofia', 'Tomasz', 'Helen', 'Ibrahim', 'Claire', 'Jonas',
  'Priya', 'Lukas', 'Maria', 'Pieter', 'Fatima', 'Gareth', 'Ingrid', 'Nikolai', 'Aisha', 'Rafael', 'Zoë', 'José',
  'Keiko', 'Samuel', 'Leila', 'Oskar', 'Bridget', 'Chen', 'Dmitri', 'Elena'];
const LAST = ['Kowalski', 'Brennan', 'Hartmann', 'Okafor', 'Lindqvist', 'Moreau', 'Castellano', 'Novak', 'Fischer',
  'Achterberg', 'Whitfield', 'Petrenko', 'Haddad', 'Sørensen', 'Ramírez', 'Tanaka', 'O’Connell', 'Baptiste',
  'Kuznetsova', 'Delacroix', 'Van der Berg', 'Mahmoud', 'Costa', 'Wojcik', 'Abernathy'];
const TITLE = ['Finance Minister', 'Foreign Minister', 'spokesman', 'spokeswoman', 'chief executive',
  'Health Secretary', 'opposition leader', 'union leader', 'mayor', 'central bank governor', 'prosecutor',
  'senior economist', 'Interior Minister', 'party chairman'];
const ORG = ['the Ministry of Transport', 'Northwind Energy', 'the Harbour Authority', 'the Central Bank',
  'the National Grid Company', 'Meridian Airlines', 'the Teachers’ Union', 'the Port Commission',
  'Atlas Logistics', 'the Statistics Office', 'the European Commission', 'Greenfield Holdings'];
const PLACE = ['Lisbon', 'Gdansk', 'Rotterdam', 'Nairobi', 'Tallinn', 'Valencia', 'Leeds', 'Osaka', 'Porto',
  'Kraków', 'Bergen', 'Marseille', 'Cork', 'Izmir', 'Antwerp'];
const DAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const TOPIC = ['the budget', 'the rail strike', 'fuel prices', 'the new bridge', 'hospital waiting lists',
  'the trade talks', 'rents in the city', 'the flood defences', 'the tax reform', 'the ceasefire',
  'the pension plan', 'the harbour expansion', 'school funding', 'the power cuts'];
const SAID = ['said', 'told reporters', 'told a news conference', 'said in a statement', 'wrote on social media',
  'told the radio station', 'said on', 'added', 'insisted', 'warned', 'argued', 'claimed', 'stressed'];
const REPORT = ['said', 'warned', 'argued', 'insisted', 'claimed', 'acknowledged', 'admitted', 'believes',
  'suggested', 'announced', 'denied'];
const CLAUSE = [
  'the plan would cost {n} million euros more than expected',
  'talks with the unions would resume next {day}',
  'nobody had been consulted about {topic}',
  '{topic} was the most urgent problem facing {place}',
  'the government had made a serious mistake over {topic}',
  'prices had risen by {n} per cent since the spring',
  'the decision on {topic} would be taken within {n} days',
  'the company had no plans to leave {place}',
  'the figures for {topic} were worse than anyone had feared',
  'there was still time to reach an agreement on {topic}',
];
const QUOTE = [
  'We will not accept {topic} in its current form',
  'This is a good day for {place}, and I am proud of the people who made it happen',
  'Nobody should have to wait {n} weeks for an answer',
  'The numbers speak for themselves: {n} per cent is simply not enough',
  'I have never seen anything like it in {n} years',
  'We are ready to talk, but not at any price',
  'Frankly, {topic} has been handled badly from the start',
  'Our door remains open, and it will stay open',
  'It is too early to say what {topic} will mean for families in {place}',
  'There is no plan B, there is only this plan',
];

export function makeGenerator(seed = 7) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const n = () => 2 + Math.floor(r() * 480);
  const fill = (s) => s.replace(/\{(\w+)\}/g, (_, k) =>
    k === 'n' ? String(n()) : k === 'day' ? pick(DAY) : k === 'topic' ? pick(TOPIC) : pick(PLACE));
  let serial = 0;
  const seen = new Set(); // every paragraph so far: redraw a repeat

  const person = () => ({ first: pick(FIRST), last: pick(LAST), title: pick(TITLE), org: pick(ORG) });
  const full = (p) => `${p.first} ${p.last}`;
  const cap = (s) => s[0].toUpperCase() + s.slice(1);

  // One paragraph; the speaker's full name first, surname or pronoun later.
  const shapes = [
    (p) => `“${fill(pick(QUOTE))},” ${p.title} ${full(p)} ${pick(SAID)} ${pick(DAY)}.`,
    (p) => `${full(p)}, the ${p.title} of ${p.org}, ${pick(REPORT)} that ${fill(pick(CLAUSE))}.`,
    (p) => `“${fill(pick(QUOTE))},” said ${full(p)}. “${fill(pick(QUOTE))}.”`,
    (p) => `${p.last} ${pick(REPORT)} ${fill(pick(CLAUSE))}, adding: “${fill(pick(QUOTE))}.”`,
    (p) => `According to ${full(p)}, ${fill(pick(CLAUSE))}.`,
    (p) => `"${fill(pick(QUOTE))}," ${p.last} told reporters in ${pick(PLACE)}, "and ${fill(pick(QUOTE)).toLowerCase()}."`,
    (p) => `${cap(p.org)} said in a statement that ${fill(pick(CLAUSE))}.`,
    (p) => `Asked about ${pick(TOPIC)}, ${p.last} said the issue was “${fill(pick(QUOTE)).toLowerCase()}”.`,
    (p) => `The ${p.title}, ${full(p)}, ${pick(REPORT)} on ${pick(DAY)} that ${fill(pick(CLAUSE))}, but ${fill(pick(CLAUSE))}.`,
    (p) => `In ${pick(PLACE)}, ${n()} people gathered outside the offices of ${p.org} on ${pick(DAY)}. Police said the protest was peaceful.`,
    (p) => `“${fill(pick(QUOTE))}. ${fill(pick(QUOTE))},” ${p.last} added.`,
  ];

  /** One article of roughly `bytes` UTF-8 bytes (at least one paragraph). */
  function article(bytes = 5000) {
    const id = ++serial;
    const people = [person(), person(), person()];
    const place = pick(PLACE);
    const lines = [`${cap(pick(TOPIC))}: ${full(people[0])} under pressure in ${place} (report ${id})`, '',
      `${place.toUpperCase()}, ${pick(DAY)} (${id}) — ${fill(pick(CLAUSE)).replace(/^./, (c) => c.toUpperCase())}, officials said.`];
    let size = lines.join('\n').length;
    while (size < bytes) {
      let para = pick(shapes)(pick(people));
      for (let k = 0; seen.has(para); k++) para = k < 20 ? pick(shapes)(pick(people)) : `${para} (${n()})`;
      seen.add(para);
      lines.push('', para);
      size += para.length + 2;
    }
    return `${lines.join('\n')}\n`;
  }

  /** Articles back to back until `bytes` UTF-8 bytes (cut at a paragraph end). */
  function text(bytes) {
    const parts = [];
    let size = 0;
    while (size < bytes) {
      const a = article(Math.min(5000, bytes));
      parts.push(a, '\n');
      size += Buffer.byteLength(a) + 1;
    }
    return parts.join('');
  }

  return { article, text };
}
