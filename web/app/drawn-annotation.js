// The annotation the article view shows now (the active tab's, with the reader's corrections):
// its claims and speakers by id, what the claim card, a citation and the speaker filter look
// up, and the paragraphs of the text it was made on (the tab's, tabs.js), which the card counts.

export function createDrawnAnnotation() {
  let claims = new Map();
  let speakers = new Map();
  let paragraphs = [];
  return {
    show(annotation, textParagraphs) {
      claims = new Map((annotation.claims || []).map((c) => [c.id, c]));
      speakers = new Map((annotation.speakers || []).map((s) => [s.id, s]));
      paragraphs = textParagraphs;
    },
    claim: (id) => claims.get(id),
    speaker: (id) => speakers.get(id),
    /** In the annotation's order. */
    claimIds: () => [...claims.keys()],
    paragraphs: () => paragraphs,
  };
}
