#include "claims.hpp"

#include <algorithm>

#include "claims_lines.hpp"
#include "claims_reader.hpp"
#include "lexicon_ascii.hpp"

namespace whosaid {
namespace claims_detail {

using namespace lexicon;

bool SentenceReader::taken(std::uint32_t b, std::uint32_t e) const {
    for (auto [cb, ce] : claimed_)
        if (b < ce && cb < e) return true;
    return false;
}

// Emits the claim over tokens [cb, ce): direct when it is exactly one quotation, mixed when it
// holds quoted words, indirect otherwise.
std::int32_t SentenceReader::emit(std::uint32_t cb, std::uint32_t ce, const Attribution* a, std::int32_t inherit,
                                  double conf) {
    // trim punctuation at the edges (but keep a closing quote mark)
    while (ce > cb && toks_[ce - 1].kind == TokKind::Punct) --ce;
    while (cb < ce && toks_[cb].kind == TokKind::Punct) ++cb;
    if (cb >= ce) return -1;
    // a quotation that began in an earlier paragraph
    if (q_.owner[cb] >= 0) {
        const Quote& qq = q_.quotes[static_cast<std::size_t>(q_.owner[cb])];
        if (qq.open_tok < cb) cb = qq.open_tok;
    }
    // never claim a quotation twice (a long quotation spans several sentences)
    for (std::uint32_t i = cb; i < ce; ++i)
        if (q_.owner[i] >= 0 && quote_claimed_[static_cast<std::size_t>(q_.owner[i])]) return -1;
    RawClaim c;
    c.line = line_;
    c.first_tok = cb;
    std::int32_t qi = q_.owner[cb];
    const Quote* whole = nullptr;
    if (qi >= 0) {
        const Quote& qq = q_.quotes[static_cast<std::size_t>(qi)];
        if (qq.open_tok == cb && qq.last_tok + 1 >= ce) whole = &qq;
    }
    if (whole) {
        c.kind = ClaimKind::Direct;
        c.parts = whole->parts;
        ce = std::max(ce, whole->last_tok + 1);
    } else {
        bool quoted = false;
        for (std::uint32_t i = cb; i < ce; ++i)
            if (q_.owner[i] >= 0) quoted = true;
        // a clause must not end inside an open quotation: extend to its end
        if (q_.owner[ce - 1] >= 0) ce = std::max(ce, q_.quotes[static_cast<std::size_t>(q_.owner[ce - 1])].last_tok + 1);
        c.kind = quoted ? ClaimKind::Mixed : ClaimKind::Indirect;
        c.parts.push_back(Span{toks_[cb].start, toks_[ce - 1].end});
    }
    for (Span& p : c.parts)  // quoted text without the spaces just inside the marks
        while (p.end > p.start && (text_[p.end - 1] == ' ')) --p.end;
    c.parts.erase(std::remove_if(c.parts.begin(), c.parts.end(), [](const Span& p) { return p.empty(); }), c.parts.end());
    if (c.parts.empty()) return -1;
    if (a) {
        c.speaker = a->who;
        c.cue = Span{toks_[a->cue.b].start, toks_[a->cue.e - 1].end};
        c.via = a->via;
        if (!a->cue.strong) conf -= 0.15;
    }
    c.inherit = inherit;
    c.confidence = conf;
    claimed_.emplace_back(cb, ce);
    for (std::uint32_t i = cb; i < ce; ++i)
        if (q_.owner[i] >= 0) quote_claimed_[static_cast<std::size_t>(q_.owner[i])] = true;
    out_.push_back(std::move(c));
    return static_cast<std::int32_t>(out_.size() - 1);
}

// "If the law bars it, Rubio said, churches must ignore the law": what comes before a
// parenthetical cue is said too when it is more than a connective or where and when ("In any
// case, she said, …" keeps to the clause after it). The claim gets it as its first part.
// `from`: the first token it may take.
void SentenceReader::join_part_before(const Attribution& a, std::uint32_t from, RawClaim& c) {
    // (from the sentence start, or from the cue before this one: "… replied that, she said, …")
    std::uint32_t b = after_connectives(from), e = a.b - 1;  // (e: the comma before the cue)
    // ("… – and the permit, his campaign said, had been hard to get": from the last dash on)
    for (std::uint32_t k = e; k > b; --k)
        if (is_dash(k - 1) || punct(k - 1, ";") || punct(k - 1, ":")) {
            b = after_connectives(k);
            break;
        }
    // ("attacks that, Sweet noted, …", "all of whom, she explained, …": a relative's pronoun opens it)
    if (b >= e || is(b, "that") || is(b, "which") || is(b, "who") || is(b, "whom") || is(b, "like") || is(b, "and") ||
        is(b, "but") || is(e - 1, "and") || is(e - 1, "but") || is(e - 1, "or") || (a.who.b < e && a.who.e > b))
        return;
    std::uint32_t words = 0;
    for (std::uint32_t i = b; i < e; ++i) words += word_at(i);
    if (words < 3 || taken(b, e) || adverbial_only(b, e)) return;
    for (std::uint32_t i = b; i < e; ++i)
        if (q_.owner[i] >= 0) return;  // (a quotation before the cue is a claim of its own)
    c.parts.insert(c.parts.begin(), Span{toks_[b].start, toks_[e - 1].end});
    c.first_tok = b;
    claimed_.emplace_back(b, e);
}

void SentenceReader::read(const Sentence& s, const Sentence* previous) {
    begin_ = s.tok_begin;
    end_ = s.tok_end;
    line_ = s.line;
    claimed_.clear();
    first_claim_ = out_.size();
    previous_ = previous;
    subordinate_end_ = fronted_subordinate_end();

    if (has_pending_ && line_ > pending_line_ + 2) has_pending_ = false;
    if (has_pending_ && (pending_in_paragraph_ ? line_ == pending_line_ : line_ > pending_line_) && begin_ < end_ &&
        toks_[begin_].kind == TokKind::Quote &&
        q_.owner[begin_] >= 0 && q_.quotes[static_cast<std::size_t>(q_.owner[begin_])].open_tok == begin_) {
        const Quote& qq = q_.quotes[static_cast<std::size_t>(q_.owner[begin_])];
        has_pending_ = false;
        // (in the same paragraph, only a quotation that is the whole sentence: "“…,” he said" has its own cue)
        if (!pending_in_paragraph_ || qq.last_tok + 2 >= end_) emit(begin_, std::min(qq.last_tok + 1, end_), &pending_, -1, 0.8);
    }
    if (has_pending_ && pending_in_paragraph_) has_pending_ = false;  // only the very next sentence
    std::vector<Attribution> atts;
    for (std::uint32_t i = begin_; i < end_ && atts.size() < kMaxCuesPerSentence; ++i) {
        Cue cue;
        if (!cue_at(i, cue)) continue;
        Attribution a;
        bool after_comma = cue.b > begin_ && punct(cue.b - 1, ",");
        // "… and said", "…, but now said", "…, and also told": the cue shares an earlier subject
        std::uint32_t conj = cue.b;
        if (conj > begin_ + 1 && word_at(conj - 1) && (is(conj - 1, "also") || is(conj - 1, "now") || is(conj - 1, "later") ||
                                                     is(conj - 1, "then") || is(conj - 1, "again") || is(conj - 1, "still")))
            --conj;
        bool coordinated = cue.b > begin_ &&
                           (is(conj - 1, "and") || is(conj - 1, "but") || (!cue.participle && after_comma) ||
                            (conj < cue.b && punct(conj - 1, ",")));
        // ("… before saying", "… after adding": the sentence's subject speaks too)
        // (but "said it wanted a plan before agreeing to pay" goes on with what was said)
        bool linked = atts.empty() && cue.b > begin_ + 1 && word_at(cue.b - 1) &&
                      (is(cue.b - 1, "before") || is(cue.b - 1, "after") || is(cue.b - 1, "while") || is(cue.b - 1, "by"));
        // ("issued a statement saying …", "posted a video showing …": a document's participle; its
        // author, the sentence's subject, speaks)
        bool of_document = false;
        if (cue.participle && !after_comma && !linked && atts.empty() && cue.b > begin_ + 1) {
            Phrase doc = r_.before(begin_, cue.b);
            of_document = doc.kind == PhraseKind::Document && doc.e == cue.b && doc.b > after_connectives(begin_);
        }
        if (cue.participle && (after_comma || linked || of_document)) {
            // "…, saying that …": the subject of the earlier cue, or else of the sentence, speaks
            a = Attribution{};
            a.cue = cue;
            a.b = cue.b;
            a.e = cue.e;
            if (!atts.empty()) {
                a.who = atts.back().who;
            } else {
                std::uint32_t s0 = after_connectives(begin_);
                // "Then he cut into Bush, calling …": a sentence adverb before the subject
                while (s0 < cue.b && word_at(s0) && toks_[s0].upper && is_sentence_adverb(w(s0)) && !is(s0, "the") &&
                       !is(s0, "a") && !is(s0, "an") && lexicon::pronoun(w(s0 + 1)) != Pronoun::None)
                    ++s0;
                Phrase subj = main_subject(s0, cue.b);
                if (!subj.ok()) subj = capitalised_subject(s0, cue.b);
                if (!can_speak(subj)) {
                    i = cue.e - 1;
                    continue;
                }
                a.who = subj;
            }
            atts.push_back(a);
        } else if (attribute(cue, a)) {
            a.tail = is_tail(a);
            atts.push_back(a);
        } else if (atts.empty() && !cue.participle && cue.b > begin_ + 2 && is(cue.b - 1, "to") && word_at(cue.b - 2) &&
                   !lexicon::is_no_speech_before_to(w(cue.b - 2))) {
            // "She took to Twitter to say that …", "He interjected to say: “…”": the sentence's
            // subject speaks the infinitive
            Phrase subj = main_subject(after_connectives(begin_), cue.b - 1);
            if (can_speak(subj)) atts.push_back(subject_speaks(cue, subj));
        } else if (atts.empty() && !cue.participle && (is(conj - 1, "and") || is(conj - 1, "but")) &&
                   conj - 1 > begin_) {
            // "Sullivan put off a ruling but said …", "He praised the plan and said …": the
            // sentence's subject speaks when nothing else in it attributes
            std::uint32_t s0 = after_connectives(begin_);
            Phrase subj = main_subject(s0, cue.b);
            if (subj.ok() && subj.kind != PhraseKind::Document && subj.e < cue.b - 1) atts.push_back(subject_speaks(cue, subj));
        } else if (!atts.empty() && coordinated) {
            // "…, but added …": the subject of the earlier cue speaks; after "according to X, the
            // president … and told …" it is the clause's own subject
            a = Attribution{};
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
            atts.push_back(a);
        }
        i = cue.e - 1;
    }
    if (atts.empty()) {
        statement_lead_in();
        follow_on_quotes();
        return;
    }

    // The tail attribution closes what came before it; find the first one.
    std::uint32_t tail_cut = end_;
    for (const Attribution& a : atts)
        if (a.tail && !a.cue.participle) {
            tail_cut = a.b - 1;
            break;
        }

    // Pass 1: verbs with the clause after them ("X said (that) …", "X urged Y to …").
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
        if (a.cue.cognition && (k > 0 || !(is(a.cue.e, "that") || (a.cue.e > a.cue.b + 1 && is(a.cue.e - 1, "with")))))
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
        }
        // "praised Obama's record, and won most of the vote": after what a speaker praised or
        // denied, "and" with a verb goes on with the speaker's own deeds
        if (a.cue.frame == CueFrame::Complement) ce = object_end(cb, ce, a.cue.participle);
        if (ce <= cb || taken(cb, ce)) continue;
        // "confirmed the talks": a bare object is no statement; a clause or a quotation is
        // ("he respects Clinton" is short but a clause: it opens on a pronoun or a name)
        if (a.cue.frame == CueFrame::Clause && !is(cb - 1, "that") && toks_[cb].kind != TokKind::Quote &&
            !punct(cb - 1, ":") && ce - cb < 4 &&
            !(ce - cb == 3 && word_at(cb) && (lexicon::pronoun(w(cb)) != Pronoun::None || (toks_[cb].upper && !is(cb, "the")))))
            continue;
        // a channel is named around the clause, never inside it
        if (via.empty()) via = find_via(a.cue.b, cb);
        if (via.empty()) via = find_via(ce, end_);
        a.via = via;
        double conf = a.who.kind == PhraseKind::Name ? 0.85 : 0.75;
        std::int32_t inherit = -1;
        if (a.cue.participle && a.b == a.cue.b && last_claim >= 0) inherit = last_claim;
        std::int32_t id = emit(cb, ce, &a, inherit, conf);
        if (id >= 0 && a.parenthetical) join_part_before(a, k > 0 ? atts[k - 1].e : begin_, out_[static_cast<std::size_t>(id)]);
        if (id >= 0) {
            last_claim = id;
            inner_att = std::min(inner_att, a.b);
        }
    }

    // A lead-in that reports nothing itself waits for the quotation opening the next sentence: one
    // ending with a colon ("He told his audience, to loud applause:"), or a cue with only where
    // and when after it ("Sam Lau said in a statement. “…”").
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

    // Pass 2: tail attributions ("“…,” he said." / "…, the Kremlin said on Friday.").
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
        double conf = a.who.kind == PhraseKind::Pronoun ? 0.8 : 0.85;

        std::int32_t id = emit(cb, ce, &a, -1, conf);
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
            if (ne > nb + 3 && !taken(nb, ne)) emit(nb, ne, &a, -1, conf - 0.1);
        }
    }

    // Pass 3: "according to X, …" when nothing more specific claimed the clause.
    for (Attribution& a : atts) {
        if (!a.cue.according || a.tail) continue;
        std::string via = a.via;
        std::uint32_t cb = content_start(a, via);
        if (cb == kNoToken) continue;
        std::uint32_t ce = content_end(cb, end_, false);
        if (taken(cb, ce)) continue;
        emit(cb, ce, &a, -1, 0.8);
    }
    follow_on_quotes();
}


namespace {

// "This was stated by X": the previous sentence is X's claim.
bool this_was_stated(const PhraseReader& r, const Sentence& s, Phrase& who, Span& cue) {
    std::uint32_t i = s.tok_begin;
    if (s.tok_end - i < 5) return false;
    if (!(r.is(i, "this") || r.is(i, "that") || r.is(i, "it"))) return false;
    if (!(r.is(i + 1, "was") || r.is(i + 1, "is"))) return false;
    if (cue_verb(r.word(i + 2)).frame == CueFrame::None && !r.is(i + 2, "quoted")) return false;
    if (!r.is(i + 3, "by")) return false;
    who = r.after(i + 4, s.tok_end);
    cue = Span{r.tok(i).start, r.tok(i + 3).end};
    return who.ok();
}

// A quotation that runs over several paragraphs (its mark reopened on each) is reported as one
// claim per paragraph, as news annotators count it; parts on one line (a quotation split by
// "he said") stay one claim. The new claims go at the end: indices of earlier claims stay valid.
void split_by_paragraph(std::string_view text, std::vector<RawClaim>& out) {
    const std::size_t n = out.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (out[i].parts.size() < 2) continue;
        std::vector<std::vector<Span>> groups(1);
        for (const Span& part : out[i].parts) {
            if (!groups.back().empty()) {
                std::string_view between = text.substr(groups.back().back().end, part.start - groups.back().back().end);
                if (between.find('\n') != std::string_view::npos || between.find('\r') != std::string_view::npos)
                    groups.emplace_back();
            }
            if (!part.empty()) groups.back().push_back(part);
        }
        groups.erase(std::remove_if(groups.begin(), groups.end(), [](const std::vector<Span>& g) { return g.empty(); }),
                     groups.end());
        if (groups.empty()) continue;
        if (groups.size() < 2) {
            out[i].parts = groups[0];
            continue;
        }
        out[i].parts = groups[0];
        for (std::size_t g = 1; g < groups.size(); ++g) {
            RawClaim c = out[i];
            c.parts = groups[g];
            c.confidence = std::min(c.confidence, 0.8);
            out.push_back(std::move(c));
        }
    }
}


}  // namespace
}  // namespace claims_detail

std::vector<RawClaim> find_claims(std::string_view text, const Tokenized& tk, const Quotes& q,
                                  const std::vector<Sentence>& sentences, const std::vector<bool>& skip_line) {
    std::vector<RawClaim> out;
    out.reserve(sentences.size() / 2 + 8);  // news runs at about one claim per two sentences
    claims_detail::SentenceReader reader(text, tk, q, out);
    PhraseReader r(text, tk.tokens);
    const Sentence* previous = nullptr;
    bool previous_claimed = true;  // did the previous sentence yield a claim?
    const std::vector<bool> headline = claims_detail::mark_headlines(text, tk, skip_line);
    std::vector<bool> labelled(tk.lines.size());
    for (const Sentence& s : sentences) {
        if (skip_line[s.line]) continue;
        bool line_start = s.tok_begin == tk.lines[s.line].tok_begin;
        if (line_start && claims_detail::label_line(text, tk, q, r, s.line, headline[s.line], out)) {
            labelled[s.line] = true;
            previous = nullptr;
            continue;
        }
        if (headline[s.line] && line_start && !claims_detail::headline_claim(text, tk, q, r, s.line, out))
            claims_detail::dash_credit_claim(text, tk, q, r, s.line, out);
        if (headline[s.line] || labelled[s.line]) continue;
        Phrase who;
        Span cue;
        if (previous && !previous_claimed && claims_detail::this_was_stated(r, s, who, cue)) {
            // claim the whole previous sentence
            std::uint32_t b = previous->tok_begin, e = previous->tok_end;
            while (e > b && tk.tokens[e - 1].kind == TokKind::Punct) --e;
            if (e > b) {
                RawClaim c;
                c.parts.push_back(Span{tk.tokens[b].start, tk.tokens[e - 1].end});
                c.cue = cue;
                c.speaker = who;
                c.kind = ClaimKind::Indirect;
                for (std::uint32_t k = b; k < e; ++k)
                    if (q.owner[k] >= 0) c.kind = ClaimKind::Mixed;
                c.confidence = 0.7;
                c.first_tok = b;
                c.line = previous->line;
                out.push_back(std::move(c));
            }
        }
        std::size_t before = out.size();
        reader.read(s, previous);
        previous_claimed = out.size() != before;
        previous = &s;
    }
    claims_detail::split_by_paragraph(text, out);
    return out;
}

}  // namespace whosaid