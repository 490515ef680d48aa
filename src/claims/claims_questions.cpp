// A question put to someone whose asker the sentence does not name: "Asked whether he would run
// again, Hale said …", "…, she said when asked which candidate she backs." What was asked is a
// claim of the asker (named only as "asked by X"), never of the one who answers.
#include "claims_confidence.hpp"
#include "claims_reader.hpp"

namespace whosaid::claims_detail {

using namespace lexicon;

// "was asked", "were asked", "had been asked", "is being asked": the subject is the one asked.
bool SentenceReader::asked_passively(std::uint32_t i) const {
    return is(i, "asked") && i > begin_ &&
           (is(i - 1, "was") || is(i - 1, "were") || is(i - 1, "been") || is(i - 1, "being") || is(i - 1, "is") || is(i - 1, "are"));
}

// "Hale asked Smith about the merger": the topic a named asker puts stands for the question
// ("asked about 40 people" counts, it asks nothing). Unasked-by-anyone "Asked about the merger,
// Hale said" stays no claim: a topic, not words reported.
bool SentenceReader::asked_about(std::uint32_t i) const {
    return is(i, "about") && i + 1 < end_ && toks_[i + 1].kind != TokKind::Number && !(word_at(i + 1) && is_number_word(w(i + 1)));
}

// "Hale asked", "Hale has asked": a subject of its own asks, as against "Pelosi, asked about …,"
// and "when asked about …", where the one asked is named.
bool SentenceReader::asked_by_subject(std::uint32_t i) const {
    std::uint32_t b = auxiliaries_before(i);
    return b > begin_ && word_at(b - 1) && !is_clause_opener(w(b - 1)) && !is_lower_function_word(w(b - 1)) &&
           !asked_passively(i) && !is(b - 1, "whenever");
}

void SentenceReader::asked_questions() {
    const std::uint32_t s0 = after_connectives(begin_);
    for (std::uint32_t i = s0; i + 3 < end_; ++i) {
        if (!is(i, "asked") || !outside(i)) continue;
        // a participle with no subject of its own: opening the sentence, or after "when"/"if"
        // (or a passive one: "Hale was asked whether …": Hale is asked, he does not ask)
        bool passive = i == s0 || (i > begin_ && (is(i - 1, "when") || is(i - 1, "if") || is(i - 1, "after") || is(i - 1, "once") ||
                                                  asked_passively(i)));
        if (!passive) continue;
        Attribution a;
        a.cue = Cue{i, i + 1, CueFrame::Complement, true, false, false};
        std::uint32_t k = i + 1;
        if (is(k, "by")) {  // ("when asked by a host whether …": the host asks)
            a.who = r_.after(k + 1, end_);
            if (!a.who.ok()) continue;
            k = a.who.e;
        }
        // ("Asked during a debate why …", "Asked on Sunday whether …": where and when, then the question)
        // ("Hale was asked to resign": a request put to the subject, by someone unnamed; "anyone with
        // information is asked to call" is an appeal's formula, no one's reported words)
        bool past = is(i - 1, "was") || is(i - 1, "were") || is(i - 1, "been");
        auto opens = [&](std::uint32_t t) { return is_question_word(w(t)) || (past && is(t, "to")); };
        std::uint32_t q = k;
        while (q < end_ && q < k + 6 && word_at(q) && outside(q) && !opens(q)) ++q;
        if (!word_at(q) || !opens(q) || (q > k && !is_preposition(w(k)) && !is_time_word(w(k)))) continue;
        std::uint32_t e = q + 1;  // (bounded, so a run-on sentence of questions stays linear)
        while (e < end_ && e < q + kMaxClaimTokens && !(outside(e) && (punct(e, ",") || punct(e, ";")))) ++e;
        std::uint32_t words = 0;
        for (std::uint32_t t = q + 1; t < e; ++t) words += word_at(t);
        if (words < 2 || taken(q, e)) continue;
        std::int32_t at = emit(q, e, &a, -1, a.who.ok() ? claims_confidence::kClauseAfterOtherCue : claims_confidence::kNoSpeaker);
        if (at >= 0) out_[static_cast<std::size_t>(at)].question = true;
        i = e;
    }
}

}  // namespace whosaid::claims_detail
