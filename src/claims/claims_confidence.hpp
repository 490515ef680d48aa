// How sure the engine is of a claim, by the shape that found it: one named table, so the
// ordering of the shapes is read in one place (the page and the exports show these values).
#pragma once

namespace whosaid::claims_confidence {

constexpr double kClauseAfterNamedCue = 0.85;  // "Ortiz said (that) …": a named speaker, the clause after the cue
constexpr double kClauseAfterOtherCue = 0.75;  // the same with a role, a body or a pronoun as the speaker
constexpr double kTailNamed = 0.85;            // "“…,” Ortiz said." / "…, the ministry said on Friday."
constexpr double kTailPronoun = 0.80;          // "“…,” she said."
constexpr double kSameSourceGoesOn = 0.10;     // less for "…, according to X, and both sides agreed that …"
constexpr double kAccordingToFront = 0.80;     // "According to X, …"
constexpr double kLeadInQuote = 0.80;          // "He told the crowd:" then the next sentence's quotation
constexpr double kWeakCue = 0.15;              // less when the cue is a weak one ("noted", "pointed to")
constexpr double kParagraphPart = 0.80;        // at most, for each further paragraph of a long quotation
constexpr double kThisWasStated = 0.70;        // "This was stated by X": the previous sentence
constexpr double kLabelLine = 0.60;            // "Ortiz: no deal tonight" and other label lines
constexpr double kQuoteCreditsSubject = 0.50;  // a quotation that is its sentence's subject's words
constexpr double kQuoteBesideName = 0.70;      // "“…” Ortiz." / "Ortiz: “…”": a quotation beside a name, no verb
constexpr double kFollowOnQuote = 0.55;        // a quotation with no cue that follows a claim of the paragraph
constexpr double kOrphanQuote = 0.30;          // a long quotation with no cue and no claim before it
constexpr double kNoSpeaker = 0.30;            // at most, for a claim whose speaker was not found

}  // namespace whosaid::claims_confidence
