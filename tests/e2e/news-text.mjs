// Synthetic news copy of any size, for the 1 MB tests and the benchmark: paragraphs of
// quotes and reported speech built from templates, so the extractor has real work to do.
const PEOPLE = ['Amara Diallo', 'Tomas Brenner', 'Ruth Okafor', 'Daniel Hearn', 'Clara Voss', 'George Pell'];
const TOPICS = ['the new cycle lanes', 'the harbour repairs', 'the school budget', 'the bus timetable', 'the flood defences'];
const TEMPLATES = [
  (p, t) => `"We have worked hard on ${t} and it will pay off," said ${p}, who chairs the committee.`,
  (p, t) => `${p} said that ${t} would cost more than planned.`,
  (p, t) => `According to ${p}, ${t} will be ready next spring.`,
  (p, t) => `"Nobody asked us about ${t}," ${p} told reporters. "It is simply not good enough."`,
  (p, t) => `The council met on Tuesday to discuss ${t}. Residents were divided.`,
];

/** About `bytes` UTF-8 bytes of article text, paragraphs separated by blank lines. */
export function newsText(bytes) {
  const paragraphs = ['Council weighs its plans for the year'];
  let size = paragraphs[0].length;
  for (let i = 0; size < bytes; i++) {
    // The ward number keeps claims distinct (the extractor merges repeated statements).
    const topic = (k) => `${TOPICS[(i + k * 3) % TOPICS.length]} in ward ${i * 3 + k}`;
    const sentences = [0, 1, 2].map((k) => TEMPLATES[(i + k) % TEMPLATES.length](PEOPLE[(i * 7 + k) % PEOPLE.length], topic(k)));
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return `${paragraphs.join('\n\n')}\n`;
}
