// The claims and speakers of the annotation the article view shows now (the active tab's, with
// the reader's corrections), by id: what the claim card, a citation and the speaker filter look up.

export function createDrawnAnnotation() {
  let claims = new Map();
  let speakers = new Map();
  return {
    show(annotation) {
      claims = new Map((annotation.claims || []).map((c) => [c.id, c]));
      speakers = new Map((annotation.speakers || []).map((s) => [s.id, s]));
    },
    claim: (id) => claims.get(id),
    speaker: (id) => speakers.get(id),
    /** In the annotation's order. */
    claimIds: () => [...claims.keys()],
  };
}
