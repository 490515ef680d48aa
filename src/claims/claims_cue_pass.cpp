// The first step of reading a sentence: every cue in it, each with who speaks for it ("… and
// said" shares an earlier subject, "…, saying" the earlier speaker). Each way of finding the
// speaker is one reading below, tried in order; the first that applies decides.
#include <algorithm>

#include "claims_reader.hpp"

namespace whosaid::claims_detail {

using namespace lexicon;

// How a cue stands to what comes before it, read once per cue for every reading.
CueContext SentenceReader::cue_context(const Cue& cue, const std::vector<Attribution>& atts) const {
    CueContext c;
    c.after_comma = comma_before(cue.b);
    // "… and said", "…, but now said", "…, and also told": the cue shares an earlier subject
    c.conj = cue.b;
    std::uint32_t& conj = c.conj;
    if (conj > begin_ + 1 && word_at(conj - 1) && (is(conj - 1, "also") || is(conj - 1, "now") || is(conj - 1, "later") ||
                                                 is(conj - 1, "then") || is(conj - 1, "again") || is(conj - 1, "still")))
        --conj;
    // ("… and has expressed support for …": the perfect's auxiliary between)
    if (conj > begin_ + 1 && cue.b - conj <= 1 && word_at(conj - 1) && ascii::ends_with(w(cue.b), "ed") &&
        (is(conj - 1, "has") || is(conj - 1, "have") || is(conj - 1, "had")) && is(conj - 2, "and"))
        --conj;
    // ("… and to say the opposite": an infinitive coordinated with an earlier one)
    if (conj > begin_ + 2 && cue.b - conj <= 1 && is(conj - 1, "to") && (is(conj - 2, "and") || is(conj - 2, "or")))
        --conj;
    c.coordinated = cue.b > begin_ &&
                    (is(conj - 1, "and") || is(conj - 1, "but") || (!cue.participle && c.after_comma) ||
                     (conj < cue.b && punct(conj - 1, ",")));
    // ("… before saying", "… after adding": the sentence's subject speaks too)
    // (but "said it wanted a plan before agreeing to pay" goes on with what was said)
    // ("… by citing a poll" after an earlier cue: that cue's speaker goes on, by another act)
    // ("After saying he was nervous, the man …", "While saying that …, he …": the participle's
    // clause opens the sentence, and the subject after its comma speaks)
    const bool link_word = cue.b > begin_ && (is(cue.b - 1, "before") || is(cue.b - 1, "after") || is(cue.b - 1, "while"));
    c.fronted_link = atts.empty() && cue.participle && link_word && cue.b - 1 == after_connectives(begin_);
    c.linked = cue.b > begin_ + 1 && word_at(cue.b - 1) && ((atts.empty() && link_word) || is(cue.b - 1, "by"));
    // ("…, while also suggesting that …" after an earlier cue: that cue's speaker goes on)
    if (cue.participle && !atts.empty() && !c.linked) {
        std::uint32_t lw = cue.b > begin_ && is(cue.b - 1, "also") ? cue.b - 1 : cue.b;
        c.linked = lw > begin_ + 1 && (is(lw - 1, "while") || is(lw - 1, "before") || is(lw - 1, "after")) && comma_before(lw - 1);
    }
    // ("issued a statement saying …", "posted a video showing …": a document's participle; its
    // author, the sentence's subject, speaks)
    if (cue.participle && !c.after_comma && !c.linked && atts.empty() && cue.b > begin_ + 1) {
        Phrase doc = r_.before(begin_, cue.b);
        c.of_document = doc.kind == PhraseKind::Document && doc.e == cue.b && doc.b > after_connectives(begin_);
    }
    return c;
}

// "…, with three in 10 saying …", "with a majority saying": a poll's absolute phrase; the share
// between "with" and the participle speaks ("with the economy adding jobs" is no share)
Reading SentenceReader::share_reading(const Cue& cue, const CueContext& c, const std::vector<Attribution>& atts,
                                      Attribution& out) const {
    if (!cue.participle || c.after_comma || !atts.empty()) return Reading::None;
    std::uint32_t k = cue.b;
    bool share = false;
    while (k > begin_ && cue.b - k < 7 && outside(k - 1) && !is(k - 1, "with") &&
           (word_at(k - 1) || toks_[k - 1].kind == TokKind::Number || punct(k - 1, "%"))) {
        --k;
        share = share || toks_[k].kind == TokKind::Number || punct(k, "%") ||
                (word_at(k) && (is_share_word(w(k)) || is_group_quantifier(w(k))));
    }
    if (!share || k <= begin_ || k >= cue.b || !is(k - 1, "with")) return Reading::None;
    Phrase group = role_phrase(k, cue.b);
    if (!group.ok()) return Reading::None;
    out = subject_speaks(cue, group);
    return Reading::Speaker;
}

// "Noting that …, Wang said": the one after the participle's clause speaks it
Reading SentenceReader::fronted_participle_reading(const Cue& cue, const std::vector<Attribution>& atts, Attribution& out) const {
    if (!cue.participle || !atts.empty() || cue.b != after_connectives(begin_) || !fronted_participle_cue(cue.b) ||
        subordinate_end_ == kNoToken)
        return Reading::None;
    out = subject_speaks(cue, r_.after(subordinate_end_ + 1, end_));
    return Reading::Speaker;
}

// "…, saying that …": the subject of the earlier cue, or else of the sentence, speaks
// (a dash sets off the participle as a comma does: "… between the two men - noting that …")
Reading SentenceReader::participle_reading(const Cue& cue, const CueContext& c, const std::vector<Attribution>& atts,
                                           Attribution& out) const {
    if (!cue.participle || !(c.after_comma || is_dash(cue.b - 1) || c.linked || c.of_document || c.fronted_link))
        return Reading::None;
    Attribution a;
    a.cue = cue;
    a.b = cue.b;
    a.e = cue.e;
    const std::uint32_t close = c.fronted_link ? next_comma(cue.e) : cue.e;
    Phrase after_close = close > cue.e && close + 1 < end_ ? r_.after(close + 1, end_) : Phrase{};
    // ("While his rivals called for more, Roe hewed to the plan, noting that …": the earlier
    // cue is inside the fronted clause; the main clause's subject speaks)
    Phrase main_subj = !atts.empty() && subordinate_end_ != kNoToken && atts.back().cue.b < subordinate_end_ &&
                               cue.b > subordinate_end_ + 2
                           ? main_subject(subordinate_end_ + 1, cue.b)
                           : Phrase{};
    if (main_subj.ok() && main_subj.b == subordinate_end_ + 1 && can_speak(main_subj)) {
        a.who = main_subj;
    } else if (!atts.empty()) {
        a.who = atts.back().who;
    } else if (can_speak(after_close)) {
        a.who = after_close;
    } else {
        std::uint32_t s0 = after_connectives(begin_);
        // "Then he cut into Bush, calling …": a sentence adverb before the subject
        while (s0 < cue.b && word_at(s0) && toks_[s0].upper && is_sentence_adverb(w(s0)) && !is(s0, "the") &&
               !is(s0, "a") && !is(s0, "an") && lexicon::pronoun(w(s0 + 1)) != Pronoun::None)
            ++s0;
        Phrase subj = main_subject(s0, cue.b);
        if (!subj.ok()) subj = capitalised_subject(s0, cue.b);
        if (!can_speak(subj)) return Reading::Skip;
        a.who = subj;
    }
    out = a;
    return Reading::Speaker;
}

// The speaker next to the cue, as attribute() finds it ("Smith said", "said Smith", "which
// Moscow said"), with what around it changes who that is
Reading SentenceReader::adjacent_reading(const Cue& cue, const CueContext& c, const std::vector<Attribution>& atts,
                                         Attribution& out) const {
    Attribution a;
    if (!attribute(cue, a)) return Reading::None;
    a.tail = is_tail(a);
    // ("We asked readers which …" reports a question; "…, I said." or "As I mentioned, …"
    // around the writer's own words adds no speaker, so a first person speaks only what
    // follows the cue)
    if ((a.tail || a.relative) && a.who.kind == PhraseKind::Pronoun && (a.who.pronoun == Pronoun::I || a.who.pronoun == Pronoun::We))
        return Reading::Skip;
    // ("Farmers trying to sell before the winter say": the noun inside the restriction is
    // not the subject)
    if (atts.empty() && !c.after_comma && !a.relative && a.who.kind == PhraseKind::Role && strong_clause_cue(cue)) {
        Phrase pm = postmodified_subject(cue.b);
        if (pm.ok() && a.who.b > pm.e) a.who = pm;
    }
    out = a;
    return Reading::Speaker;
}

// "Unions that backed him say", "Farmers trying to sell say": a subject with a restriction after
// its noun, when attribute() finds none
Reading SentenceReader::postmodified_reading(const Cue& cue, const CueContext& c, const std::vector<Attribution>& atts,
                                             Attribution& out) const {
    if (!atts.empty() || c.after_comma || !strong_clause_cue(cue)) return Reading::None;
    Phrase pm = postmodified_subject(cue.b);
    if (!pm.ok()) return Reading::None;
    out = subject_speaks(cue, pm);
    return Reading::Speaker;
}

// "She took to Twitter to say that …", "He interjected to say: “…”": the sentence's subject
// speaks the infinitive
Reading SentenceReader::infinitive_reading(const Cue& cue, const std::vector<Attribution>& atts, Attribution& out) const {
    if (!atts.empty() || cue.participle || cue.b <= begin_ + 2 || !is(cue.b - 1, "to") || !word_at(cue.b - 2) ||
        lexicon::is_no_speech_before_to(w(cue.b - 2)))
        return Reading::None;
    Phrase subj = main_subject(after_connectives(begin_), cue.b - 1);
    // ("Using a crude phrase to describe the Turks as …, he said": the infinitive is the
    // fronted participle's; the subject after its comma speaks)
    std::uint32_t s0 = after_connectives(begin_);
    if (!subj.ok() && word_at(s0) && toks_[s0].upper && ascii::ends_with(w(s0), "ing")) {
        const std::uint32_t comma = next_comma(cue.e);
        if (comma + 1 < end_) subj = r_.after(comma + 1, end_);
        if (subj.ok() && subj.b != comma + 1) subj = Phrase{};
    }
    if (!can_speak(subj)) return Reading::Skip;
    out = subject_speaks(cue, subj);
    return Reading::Speaker;
}

// "Sullivan put off a ruling but said …", "He praised the plan and said …", "She took
// questions, then said …": the sentence's subject speaks when nothing else in it attributes
Reading SentenceReader::first_coordinated_reading(const Cue& cue, const CueContext& c, const std::vector<Attribution>& atts,
                                                  Attribution& out) const {
    const std::uint32_t conj = c.conj;
    if (!atts.empty() || cue.participle ||
        !(is(conj - 1, "and") || is(conj - 1, "but") || (conj < cue.b && punct(conj - 1, ","))) || conj - 1 <= begin_)
        return Reading::None;
    std::uint32_t s0 = after_connectives(begin_);
    Phrase subj = main_subject(s0, cue.b);
    if (!subj.ok() || subj.kind == PhraseKind::Document || subj.e >= cue.b - 1) return Reading::Skip;
    out = subject_speaks(cue, subj);
    return Reading::Speaker;
}

// "But the same polling suggests that …", "Data released Monday suggest that …": a finite
// speech verb with "that" reports even when no table names its subject ("states that have
// voted" is a noun and its relative). A name or a role that opens the sentence is the source
// ("Mrs. Roe herself, as well as her staff, has always said that …"); otherwise the subject is
// read as a document, which the speaker resolver gives to the body last heard from, or to no one
Reading SentenceReader::unnamed_source_reading(const Cue& cue, const std::vector<Attribution>& atts, Attribution& out) const {
    if (!atts.empty() || cue.participle || !cue.strong || cue.frame != CueFrame::Clause || cue.cognition || !is(cue.e, "that") ||
        !complement_at(cue.e) || is_plural_noun_cue(w(cue.b)) || cue.b <= after_connectives(begin_))
        return Reading::None;
    Phrase source = r_.after(after_connectives(begin_), cue.b);
    if (!can_speak(source) || source.kind == PhraseKind::Pronoun || source.b != after_connectives(begin_)) {
        source = Phrase{};
        source.kind = PhraseKind::Document;
        source.b = after_connectives(begin_);
        source.e = std::max(source.b + 1, auxiliaries_before(cue.b));
    }
    out = subject_speaks(cue, source);
    return Reading::Speaker;
}

// "…, but added …": the subject of the earlier cue speaks; after "according to X, the
// president … and told …" it is the clause's own subject
Reading SentenceReader::coordinated_reading(const Cue& cue, const CueContext& c, const std::vector<Attribution>& atts,
                                            Attribution& out) const {
    if (atts.empty() || !c.coordinated) return Reading::None;
    Attribution a;
    a.cue = cue;
    a.who = atts.back().who;
    if (atts.back().cue.according) {
        std::string unused;
        std::uint32_t s0 = content_start(atts.back(), unused);
        if (s0 != kNoToken && s0 < cue.b) {
            Phrase subj = r_.after(s0, cue.b);
            if (subj.ok() && subj.kind != PhraseKind::Document) a.who = subj;
        }
    }
    a.b = cue.b;
    a.e = cue.e;
    out = a;
    return Reading::Speaker;
}

// Every cue of the sentence with who speaks for it, in order (at most kMaxCuesPerSentence).
std::vector<Attribution> SentenceReader::attributions() const {
    std::vector<Attribution> atts;
    for (std::uint32_t i = begin_; i < end_ && atts.size() < kMaxCuesPerSentence; ++i) {
        Cue cue;
        if (!cue_at(i, cue)) continue;
        const CueContext c = cue_context(cue, atts);
        Attribution a;
        Reading r = share_reading(cue, c, atts, a);
        if (r == Reading::None) r = fronted_participle_reading(cue, atts, a);
        if (r == Reading::None) r = participle_reading(cue, c, atts, a);
        if (r == Reading::None) r = adjacent_reading(cue, c, atts, a);
        if (r == Reading::None) r = postmodified_reading(cue, c, atts, a);
        if (r == Reading::None) r = infinitive_reading(cue, atts, a);
        if (r == Reading::None) r = first_coordinated_reading(cue, c, atts, a);
        if (r == Reading::None) r = unnamed_source_reading(cue, atts, a);
        if (r == Reading::None) r = coordinated_reading(cue, c, atts, a);
        if (r == Reading::Speaker) atts.push_back(a);
        i = cue.e - 1;
    }
    return atts;
}

}  // namespace whosaid::claims_detail
