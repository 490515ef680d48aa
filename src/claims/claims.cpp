#include "claims.hpp"

#include <algorithm>

#include "claims_confidence.hpp"
#include "claims_lines.hpp"
#include "claims_reader.hpp"

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
        if (!a->cue.strong) conf -= claims_confidence::kWeakCue;
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

// One sentence, in explicit steps: the state a sentence starts from, every cue with its speaker,
// then the passes that turn them into claims. Pass order decides which claim wins a span:
// clauses after cues first, then tail attributions, then "according to X, …".
void SentenceReader::read(const Sentence& s, const Sentence* previous) {
    start_sentence(s, previous);
    std::vector<Attribution> atts = attributions();
    if (atts.empty()) {
        statement_lead_in();
        asked_questions();
        follow_on_quotes();
        return;
    }
    clauses_after_cues(atts, tail_cut(atts));
    hold_lead_in(atts);
    tail_claims(atts);
    according_claims(atts);
    asked_questions();
    follow_on_quotes();
}

// Resets the per-sentence state and emits the quotation a lead-in of the previous sentence waits for.
void SentenceReader::start_sentence(const Sentence& s, const Sentence* previous) {
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
        if (!pending_in_paragraph_ || qq.last_tok + 2 >= end_) emit(begin_, std::min(qq.last_tok + 1, end_), &pending_, -1, claims_confidence::kLeadInQuote);
    }
    if (has_pending_ && pending_in_paragraph_) has_pending_ = false;  // only the very next sentence
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
            c.confidence = std::min(c.confidence, claims_confidence::kParagraphPart);
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
    const std::vector<bool> turns = claims_detail::mark_turns(text, tk, skip_line);
    std::vector<bool> labelled(tk.lines.size());
    for (const Sentence& s : sentences) {
        if (skip_line[s.line]) continue;
        bool line_start = s.tok_begin == tk.lines[s.line].tok_begin;
        if (line_start && claims_detail::label_line(text, tk, q, r, s.line, headline[s.line], turns[s.line], out)) {
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
                c.confidence = claims_confidence::kThisWasStated;
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