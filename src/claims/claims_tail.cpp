// is_tail: whether an attribution closes what came before it ("…, the Kremlin said on Friday.")
// or opens what follows ("Smith said, …" with a clause after it).
#include "claims_reader.hpp"

namespace whosaid::claims_detail {

using namespace lexicon;

// "Clinton leads Sanders by 271 delegates according to a count by AP.": a source named with a
// determiner or a capital that runs to the sentence's end closes the clause before it, comma or
// not ("went according to plan", "according to the rules" (kNormNoun) name no source)
bool SentenceReader::according_at_end(const Attribution& a) const {
    std::uint32_t src = a.cue.e;
    if (!is(a.cue.b, "according") || a.cue.b < after_connectives(begin_) + 4 || src >= end_ || !word_at(src)) return false;
    if (!(is(src, "the") || is(src, "a") || is(src, "an") || is_possessive_determiner(w(src)) || toks_[src].upper)) return false;
    for (std::uint32_t k = src; k < end_; ++k) {
        // (or into the writer's next clause: "…, but the rival has vowed to go on")
        if (k > src && punct(k, ",") && k + 1 < end_ && word_at(k + 1) && is_clause_opener(w(k + 1)) && !is(k + 1, "that"))
            return true;
        if (!outside(k) || (!word_at(k) && toks_[k].kind != TokKind::Number && !(k + 1 == end_ && punct(k, ".")))) return false;
        // ("done according to the rules": a norm followed, not a source)
        if (word_at(k) && is_norm_noun(w(k))) return false;
    }
    return true;
}

// Is the attribution a tail after what was said ("…, the Kremlin said on Friday.")?
bool SentenceReader::is_tail(Attribution& a) const {
    // "Lena Park, who told the Herald she will run again, …": a relative cue opens its own clause
    if (a.b <= begin_ || a.relative) return false;
    std::uint32_t before = a.b - 1;
    bool separated = punct(before, ",") || closing_quote(before) || is_dash(before) || punct(before, ":");
    if (!separated && !(a.cue.according && according_at_end(a))) return false;
    // "In an interview with CNN, Trump said, “…”": a fronted adverbial is no claim before the cue;
    // what was said follows it
    // ("In any case, Mr. DiPietro said, the industry was …" is parenthetical: the clause after it was said)
    bool clause_after = punct(a.e, ",") && a.e + 1 < end_ && toks_[a.e + 1].kind != TokKind::Quote;
    if (punct(before, ",") && !clause_after && adverbial_only(after_connectives(begin_), before)) return false;
    std::uint32_t i = a.e;
    // "…,” said Senate Minority Leader Harry Reid (D-Nev.).": a party and state after the name
    if (i < end_ && punct(i, "(")) {
        std::uint32_t k = i + 1;
        while (k < end_ && k < i + 8 && !punct(k, ")")) ++k;
        if (k < end_ && punct(k, ")")) i = k + 1;
    }
    if (a.cue.according) {
        // "But, according to the poll, 46 percent …": nothing but a connective before it; and
        // "It has been noticed: According to recent polls, …": a colon introduces the clause after it
        // (in both, what the source says follows it)
        if (punct(before, ",") && after_connectives(begin_) >= before) return false;
        if (punct(before, ":") && a.b + 1 < end_ && toks_[a.b].upper) return false;
        // "…, according to data released on Friday." / "…, according to the union, which …": the
        // source runs to the sentence end or into an aside about itself
        std::uint32_t k = i;
        while (k < end_ && !punct(k, ",") && !punct(k, ";") && outside(k)) ++k;
        // (or into the writer's next clause: "…, according to a tally, but her lead is shrinking.")
        if (k >= end_ || (k + 1 < end_ && punct(k, ",") && word_at(k + 1) &&
                          (is(k + 1, "the") || is(k + 1, "a") || is(k + 1, "an") || is(k + 1, "who") || is(k + 1, "which") ||
                           // (an appositive of the source: "according to Andy Smith, director of …")
                           (a.b > begin_ + 2 && !toks_[k + 1].upper && is_title(w(k + 1)) && appositive_only(k + 1)) ||
                           (is_clause_opener(w(k + 1)) && !is(k + 1, "that")) || is_number_word(w(k + 1)))))
            return true;
    }
    if (a.cue.frame == CueFrame::Object && i < end_ && word_at(i)) {
        // "…,” Biden told reporters at the White House." : the person told, then the tail
        if (is(i, "him") || is(i, "her") || is(i, "them") || is(i, "us") || is(i, "me") || is(i, "reporters") ||
            is(i, "journalists") || is(i, "lawmakers") || is(i, "supporters") || is(i, "parliament") || is(i, "mps")) {
            ++i;
        } else {
            Phrase obj = r_.after(i, end_);
            if (obj.ok() && obj.kind != PhraseKind::Pronoun) i = obj.e;
        }
        if (i < end_ && word_at(i) && is(i, "that")) return false;
        // "…, Cornyn told reporters this was the only chance": a clause follows, with its subject
        if (i < end_ && word_at(i) && (lexicon::pronoun(w(i)) != Pronoun::None || is(i, "this") || is(i, "there")))
            return false;
        // "told residents not to drink the water": an infinitive is what was said
        if (is(i, "to") || (is(i, "not") && is(i + 1, "to"))) return false;
        // "…,” Bush told a crowd of about 8,000.": whoever was told, no clause follows
        bool clause = false;
        for (std::uint32_t k = i; k < end_ && !clause; ++k)
            clause = is(k, "that") || toks_[k].kind == TokKind::Quote || punct(k, ":");
        if (!clause) return true;
    }
    if (i >= end_) return true;
    // "…, the two mayors agreed to keep talking": an infinitive after the cue is what was said
    // ("…, he said to reporters", "said to the paper" name whom it was said to)
    if (is(i, "to") && word_at(i + 1) && !toks_[i + 1].upper && !closing_quote(before) && !is(i + 1, "the") &&
        !is(i + 1, "a") && !is(i + 1, "an") && !is(i + 1, "reporters") && !is(i + 1, "journalists") &&
        !is_possessive_determiner(w(i + 1)) && lexicon::pronoun(w(i + 1)) == Pronoun::None)
        return false;
    // "“…,” Crane said of the two men.": after a closing quotation the cue closes it, whatever
    // adjunct follows, unless a clause or another quotation does
    if (closing_quote(before) && word_at(i) && !is(i, "that")) {
        bool clause = false;
        for (std::uint32_t k = i; k < end_ && !clause; ++k) clause = toks_[k].kind == TokKind::Quote || punct(k, ":");
        if (!clause) return true;
    }
    if (toks_[i].kind == TokKind::Punct) {
        std::string_view p = w(i);
        if (p == "." || p == "!" || p == "?" || p == ";" || p == "\xE2\x80\xA6") return true;
        if (p == ",") {
            // "…,” he said, “…” (split quote); "…, he said, adding that …"; "…, she said, citing …"
            std::uint32_t n = i + 1;
            if (n >= end_ || !word_at(n) || closing_quote(a.b - 1)) return true;
            std::string_view v = w(n);
            bool participle = v.size() > 4 && v.substr(v.size() - 3) == "ing";
            if (participle || is(n, "according") || is(n, "citing") || is(n, "in") || is(n, "on") || is(n, "at") ||
                is(n, "as") || is(n, "while") || is(n, "when") || is(n, "after") || is(n, "before") || is(n, "but") ||
                is(n, "and") || is(n, "though") || is(n, "although"))
                return true;
            // "…, said Maria Lopez, the council's director.": an inverted cue closes what came before
            // it, and what follows the comma describes the speaker; unless a verb goes on
            // ("The reforms, said Smith, were …")
            if (a.inverted && !is_auxiliary(v)) return true;
            // "Carers would be a group of their own, Ms. Doyle said, a change that …": a clause
            // before the cue is what was said, and a noun phrase after it only describes it
            std::uint32_t s0 = after_connectives(begin_);
            if ((is(n, "a") || is(n, "an")) && a.b > s0 + 5 && word_at(s0) && !lexicon::is_preposition(w(s0)) &&
                !lexicon::is_fronted_subordinator(w(s0)))
                return true;
            // "The reforms, he said, were “about fairness”": the sentence goes on after the cue
            a.parenthetical = a.b > begin_ && punct(a.b - 1, ",");
            return !a.parenthetical;
        }
        if (p == ":") return false;
        return is_dash(i);
    }
    if (toks_[i].kind == TokKind::Quote) return false;
    // adjuncts only: "on Friday", "in a statement", "told reporters", "late on Monday", "to Reuters"
    if (i >= end_ || !is_tail_start(w(i))) return false;
    // "…, Bush tweeted Monday that …", "…, she told supporters on Friday that …": a clause after
    // the adjunct belongs to this cue, and what came before the comma was no claim of it
    // (a dash ends the adjunct too: "…, the office reported on Tuesday -- a development that …")
    for (std::uint32_t k = i; k < end_ && !punct(k, ",") && !is_dash(k); ++k)
        if (outside(k) && (is(k, "that") || punct(k, ":") || (toks_[k].kind == TokKind::Quote && q_.owner[k] >= 0 &&
                                                             q_.quotes[static_cast<std::size_t>(q_.owner[k])].open_tok == k)))
            return false;
    return true;
}

// Where the clause resumes after an "according to" source set off inside it ("The firm
// receives, according to one report, $20 million"; "Most voters - 63 percent, according to
// the survey - still believe"), or kNoToken when the source closes the clause or what follows
// is a clause of its own ("…, according to the poll, although …", "…, which …").
std::uint32_t SentenceReader::clause_after_source_aside(const Attribution& a) const {
    std::uint32_t k = a.e;
    if (k + 1 >= end_ || !(punct(k, ",") || is_dash(k)) || !(punct(a.b - 1, ",") || is_dash(a.b - 1))) return kNoToken;
    std::uint32_t n = k + 1;
    if (!outside(n)) return kNoToken;
    if (toks_[n].kind == TokKind::Number || punct(n, "$")) return n;
    if (!word_at(n) || toks_[n].upper) return kNoToken;
    std::string_view v = w(n);
    if (is(n, "who") || is(n, "which") || is(n, "whose") || is(n, "where") || is_clause_opener(v) || is_lower_function_word(v) || is_fronted_subordinator(v) || is_title(v) ||
        lexicon::pronoun(v) != Pronoun::None || cue_verb(v).frame != CueFrame::None ||
        (v.size() > 4 && v.substr(v.size() - 3) == "ing"))
        return kNoToken;
    return n;
}

}  // namespace whosaid::claims_detail
