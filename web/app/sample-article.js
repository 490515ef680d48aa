// The "Try an example" article: fictional, written for this page. It exercises quote
// styles (curly, straight, split, colon lead-in), reported speech, a spokesperson, an
// organisation, pronouns and typical page noise. Kept as a module so that it also works
// in the single-file build opened from file://.
export const SAMPLE_ARTICLE = `Brenmouth closes its Victorian pier after winter storms

By Ellen Sorby | 14 March 2024

FILE PHOTO: Waves break over Kelling Pier during Storm Idris. © Harbour Press / Tom Aldane

The town council of Brenmouth voted on Tuesday to close the 130-year-old Kelling Pier indefinitely, after engineers found that two of its iron supports had cracked during last month's storms.

“We cannot ask people to walk on a structure that we know is failing,” said Mayor Ruth Okafor, who cast the deciding vote. "It breaks my heart, but safety has to come first."

Okafor said that the council would set aside £2 million for repairs in next year's budget. She added that a public consultation on the pier's future would open in April. According to the council, about 60,000 people visited the pier last year.

"The pier is the reason many of us moved here," said Daniel Hearn, who runs a fish-and-chip shop at the foot of the pier. "Without it," he said, "this end of town will be empty by the summer."

Residents were divided. Margaret Quill, 71, who has walked the pier every morning for forty years, said she understood the decision. “It is like losing an old friend,” she said.

Also read: Five seaside towns fighting to save their piers

The Ministry of Transport said in a statement that it had not received a formal request for emergency funding. A ministry spokesperson, Clara Voss, told reporters: "We stand ready to help Brenmouth as soon as the council sends us a costed plan."

According to the engineering firm Halden & Reyes, the damage is worse than first thought. Its lead inspector, Priya Nandakumar, said the supports had been weakened by decades of salt corrosion. She warned that further storms could bring down the end section of the pier.

Not everyone agrees with the closure. Local historian George Pell said the council had "given up far too quickly" and argued that volunteers could raise the money within a year.

"We raised the money once before, in 1987," Pell said. "We can do it again."

The ministry later said it would send its own inspectors to Brenmouth next week.

The council will meet again on 2 April to discuss the consultation.

Leave a Reply

Your email address will not be published. Required fields are marked *
`;
