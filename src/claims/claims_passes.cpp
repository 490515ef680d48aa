// The passes that turn a sentence's attributions into claims: clauses after cues, a lead-in that
// waits for the next quotation, tail attributions, then "according to X, …".
#include <algorithm>

#include "claims_confidence.hpp"
#include "claims_reader.hpp"

namespace whosaid::claims_detail {

using namespace lexicon;

// The first tail attribution closes what came before it: where clauses after cues must stop.
std::uint32_t SentenceReader::tail_cut(const std::vector<Attribution>& atts) const {
    std::uint32_t cut = end_;
    for (const Attribution& a : atts)
        if (a.tail && !a.cue.participle) {
            cut = a.b - 1;
            break;
        }
    return cut;
}

// "Trump threatened to sue", "Some supporters threaten to …": a threat is speech when a person,
// a body or people make it ("The storm threatens to flood the town" is none)
bool SentenceReader::threatens_as_speaker(const Phrase& who) const {
    if (who.kind == PhraseKind::Name || who.kind == PhraseKind::Org) return true;
    if (who.kind == PhraseKind::Pronoun) return who.pronoun != Pronoun::It;
    if (who.kind != PhraseKind::Role || who.e <= who.b || !word_at(who.e - 1)) return false;
    std::string_view head = w(who.e - 1);
    // (a role, its plural spelt out in the table, or people counted: "Some angry tenants")
    return is_role_noun(head) || is_group_quantifier(head) || (word_at(who.b) && is_group_quantifier(w(who.b)));
}

// Pass 1: verbs with the clause after them ("X said (that) …", "X urged Y to …").
void SentenceReader::clauses_after_cues(std::vector<Attribution>& atts, std::uint32_t tail_cut) {
    std::int32_t last_claim = -1;
    std::uint32_t inner_att = end_;  // where the attribution of a later claim begins
    for (std::size_t k = atts.size(); k-- > 0;) {
        Attribution& a = atts[k];
        if (a.cue.according || a.tail) continue;
        // "Tokhtarov noted that Kazakhstan considers Iran …": a belief inside a report is what was
        // reported, not a new attribution
        // belief verbs ("believes", "hopes", "thinks") report no speech unless a clause with "that"
        // follows ("experts consider that …")
        // ("agreed with the mayor that …" too: whom with, then "that")
        if (a.cue.cognition && (k > 0 || !(is(a.cue.e, "that") || (a.cue.e > a.cue.b + 1 && is(a.cue.e - 1, "with")) ||
                                           is_agreement_verb(w(a.cue.b)))))
            continue;
        // ("maintained a lead" is no report; "maintained that …" is)
        if (is_that_only_cue(w(a.cue.b)) && !is(a.cue.e, "that")) continue;
        // ("threatened to sue" is; "threatened the town" is none; and "According to an aide, she
        // had threatened to resign" is the aide's report, whole)
        if (is_infinitive_only_cue(w(a.cue.b)) &&
            ((!is(a.cue.e, "to") && !(is(a.cue.e, "not") && is(a.cue.e + 1, "to"))) ||
             std::any_of(atts.begin(), atts.end(), [](const Attribution& o) { return o.cue.according; }) ||
             !threatens_as_speaker(a.who)))
            continue;
        // "Kelly said she asked for the interview", "Trump said Fox executives were calling “…”": a
        // cue opening what an earlier speaker's cue reports is part of that report ("It should be
        // noted that the Kazakh side proposed …" has no speaker, and the proposal stays a claim)
        // ("Berlin reported that the chancellor urged …": a body relaying a person's words leaves them theirs)
        if (k > 0 && a.b == a.who.b && !atts[k - 1].cue.according && !atts[k - 1].tail && can_speak(atts[k - 1].who) &&
            (atts[k - 1].who.kind != PhraseKind::Org || a.who.kind == PhraseKind::Pronoun)) {
            std::string unused;
            if (content_start(atts[k - 1], unused) == a.b) continue;
        }
        std::string via = a.via;
        std::uint32_t cb = a.parenthetical ? a.e + 1 : content_start(a, via);
        // "As the minister said, the talks will resume": what was said follows the comma
        // ("Weeks ago, as the Herald reported on Saturday, the talks …": an aside after a comma too,
        // its where and when before its own comma)
        std::uint32_t as_end = a.e;
        while (as_end < end_ && as_end < a.e + 6 && word_at(as_end) && outside(as_end)) ++as_end;
        bool as_opens = a.b > begin_ && (a.b - 1 == after_connectives(begin_) || (a.b > begin_ + 1 && punct(a.b - 2, ",")));
        bool as_said = a.relative && a.b > begin_ && is(a.b - 1, "as") && as_opens && punct(as_end, ",");
        if (as_said) {
            cb = as_end + 1;
            a.relative = false;
        }
        if (cb == kNoToken || cb >= end_) continue;
        std::uint32_t limit = cb < tail_cut ? tail_cut : end_;
        std::uint32_t ce = content_end(cb, limit, a.relative);
        if (inner_att > cb && inner_att < ce) {
            // "…costs for temporary accommodation, which it said had risen": end before "which it said";
            // "reporting that during the call, Scholz urged …": a fronted adverbial is no claim of its own
            ce = inner_att;
            if (ce > cb && (is(ce - 1, "which") || is(ce - 1, "who") || is(ce - 1, "as") || is(ce - 1, "that"))) --ce;
            // "He says he respects Clinton and calls her …": a short clause before a coordinated cue
            bool clause = ce > cb + 2 && (is(ce - 1, "and") || is(ce - 1, "but")) && word_at(cb) &&
                          (lexicon::pronoun(w(cb)) != Pronoun::None || toks_[cb].upper);
            if (clause) --ce;
            else if (ce - cb < 5 || is(cb, "during") || is(cb, "in") || is(cb, "on") || is(cb, "at") || is(cb, "after") ||
                is(cb, "before") || is(cb, "while") || is(cb, "when"))
                continue;
            // ("asked to be taken off the lists, fearing the exposure, and argue …": the "and" and
            // its comma join the next cue, they end nothing said)
            // (nor do the words that link it: "…, while also suggesting …", "… and to say …")
            while (ce > cb + 1 && (is(ce - 1, "and") || is(ce - 1, "but") || is(ce - 1, "or") || punct(ce - 1, ",") ||
                                   is(ce - 1, "also") || is(ce - 1, "while") ||
                                   (is(ce - 1, "to") && (is(ce - 2, "and") || is(ce - 2, "or")))))
                --ce;
        }
        // "praised Obama's record, and won most of the vote": after what a speaker praised or
        // denied, "and" with a verb goes on with the speaker's own deeds
        if (a.cue.frame == CueFrame::Complement) ce = object_end(cb, ce, a.cue.participle);
        if (ce <= cb || taken(cb, ce)) continue;
        // "confirmed the talks": a bare object is no statement; a clause or a quotation is
        // ("he respects Clinton" is short but a clause: it opens on a pronoun or a name)
        // (an infinitive's "to" is no word of the clause: "agreed to remain in touch" is short)
        std::uint32_t verb_b = is(cb, "to") ? cb + 1 : cb;
        if (a.cue.frame == CueFrame::Clause && !is(cb - 1, "that") && toks_[cb].kind != TokKind::Quote &&
            !punct(cb - 1, ":") && ce - verb_b < 4 &&
            !(ce - cb == 3 && word_at(cb) && (lexicon::pronoun(w(cb)) != Pronoun::None || (toks_[cb].upper && !is(cb, "the")))) &&
            !gap_clause(a, cb, ce))
            continue;
        // a channel is named around the clause, never inside it
        if (via.empty()) via = find_via(a.cue.b, cb);
        if (via.empty()) via = find_via(ce, end_);
        a.via = via;
        double conf = a.who.kind == PhraseKind::Name ? claims_confidence::kClauseAfterNamedCue : claims_confidence::kClauseAfterOtherCue;
        std::int32_t inherit = -1;
        if (a.cue.participle && a.b == a.cue.b && last_claim >= 0) inherit = last_claim;
        std::int32_t id = emit(cb, ce, &a, inherit, conf);
        if (id >= 0 && a.parenthetical) join_part_before(a, k > 0 ? atts[k - 1].e : begin_, out_[static_cast<std::size_t>(id)]);
        if (id >= 0) {
            last_claim = id;
            inner_att = std::min(inner_att, a.b);
        }
    }
}

// A lead-in that reports nothing itself waits for the quotation opening the next sentence: one
// ending with a colon ("He told his audience, to loud applause:"), or a cue with only where
// and when after it ("Sam Lau said in a statement. “…”").
void SentenceReader::hold_lead_in(const std::vector<Attribution>& atts) {
    bool adjuncts_only = !atts.empty() && end_ > begin_ && punct(end_ - 1, ".") && atts.back().e + 8 >= end_ &&
                         atts.back().cue.strong && !atts.back().cue.participle &&
                         (atts.back().who.kind == PhraseKind::Name || atts.back().who.kind == PhraseKind::Org) &&
                         (atts.back().e + 1 >= end_ || (word_at(atts.back().e) && is_preposition(w(atts.back().e))) ||
                          names_statement(atts.back().e));
    if (!atts.empty() && out_.size() == first_claim_ && end_ > begin_ && !atts.back().tail &&
        ((punct(end_ - 1, ":") && atts.back().e + 12 >= end_) || adjuncts_only)) {
        has_pending_ = true;
        pending_ = atts.back();
        pending_line_ = line_;
        pending_in_paragraph_ = !punct(end_ - 1, ":");  // (a sentence's quotation after "said in a statement.")
    }
}

// Pass 2: tail attributions ("“…,” he said." / "…, the Kremlin said on Friday.").
void SentenceReader::tail_claims(std::vector<Attribution>& atts) {
    for (Attribution& a : atts) {
        if (!a.tail) continue;
        std::uint32_t cb = after_connectives(begin_);
        std::uint32_t ce = a.b;
        if (a.cue.according && taken(cb, ce)) {
            // "…, he said, according to Interfax": a channel for the claim already made
            if (!out_.empty() && out_.size() > first_claim_ && out_.back().via.empty())
                out_.back().via = std::string(text_.substr(toks_[a.who.b].start, toks_[a.who.e - 1].end - toks_[a.who.b].start));
            continue;
        }
        // start after an earlier claim of this sentence ends
        for (auto [b, e] : claimed_)
            if (e <= ce && e > cb) cb = e;
        if (ce <= cb || taken(cb, ce)) continue;
        a.via = a.via.empty() ? find_via(a.cue.b, end_) : a.via;
        double conf = a.who.kind == PhraseKind::Pronoun ? claims_confidence::kTailPronoun : claims_confidence::kTailNamed;

        std::int32_t id = emit(cb, ce, &a, -1, conf);
        // "The firm receives, according to one report, $20 million …": the source is an aside
        // inside the clause, which goes on after it
        if (id >= 0 && a.cue.according) {
            std::uint32_t rest = clause_after_source_aside(a);
            if (rest != kNoToken) {
                std::uint32_t re = content_end(rest, end_, false);
                if (re > rest && !taken(rest, re)) {
                    RawClaim& c = out_[static_cast<std::size_t>(id)];
                    c.parts.push_back(Span{toks_[rest].start, toks_[re - 1].end});
                    claimed_.emplace_back(rest, re);
                }
            }
        }
        // a split quotation: "“…,” Smith said, “…”" continues after the attribution
        if (id >= 0 && punct(a.e, ",") && a.e + 1 < end_ && toks_[a.e + 1].kind == TokKind::Quote && q_.owner[a.e + 1] >= 0) {
            const Quote& q2 = q_.quotes[static_cast<std::size_t>(q_.owner[a.e + 1])];
            RawClaim& c = out_[static_cast<std::size_t>(id)];
            if (q2.open_tok == a.e + 1 && c.kind == ClaimKind::Direct) {
                c.parts.insert(c.parts.end(), q2.parts.begin(), q2.parts.end());
                claimed_.emplace_back(q2.open_tok, q2.last_tok + 1);
                quote_claimed_[static_cast<std::size_t>(q_.owner[a.e + 1])] = true;
            }
        }
        // "…, according to the Kremlin, and both sides agreed that …": the same source goes on
        if (id >= 0 && punct(a.e, ",") && is(a.e + 1, "and") && a.e + 3 < end_ && word_at(a.e + 2)) {
            std::uint32_t nb = a.e + 2, ne = content_end(nb, end_, false);
            if (ne > nb + 3 && !taken(nb, ne)) emit(nb, ne, &a, -1, conf - claims_confidence::kSameSourceGoesOn);
        }
    }
}

// Pass 3: "according to X, …" when nothing more specific claimed the clause.
void SentenceReader::according_claims(std::vector<Attribution>& atts) {
    for (Attribution& a : atts) {
        if (!a.cue.according || a.tail) continue;
        std::string via = a.via;
        std::uint32_t cb = content_start(a, via);
        if (cb == kNoToken) continue;
        std::uint32_t ce = content_end(cb, end_, false);
        if (taken(cb, ce)) continue;
        emit(cb, ce, &a, -1, claims_confidence::kAccordingToFront);
    }
}

}  // namespace whosaid::claims_detail
