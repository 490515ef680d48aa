// A fictional article in which twelve people speak, one paragraph each: more speakers than
// a palette of eight (the page's old one) could tell apart.
export const NAMES = [
  'Anna Berg', 'Bruno Costa', 'Chen Wei', 'Dara Okoye', 'Emil Novak', 'Farah Haddad',
  'Goran Petrov', 'Hana Sato', 'Ivo Marsh', 'Jana Kral', 'Kofi Mensah', 'Lena Ortiz',
];
const TOPICS = ['the budget', 'the timetable', 'the new library', 'the harbour', 'the school', 'the clinic',
  'the market', 'the tram line', 'the park', 'the museum', 'the bridge', 'the festival'];

export const TWELVE_SPEAKERS = `Town hall debate draws a crowd\n\n${NAMES.map((name, i) =>
  `"We need to talk about ${TOPICS[i]}," said ${name}, who spoke for ten minutes.`).join('\n\n')}\n`;
