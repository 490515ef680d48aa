// Quotations and lead-ins no cue of their own claims: the quotation after "said in a statement."
// or "issued the following statement:", a quotation inside a clause or standing alone after
// one, "“…” – Jane Doe". Part of the sentence reader (claims_reader.hpp).
#include "claims_confidence.hpp"
#include "claims_reader.hpp"
#include "lexicon_ascii.hpp"

namespace whosaid::claims_detail {

using namespace lexicon;

// "Trump issued the following statement:", "Frank quotes the adviser Alfred Kahn:": a paragraph
// that ends on a colon after a statement or a quotation named, with no speech verb, hands the
// next paragraph's quotation to its subject (or to the one quoted).
void SentenceReader::statement_lead_in() {
    if (end_ <= begin_ + 2 || !punct(end_ - 1, ":") || has_pending_) return;
    bool statement = false;
    std::uint32_t quotes_at = kNoToken;
    for (std::uint32_t k = begin_; k + 1 < end_; ++k) {
        if (!word_at(k)) continue;
        if (is(k, "statement") || is(k, "following") || is(k, "tweet") || is(k, "message")) statement = true;
        if ((is(k, "quotes") || is(k, "quoted") || is(k, "quoting")) && quotes_at == kNoToken) quotes_at = k;
    }
    Attribution a;
    if (quotes_at != kNoToken) {
        Phrase who = r_.after(quotes_at + 1, end_ - 1);
        if (!who.ok() || who.e != end_ - 1) return;
        a.who = who;
    } else if (statement) {
        std::uint32_t s0 = after_connectives(begin_);
        Phrase who = r_.after(s0, end_);
        if (!who.ok()) who = capitalised_subject(s0, end_);
        if (!who.ok() || who.kind == PhraseKind::Document) return;
        a.who = who;
    } else {
        return;
    }
    a.cue = Cue{end_ - 1, end_, CueFrame::Clause, false, false, true};
    a.b = a.who.b;
    a.e = end_;
    has_pending_ = true;
    pending_ = a;
    pending_line_ = line_;
    pending_in_paragraph_ = false;
}

// A clause's subject that can be credited with a quotation the clause holds but no cue claims: a
// full or titled name, a lone one before a finite verb, a body or a person's pronoun ("Soon",
// "Signs" or "Taking" opening a sentence are no names; "the historian" may be the one just quoted).
bool SentenceReader::names_subject(const Phrase& subj) const {
    if (!can_speak(subj)) return false;
    if (subj.kind != PhraseKind::Name) return subj.kind == PhraseKind::Org || subj.kind == PhraseKind::Pronoun;
    if (subj.name_e - subj.name_b >= 2 || subj.name_b > subj.b) return true;
    std::string_view verb = subj.e < end_ ? w(subj.e) : std::string_view{};
    bool finite = ascii::ends_with(verb, "ed") || (ascii::ends_with(verb, "s") && verb.size() > 3 && !is_preposition(verb)) ||
                  is_finite_auxiliary(verb);  // "Delgado was blunt: …"
    // ("Hoff, who declined to comment, proposes …", "Hoff, a delegate, …": an aside describes a person)
    bool described = punct(subj.e, ",") && (is(subj.e + 1, "who") || is(subj.e + 1, "a") || is(subj.e + 1, "an") ||
                                             is(subj.e + 1, "the"));
    return (finite || described) && !ascii::ends_with(w(subj.name_b), "ing");
}

// "a statement", "a warning", "his response": the object of a cue that names what was said
// without saying it ("Sen. Cruz tweeted a warning. “…”").
bool SentenceReader::names_statement(std::uint32_t i) const {
    if (word_at(i) && r_.determiner(i)) ++i;
    return word_at(i) && (is_document(w(i)) || is(i, "warning") || is(i, "response") || is(i, "reply"));
}

// The subject is followed, before `limit`, by a lower-case word: the clause's verb.
bool SentenceReader::verb_follows(const Phrase& subj, std::uint32_t limit) const {
    return subj.e < limit && word_at(subj.e) && !toks_[subj.e].upper;
}

// The quotation over tokens [open, last] is the words of `subj`, the verb after it standing as the cue.
void SentenceReader::credit_subject(std::uint32_t open, std::uint32_t last, const Phrase& subj) {
    Attribution a = subject_speaks(Cue{subj.e, subj.e + 1, CueFrame::Clause, false, false, true}, subj);
    emit(open, last + 1, &a, -1, claims_confidence::kQuoteCreditsSubject);
}

// Quotations no cue claimed: a sentence that is one long quotation continues the last speaker
// ("“But nevertheless, …”"); "“…” – Jane Doe" credits after a dash; short scare quotes
// ("the so-called “special operation”") and titles are not claims.
void SentenceReader::follow_on_quotes() {
    for (std::uint32_t i = begin_; i < end_; ++i) {
        std::int32_t qi = q_.owner[i];
        if (qi < 0) continue;
        const Quote& qq = q_.quotes[static_cast<std::size_t>(qi)];
        if (qq.open_tok != i) {
            i = std::max(i, std::min(qq.last_tok, end_ - 1));
            continue;
        }
        std::uint32_t last = std::min(qq.last_tok, end_ - 1);
        if (taken(i, last + 1)) {
            i = last;
            continue;
        }
        // "“…” – Jane Doe"
        std::uint32_t after = qq.last_tok + 1;
        if (after < end_ && is_dash(after)) {
            Phrase p = r_.after(after + 1, end_);
            if (p.ok() && p.kind != PhraseKind::Pronoun && (p.e >= end_ || toks_[p.e].kind == TokKind::Punct)) {
                Attribution a;
                a.who = p;
                a.cue = Cue{after, after + 1, CueFrame::Clause, false, false, true};
                a.b = after;
                a.e = p.e;
                emit(i, after, &a, -1, claims_confidence::kQuoteBesideName);
                i = last;
                continue;
            }
        }
        // "Asked whether …, Delgado was blunt: “…”": a colon after a clause whose subject is a
        // speaker hands the quotation to that subject
        if (i > begin_ && punct(i - 1, ":") && outside(i - 1)) {
            std::uint32_t start = after_connectives(begin_);
            for (std::uint32_t k = i - 1; k > start; --k)
                if (punct(k - 1, ",") && outside(k - 1)) {
                    start = k;
                    break;
                }
            Phrase subj = r_.after(start, i - 1);
            // ("Mark Maher, an analyst at RBC, agreed: “…”", "Mitch Mann, R-Ky., delivered a blunt
            // message to Lopez: “…”": else the sentence's subject, when a verb follows it)
            bool lone_word = subj.kind == PhraseKind::Name && subj.e + 1 < i && !names_subject(subj);  // "Signs point one way: …"
            if (!subj.ok() || subj.kind == PhraseKind::Document || i - 1 - subj.e > 6 || lone_word) {
                subj = main_subject(after_connectives(begin_), i - 1);
                bool verb_or_aside = subj.e < i - 1 && ((word_at(subj.e) && !toks_[subj.e].upper) || punct(subj.e, ","));
                if (!names_subject(subj) || !verb_or_aside) subj = Phrase{};
            }
            if (subj.ok() && subj.kind != PhraseKind::Document) {
                Attribution a;
                a.who = subj;
                a.cue = Cue{i - 1, i, CueFrame::Clause, false, false, true};
                a.b = subj.b;
                a.e = i;
                emit(i, last + 1, &a, -1, claims_confidence::kQuoteBesideName);
                i = last;
                continue;
            }
        }
        bool titled = i > begin_ && word_at(i - 1) && is_title_cue(w(i - 1));
        // "Sanders promised Sunday at a rally to end “…”": a quotation inside a sentence that no
        // cue claimed is the words of the sentence's subject, when a verb follows the subject
        if (!titled && qq.words >= 6 && i > after_connectives(begin_)) {
            std::uint32_t s0 = after_connectives(begin_);  // the clause the quotation is in: after a dash or ";"
            for (std::uint32_t k = i; k > s0 + 1; --k)
                if ((is_dash(k - 1) || punct(k - 1, ";")) && outside(k - 1)) {
                    s0 = k;
                    break;
                }
            Phrase subj = main_subject(s0, i);
            if (names_subject(subj) && verb_follows(subj, i) && outside(subj.e)) {
                credit_subject(i, last, subj);
                i = last;
                continue;
            }
        }
        bool whole_sentence = i == after_connectives(begin_) && (after >= end_ || toks_[after].kind == TokKind::Punct);
        // "Clinton touted her record. “We need …”": after a sentence of the same paragraph that
        // reports nothing, a quotation standing alone is the words of that sentence's subject
        if (!titled && whole_sentence && previous_ && previous_->line == line_ &&
            (out_.empty() || out_.back().first_tok < previous_->tok_begin)) {
            Phrase subj = main_subject(after_connectives(previous_->tok_begin), previous_->tok_end);
            if (names_subject(subj) && verb_follows(subj, previous_->tok_end)) {
                credit_subject(i, last, subj);
                i = last;
                continue;
            }
        }
        if (!titled && (whole_sentence || qq.words >= 6)) {
            // inherit the most recent claim within the last two paragraphs
            std::int32_t from = static_cast<std::int32_t>(out_.size()) - 1;
            while (from >= 0 && out_[static_cast<std::size_t>(from)].question) --from;
            if (from >= 0 && out_[static_cast<std::size_t>(from)].line + 2 < line_) from = -1;
            if (from >= 0 || qq.words >= 8)
                emit(i, last + 1, nullptr, from, from >= 0 ? claims_confidence::kFollowOnQuote : claims_confidence::kOrphanQuote);
        }
        i = last;
    }
}

}  // namespace whosaid::claims_detail
