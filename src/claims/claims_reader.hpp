// Internal to claims.cpp and its helpers: reads one sentence at a time, finding cues, who speaks
// for each, and what was said. Split over claims_cues.cpp (cues), claims_attribution.cpp (who
// speaks for one), claims_subjects.cpp (subjects away from the cue), claims_clause.cpp (where
// what was said begins and ends), claims_quotes.cpp (quotations no cue of their own claims) and
// claims.cpp (the passes).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "claims_raw.hpp"
#include "lexicon.hpp"
#include "quotes.hpp"
#include "sentences.hpp"
#include "tokens.hpp"

namespace whosaid::claims_detail {

// Bounds that keep a sentence's work linear in its length whatever its shape: news sentences
// hold a few cues and claims of a few dozen words; a run-on "Bob said, Bob said, …" of any
// length is read up to these and no further (CPU time stays proportional to the input).
constexpr std::size_t kMaxCuesPerSentence = 32;
constexpr std::uint32_t kMaxPostmodifiedSubject = 20;  // tokens from the sentence start to the cue
constexpr std::uint32_t kMaxClaimTokens = 600;

struct Cue {
    std::uint32_t b = 0, e = 0;  // tokens of the cue ("said", "pointed out", "according to")
    lexicon::CueFrame frame = lexicon::CueFrame::Clause;
    bool according = false;      // "according to", "in the words of"
    bool participle = false;     // "saying", "adding": the subject is earlier in the sentence
    bool strong = true;
    bool cognition = false;      // "believes", "considers": see CueInfo
    bool nominal = false;        // "his insistence that": a noun whose owner speaks
};

// How a cue stands to what comes before it (SentenceReader::cue_context)
struct CueContext {
    bool after_comma = false;   // "…, saying": a comma (or one inside a closing quotation) before the cue
    std::uint32_t conj = 0;     // where "and", "but" or a comma would stand before the cue ("and also said")
    bool coordinated = false;   // "… and said", "…, but added": the cue shares an earlier subject
    bool fronted_link = false;  // "After saying …, the man": a linked participle opens the sentence
    bool linked = false;        // "… before saying", "… by citing", "…, while also suggesting"
    bool of_document = false;   // "issued a statement saying": a document's participle
};

// What one way of reading a cue's speaker found: it does not apply (try the next), a speaker,
// or that the cue has none (stop)
enum class Reading { None, Speaker, Skip };

struct Attribution {
    Cue cue;
    Phrase who;
    std::uint32_t b = 0, e = 0;  // tokens covering the speaker phrase and the cue
    bool inverted = false;       // "said Smith"
    bool relative = false;       // "which Moscow said", "as Smith said": the clause ends at a comma
    bool tail = false;           // "…, Smith said." after what was said
    bool parenthetical = false;  // "The reforms, he said, were …": what was said goes on after it
    std::string via;
};

// A source no table names, as written: a role phrase over tokens [b, e).
inline Phrase role_phrase(std::uint32_t b, std::uint32_t e) {
    Phrase p;
    p.kind = PhraseKind::Role;
    p.b = b;
    p.e = e;
    return p;
}

// A sentence's subject that may speak a cue found away from it: a name, a role or a body, or a
// person's pronoun ("He cut into Bush, calling him …"; "it" rarely speaks).
inline bool can_speak(const Phrase& p) {
    if (!p.ok() || p.kind == PhraseKind::Document) return false;
    using lexicon::Pronoun;
    return p.kind != PhraseKind::Pronoun || p.pronoun == Pronoun::He || p.pronoun == Pronoun::She || p.pronoun == Pronoun::They;
}

// The attribution of `cue` to a subject named elsewhere in the sentence: it covers the cue only.
inline Attribution subject_speaks(const Cue& cue, const Phrase& who) {
    Attribution a;
    a.cue = cue;
    a.who = who;
    a.b = cue.b;
    a.e = cue.e;
    return a;
}

class SentenceReader {
public:
    SentenceReader(std::string_view text, const Tokenized& tk, const Quotes& q, std::vector<RawClaim>& out)
        : text_(text), toks_(tk.tokens), q_(q), out_(out), r_(text, tk.tokens) {}

    void read(const Sentence& s, const Sentence* previous);

private:
    // ---- small token helpers
    std::string_view w(std::uint32_t i) const { return r_.word(i); }
    bool is(std::uint32_t i, std::string_view s) const { return i < end_ && r_.is(i, s); }
    bool word_at(std::uint32_t i) const { return i < end_ && toks_[i].kind == TokKind::Word; }
    bool outside(std::uint32_t i) const { return q_.owner[i] < 0; }
    bool punct(std::uint32_t i, std::string_view s) const { return i < end_ && toks_[i].kind == TokKind::Punct && w(i) == s; }
    // the first comma outside quotations at or after `from`, or end_
    std::uint32_t next_comma(std::uint32_t from) const {
        while (from < end_ && !(punct(from, ",") && outside(from))) ++from;
        return from;
    }
    bool closing_quote(std::uint32_t i) const {
        return i < toks_.size() && toks_[i].kind == TokKind::Quote && q_.owner[i] >= 0 &&
               q_.quotes[static_cast<std::size_t>(q_.owner[i])].close_tok == i;
    }
    // A comma right before token i, or one inside the closing quotation mark before it: American
    // copy writes 'called it “messy,” adding …', the comma the sentence's, not the quotation's.
    bool comma_before(std::uint32_t i) const {
        return i > begin_ && (punct(i - 1, ",") || (i > begin_ + 1 && closing_quote(i - 1) && punct(i - 2, ",")));
    }
    // The first of up to two auxiliaries right before token i ("who had long said" → "had"), or i.
    std::uint32_t auxiliaries_before(std::uint32_t i) const {
        std::uint32_t b = i;
        while (b > begin_ + 1 && i - b < 3 && word_at(b - 1) && lexicon::is_auxiliary(w(b - 1))) --b;
        return b;
    }
    bool is_dash(std::uint32_t i) const {
        return i < end_ && toks_[i].kind == TokKind::Punct && (is_dash_word(w(i)) || w(i) == "-");
    }

    bool cue_at(std::uint32_t i, Cue& cue) const;
    bool compared_object_to(std::uint32_t i) const;
    bool named_quality(std::uint32_t i) const;
    bool urged_after(std::uint32_t from) const;
    bool describes_noun(std::uint32_t i) const;
    Phrase owner_of(std::uint32_t i) const;
    bool about_a_count(std::uint32_t i) const;
    bool complement_at(std::uint32_t that) const;
    bool attribute(const Cue& cue, Attribution& a) const;
    bool is_tail(Attribution& a) const;
    bool threatens_as_speaker(const Phrase& who) const;
    bool according_at_end(const Attribution& a) const;
    std::uint32_t clause_after_source_aside(const Attribution& a) const;
    Phrase generic_subject(std::uint32_t cue_b) const;
    Phrase person_before_who(std::uint32_t comma) const;
    Phrase generic_source(std::uint32_t b) const;
    Phrase capitalised_subject(std::uint32_t b, std::uint32_t limit) const;
    Phrase main_subject(std::uint32_t s0, std::uint32_t limit) const;
    Phrase postmodified_subject(std::uint32_t cue_b) const;
    // a finite verb of pure speech taking a clause or an object ("say", "told"), not "urged"
    bool strong_clause_cue(const Cue& cue) const {
        return !cue.participle && word_at(cue.b) && lexicon::cue_verb(w(cue.b)).strong &&
               lexicon::cue_verb(w(cue.b)).frame != lexicon::CueFrame::Complement;
    }
    Phrase first_conjunct(Phrase p) const;
    Phrase described_name(std::uint32_t b) const;
    std::uint32_t content_start(const Attribution& a, std::string& via) const;
    std::uint32_t clause_start(const Attribution& a, std::string& via) const;
    std::uint32_t content_end(std::uint32_t from, std::uint32_t limit, bool relative) const;
    bool time_adjunct_at(std::uint32_t i) const;
    std::uint32_t object_end(std::uint32_t from, std::uint32_t to, bool participle) const;
    std::uint32_t skip_adjuncts(std::uint32_t i, std::string& via) const;
    std::uint32_t after_connectives(std::uint32_t i) const;
    bool fronted_participle_cue(std::uint32_t s0) const;
    std::uint32_t fronted_subordinate_end() const;
    std::uint32_t after_dateline(std::uint32_t i) const;
    std::string find_via(std::uint32_t from, std::uint32_t to) const;
    bool taken(std::uint32_t b, std::uint32_t e) const;
    std::int32_t emit(std::uint32_t cb, std::uint32_t ce, const Attribution* a, std::int32_t inherit, double conf);
    void join_part_before(const Attribution& a, std::uint32_t from, RawClaim& c);
    bool names_subject(const Phrase& subj) const;
    bool adverbial_only(std::uint32_t b, std::uint32_t e) const;
    bool appositive_only(std::uint32_t b) const;
    bool gap_clause(const Attribution& a, std::uint32_t cb, std::uint32_t ce) const;
    bool names_statement(std::uint32_t i) const;
    bool verb_follows(const Phrase& subj, std::uint32_t limit) const;
    void credit_subject(std::uint32_t open, std::uint32_t last, const Phrase& subj);
    void follow_on_quotes();
    void asked_questions();
    bool asked_passively(std::uint32_t i) const;
    bool asked_about(std::uint32_t i) const;
    bool asked_by_subject(std::uint32_t i) const;
    void statement_lead_in();
    // ---- the steps of read(), in order
    void start_sentence(const Sentence& s, const Sentence* previous);
    std::vector<Attribution> attributions() const;
    // the readings attributions() tries for each cue, in its order (claims_cue_pass.cpp)
    CueContext cue_context(const Cue& cue, const std::vector<Attribution>& atts) const;
    Reading share_reading(const Cue& cue, const CueContext& c, const std::vector<Attribution>& atts, Attribution& out) const;
    Reading fronted_participle_reading(const Cue& cue, const std::vector<Attribution>& atts, Attribution& out) const;
    Reading participle_reading(const Cue& cue, const CueContext& c, const std::vector<Attribution>& atts, Attribution& out) const;
    Reading adjacent_reading(const Cue& cue, const CueContext& c, const std::vector<Attribution>& atts, Attribution& out) const;
    Reading postmodified_reading(const Cue& cue, const CueContext& c, const std::vector<Attribution>& atts, Attribution& out) const;
    Reading infinitive_reading(const Cue& cue, const std::vector<Attribution>& atts, Attribution& out) const;
    Reading first_coordinated_reading(const Cue& cue, const CueContext& c, const std::vector<Attribution>& atts,
                                      Attribution& out) const;
    Reading unnamed_source_reading(const Cue& cue, const std::vector<Attribution>& atts, Attribution& out) const;
    Reading coordinated_reading(const Cue& cue, const CueContext& c, const std::vector<Attribution>& atts, Attribution& out) const;
    std::uint32_t tail_cut(const std::vector<Attribution>& atts) const;
    void clauses_after_cues(std::vector<Attribution>& atts, std::uint32_t tail_cut);
    void hold_lead_in(const std::vector<Attribution>& atts);
    void tail_claims(std::vector<Attribution>& atts);
    void according_claims(std::vector<Attribution>& atts);

    std::string_view text_;
    const std::vector<Token>& toks_;
    const Quotes& q_;
    std::vector<RawClaim>& out_;
    PhraseReader r_;
    std::uint32_t begin_ = 0, end_ = 0, line_ = 0;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> claimed_;  // token ranges taken in this sentence
    std::vector<bool> quote_claimed_ = std::vector<bool>(q_.quotes.size());  // each quotation is claimed once
    // "The minister said:" ending a paragraph: the quotation opening the next one is his
    bool has_pending_ = false;
    Attribution pending_;
    std::uint32_t pending_line_ = 0;
    bool pending_in_paragraph_ = false;  // the quotation must open the next sentence of the same paragraph
    std::size_t first_claim_ = 0;
    std::uint32_t subordinate_end_ = kNoToken;  // the comma closing "While X said …," at the sentence's start
    const Sentence* previous_ = nullptr;
};


}  // namespace whosaid::claims_detail
