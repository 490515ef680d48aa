// Where what was said ends: content_end() and the checks it and the passes share (a span that
// is only an adverbial or an appositive, where a cue's object stops).
#include <algorithm>

#include "claims_reader.hpp"
#include "lexicon_ascii.hpp"

namespace whosaid::claims_detail {

using namespace lexicon;

// Where a reported clause that starts at `from` ends: the sentence end, a tail attribution, the
// next coordinated speech verb ("…, and affirmed …"), or for relative attributions the next comma.
std::uint32_t SentenceReader::content_end(std::uint32_t from, std::uint32_t limit, bool relative) const {
    limit = std::min(limit, from + kMaxClaimTokens);
    if (from < subordinate_end_) limit = std::min(limit, subordinate_end_);
    for (std::uint32_t i = from; i < limit; ++i) {
        // "against “the whole rotten machine,” casting himself as an outsider": a quotation closed on
        // its comma, then a participle, and the writer goes on
        if (closing_quote(i) && i > from + 2 && punct(i - 1, ",") && word_at(i + 1) && !toks_[i + 1].upper &&
            w(i + 1).size() > 5 && w(i + 1).substr(w(i + 1).size() - 3) == "ing")
            return i + 1;
        // (a relative's comma may sit inside a quotation that closes it: "who called the pact “insanity,” and")
        if (relative && closing_quote(i) && i > from + 1 && punct(i - 1, ",")) return i + 1;
        if (!outside(i)) continue;
        if (relative && punct(i, ",")) return i;
        if (i > from + 2 && word_at(i)) {
            CueInfo info = cue_verb(w(i));
            bool past = w(i).size() > 3 && (w(i).substr(w(i).size() - 2) == "ed" || is(i, "said") || is(i, "told") || is(i, "spoke"));
            bool coordinated = is(i - 1, "and") || is(i - 1, "but") || punct(i - 1, ",") ||
                               (is(i - 1, "also") && (is(i - 2, "and") || is(i - 2, "but") || punct(i - 2, ",")));
            if (info.frame != CueFrame::None && past && coordinated &&
                cue_particle(w(i), word_at(i + 1) ? w(i + 1) : std::string_view{})) {
                std::uint32_t cut = i - 1;
                if (is(cut, "also")) --cut;
                if ((is(cut, "and") || is(cut, "but")) && cut > from && punct(cut - 1, ",")) --cut;
                return cut;
            }
        }
        if (punct(i, ",") && (is(i + 1, "according") || is(i + 1, "citing"))) return i;
        // "…, as quoted by TASS", "…, as cited by the agency": the channel, after what was said
        if (punct(i, ",") && is(i + 1, "as") && word_at(i + 2) && is_citing_participle(w(i + 2)) && is(i + 3, "by")) return i;
        // "he will vote for her, but he has not endorsed her": a contrast after a comma is the
        // writer's, not part of what was reported ("…, but that no decision was taken" still is)
        if (punct(i, ",") && i > from + 2 && word_at(i + 1) &&
            ((is(i + 1, "but") && !is(i + 2, "that")) || is(i + 1, "although") || is(i + 1, "though") ||
             (is(i + 1, "even") && (is(i + 2, "though") || is(i + 2, "as")))))
            return i;
        // "…, and he railed against the moderators": the writer goes on about the speaker
        if (punct(i, ",") && i > from + 2 && is(i + 1, "and") && word_at(i + 2) &&
            (is(i + 2, "he") || is(i + 2, "she") || is(i + 2, "they")))
            return i;
        // "… without citing its sources": how it was said, not what
        if (is(i, "without") && word_at(i + 1) && is_manner_of_telling(w(i + 1))) return i;
        if (punct(i, ",") && (is(i + 1, "in") || is(i + 1, "on") || is(i + 1, "told") || is(i + 1, "via")) &&
            !find_via(i + 1, std::min(limit, i + 9)).empty()) {
            std::uint32_t k = i + 1;
            while (k < limit && word_at(k)) ++k;
            if (k >= limit || toks_[k].kind == TokKind::Punct) return i;
        }
        // "…, reporting that …", "…, adding that …": a participle starts the next claim
        if (punct(i, ",") && i > from + 1 && word_at(i + 1)) {
            std::string_view v = w(i + 1);
            if (v.size() > 5 && v.substr(v.size() - 3) == "ing" && cue_verb(v).frame != CueFrame::None) return i;

        }
        // "… - noting that …", "… by pointing out that …": a participle cue after a dash or "by"
        // starts the speaker's next claim
        if ((is_dash(i) || is(i, "by")) && i > from + 2 && word_at(i + 1) && ascii::ends_with(w(i + 1), "ing") &&
            w(i + 1).size() > 5 && cue_verb(w(i + 1)).frame != CueFrame::None)
            return i;
        // "… and has expressed support for …": the speaker's next speech act, in the perfect
        if (is(i, "and") && i > from + 2 && word_at(i + 1) && (is(i + 1, "has") || is(i + 1, "have") || is(i + 1, "had"))) {
            std::uint32_t v = is(i + 2, "also") ? i + 3 : i + 2;
            if (word_at(v) && !toks_[v].upper && ascii::ends_with(w(v), "ed") && cue_verb(w(v)).frame != CueFrame::None)
                return punct(i - 1, ",") ? i - 1 : i;
        }
        // "…, about the same number who said …", "…, compared with four in 10 who said …": a
        // group's own report after a comma
        if (punct(i, ",") && i > from + 2) {
            for (std::uint32_t k = i + 2; k + 1 < limit && k < i + 10; ++k) {
                if (!outside(k) || !(word_at(k) || toks_[k].kind == TokKind::Number || punct(k, "%"))) break;
                if (is(k, "who") && word_at(k + 1) && cue_verb(w(k + 1)).strong) return i;
                if (word_at(k) && (is_finite_auxiliary(w(k)) || cue_verb(w(k)).frame != CueFrame::None)) break;
            }
        }
        // "…, and Zelensky said …", "…, and at least 2,000 said …": a coordinated clause with its
        // own speaker
        if ((is(i, "and") || is(i, "but") || is(i, "while") || is(i, "whereas")) && i > from + 2) {
            for (std::uint32_t k = i + 1; k < limit && k < i + 9; ++k) {
                if (!(word_at(k) || toks_[k].kind == TokKind::Number || punct(k, "%")) || !outside(k)) break;
                if (!word_at(k) || cue_verb(w(k)).frame == CueFrame::None || toks_[k].upper) continue;
                Phrase p = r_.before(i + 1, k);
                if (p.ok() && p.b == i + 1) return punct(i - 1, ",") ? i - 1 : i;
                Phrase g = generic_subject(k);  // (a count, "at least 2,000", opens on its approximator)
                bool opens = g.ok() && g.b > i && g.b <= i + 3;
                for (std::uint32_t m = i + 1; opens && m < g.b; ++m)
                    opens = word_at(m) && (is_approximator(w(m)) || is(m, "at") || is(m, "least"));
                if (opens) return punct(i - 1, ",") ? i - 1 : i;
                break;
            }
        }
    }
    return limit;
}

// "In an interview with CNN", "Later in the piece", "Taking it in": words before a cue that only
// say where, when or how, with no verb of their own and no quotation.
bool SentenceReader::adverbial_only(std::uint32_t b, std::uint32_t e) const {
    while (e > b && toks_[e - 1].kind == TokKind::Punct) --e;
    if (e <= b || !word_at(b) || e - b > 16) return false;
    std::string_view first = w(b);
    if (!is_preposition(first) && !is_time_word(first) && !ascii::ends_with(first, "ing")) return false;
    for (std::uint32_t i = b; i < e; ++i) {
        if (toks_[i].kind == TokKind::Quote || punct(i, ",") || punct(i, ";")) return false;  // one phrase, no clause
        if (!word_at(i)) continue;
        if (is_finite_auxiliary(w(i)) || cue_verb(w(i)).frame != CueFrame::None || lexicon::pronoun(w(i)) != Pronoun::None) return false;
        // ("an interview published Wednesday": a document's participle describes it, no verb)
        if (i > b && !toks_[i].upper && ascii::ends_with(w(i), "ed") && !is_release_participle(w(i))) return false;
    }
    return true;
}

// "director of the survey center" after "according to Andy Smith,": a noun phrase up to the next
// comma or the sentence end, with no verb of its own ("state forces have killed …" has one).
bool SentenceReader::appositive_only(std::uint32_t b) const {
    for (std::uint32_t i = b; i < end_ && !punct(i, ",") && i < b + 16; ++i)
        if (word_at(i) && (is_finite_auxiliary(w(i)) || cue_verb(w(i)).frame != CueFrame::None)) return false;
    return true;
}

// "her vote, which Ruiz said was a mistake", "the bill, which she said passed too fast": a
// relative whose subject is the noun before it, so what was said opens on its verb.
bool SentenceReader::gap_clause(const Attribution& a, std::uint32_t cb, std::uint32_t ce) const {
    if (!a.relative || ce < cb + 2 || !word_at(cb) || toks_[cb].upper || a.who.b <= begin_) return false;
    if (!is(a.who.b - 1, "which")) return false;
    return is_finite_auxiliary(w(cb)) || (w(cb).size() > 3 && ascii::ends_with(w(cb), "ed"));
}

// "Tuesday", "on Sunday", "this week", "last month": when something was said, standing alone.
bool SentenceReader::time_adjunct_at(std::uint32_t i) const {
    if (!word_at(i)) return false;
    if (is_day_word(w(i))) return true;
    if (is(i, "on") && word_at(i + 1) && is_day_word(w(i + 1))) return true;
    return (is(i, "this") || is(i, "last") || is(i, "next")) && word_at(i + 1) && is_time_word(w(i + 1)) && !is_day_word(w(i + 1));
}

// Where a cue's object ends when "and" brings in the speaker's next verb: a past form or an
// auxiliary ("…, and won", "and was acquitted"), or, after a participle cue, another participle
// ("writing a book and leading the charge").
std::uint32_t SentenceReader::object_end(std::uint32_t from, std::uint32_t to, bool participle) const {
    bool clause = false;  // a "to …" or "that …" after the object: its times belong to what was said
    for (std::uint32_t i = from + 1; i + 1 < to; ++i) {
        if (!outside(i)) continue;
        clause = clause || is(i, "to") || is(i, "that");
        // "defended his endorsement this week on his radio show", "stressed those worries on
        // Sunday at a forum": when the speaker spoke ends what they defended or stressed
        if (!clause && i >= from + 2 && time_adjunct_at(i)) {
            // (what follows the time is no more of the object: "called the report Friday a lie",
            // "faulted himself on Saturday for bailing …" go on)
            std::uint32_t after = i + (is_day_word(w(i)) ? 1 : 2);
            if (after < to && word_at(after) && is(after, "night")) ++after;
            bool done = after >= to || punct(after, ".") || punct(after, ",") ||
                        (word_at(after) && is_preposition(w(after)) && !is(after, "for") && !is(after, "as") &&
                         !is(after, "to") && !is(after, "of") && !is(after, "about") && !is(after, "against"));
            if (done) return punct(i - 1, ",") ? i - 1 : i;
        }
        if (!is(i, "and") || !word_at(i + 1) || toks_[i + 1].upper) continue;
        std::string_view v = w(i + 1);
        bool verb = (v.size() > 3 && v.substr(v.size() - 2) == "ed") || is_auxiliary(v) ||
                    (participle && v.size() > 4 && v.substr(v.size() - 3) == "ing");
        if (verb) return punct(i - 1, ",") ? i - 1 : i;
    }
    return to;
}

}  // namespace whosaid::claims_detail
