// Who speaks for a cue (attribute) and whether it closes what came before it (is_tail).
#include "claims_reader.hpp"

namespace whosaid::claims_detail {

using namespace lexicon;

// "a young woman" before ", who said": a determiner, at most two describing words and a
// lower-case noun; who the tables name no role is still a person once "who" follows.
Phrase SentenceReader::person_before_who(std::uint32_t comma) const {
    if (comma < begin_ + 2 || !word_at(comma - 1) || toks_[comma - 1].upper) return Phrase{};
    std::string_view head = w(comma - 1);
    if (is_no_speaker_head(head) || is_time_word(head) || is_lower_function_word(head) ||
        lexicon::pronoun(head) != Pronoun::None || cue_verb(head).frame != CueFrame::None)
        return Phrase{};
    std::uint32_t b = comma - 1;
    while (b > begin_ && comma - b < 4 && word_at(b - 1) && !toks_[b - 1].upper && !is(b - 1, "a") && !is(b - 1, "an") &&
           !is(b - 1, "the") && !is_lower_function_word(w(b - 1)) && cue_verb(w(b - 1)).frame == CueFrame::None)
        --b;
    if (b == begin_ || !(is(b - 1, "a") || is(b - 1, "an") || is(b - 1, "the"))) return Phrase{};
    return role_phrase(b - 1, comma);
}

// Finds who speaks for a cue: the phrase before it ("Smith said"), after it ("said Smith",
// "according to Smith"), or, for a participle ("…, saying"), the subject found earlier.
bool SentenceReader::attribute(const Cue& cue, Attribution& a) const {
    a = Attribution{};
    a.cue = cue;
    if (cue.nominal) {  // "his insistence that", "in his words,": the noun's owner
        a.who = owner_of(cue.according ? cue.b + 2 : cue.b);
        // ("claims by the union that": the agent after the noun)
        if (!cue.according && (is(cue.b + 1, "by") || is(cue.b + 1, "from"))) {
            a.who = r_.after(cue.b + 2, cue.e);
            if (!a.who.ok()) a.who = generic_source(cue.b + 2);
            a.b = cue.b;
            a.e = cue.e;
            return a.who.ok();
        }
        a.b = a.who.b;
        a.e = cue.e;
        return a.who.ok();
    }
    if (cue.according) {
        Phrase p = r_.after(cue.e, end_);
        if (!p.ok()) p = generic_source(cue.e);
        // "according to people familiar with the talks": the whole phrase names the source
        if (p.ok() && p.kind == PhraseKind::Role) {
            Phrase g = generic_source(cue.e);
            if (g.ok() && g.e > p.e) p.e = g.e;
        }
        if (!p.ok()) return false;
        std::uint32_t e = p.e;
        // "according to a tweet issued by Scholz’s spokesperson Steffen Hebestreit"
        if (p.kind == PhraseKind::Document) {
            std::uint32_t j = p.e;
            if (word_at(j) && is_release_participle(w(j))) ++j;
            if (is(j, "by") || is(j, "from") || is(j, "of")) {
                Phrase by = r_.after(j + 1, end_);
                if (by.ok()) {
                    a.via = std::string(text_.substr(toks_[p.b].start, toks_[p.e - 1].end - toks_[p.b].start));
                    p = by;
                    e = by.e;
                }
            }
        }
        a.who = p;
        a.b = cue.b;
        a.e = e;
        return true;
    }
    // "who" opens the relative whatever auxiliaries stand before the cue ("who had long said")
    std::uint32_t rb = auxiliaries_before(cue.b);
    // "Podesta, who said the project was vetted, …": the name before the relative speaks
    if (rb >= begin_ + 3 && is(rb - 1, "who") && punct(rb - 2, ",")) {
        Phrase rel = r_.before(begin_, rb - 2);
        // ("won the support of Gordon Humphrey, who told …": the name closing the object is the one)
        if (!rel.ok() || rel.kind == PhraseKind::Document) {
            std::uint32_t j = rb - 2;
            while (j > begin_ && (r_.name_word(j - 1) || r_.abbreviated_title(j - 1))) --j;
            std::uint32_t at = j;  // ("the support of former Sen. Gordon Humphrey")
            if (at > begin_ + 1 && word_at(at - 1) && !toks_[at - 1].upper && r_.describes_name(at - 1)) --at;
            if (j < rb - 2 && at > begin_ && (is(at - 1, "of") || is(at - 1, "from") || is(at - 1, "by"))) {
                Phrase named = r_.classify(j, rb - 2);
                if (named.kind == PhraseKind::Name) rel = named;
            }
        }
        // ("came from a young woman, who said …": "who" makes a plain noun a person)
        if (!rel.ok()) rel = person_before_who(rb - 2);
        if (rel.ok() && rel.kind != PhraseKind::Document) {
            a.who = rel;
            a.b = rb - 1;
            a.e = cue.e;
            a.relative = true;
            return true;
        }
    }
    // "compared with 30 percent who say they might vote": a poll's share speaks, as in "42% say"
    // (and "four in 10 who said", "a majority who say": a count or a share word before "who")
    bool share_before = rb >= begin_ + 3 && is(rb - 1, "who") &&
                        ((toks_[rb - 3].kind == TokKind::Number && (is(rb - 2, "percent") || punct(rb - 2, "%"))) ||
                         (toks_[rb - 2].kind == TokKind::Number && is(rb - 3, "in")) ||
                         (word_at(rb - 2) && is_share_word(w(rb - 2))));
    if (share_before && !cue.participle) {
        std::uint32_t b = rb - 3;
        if (toks_[rb - 2].kind == TokKind::Number && is(rb - 3, "in") && rb >= begin_ + 4) b = rb - 4;  // "four in 10"
        a.who = role_phrase(b, rb - 1);
        a.b = rb - 1;
        a.e = cue.e;
        a.relative = true;
        return true;
    }
    // "business leaders who say the law targets them": a restrictive relative; its noun speaks
    if (rb >= begin_ + 2 && is(rb - 1, "who") && word_at(rb - 2) && !cue.participle) {
        Phrase rel = r_.before(begin_, rb - 1);
        if (rel.ok() && rel.e == rb - 1 && (rel.kind == PhraseKind::Role || rel.kind == PhraseKind::Org)) {
            a.who = rel;
            a.b = rb - 1;
            a.e = cue.e;
            a.relative = true;
            return true;
        }
    }
    // "which Moscow said", "as Smith said", "when he told"
    Phrase p = r_.before(begin_, cue.b);
    // (a lower-case body is one too: "other donors in both parties")
    if (p.ok() && (p.kind == PhraseKind::Role || (p.kind == PhraseKind::Org && !toks_[p.b].upper)) && !cue.participle) {
        // "U.S. law enforcement officials", "Some local traders": the whole subject names the source
        Phrase g = generic_subject(cue.b);
        if (g.ok() && g.b < p.b && g.e == p.e) {
            if (p.kind == PhraseKind::Org) p = g;  // "Donors in both parties": the donors speak, not the parties
            else p.b = g.b;
        }
    }
    if (p.ok() && p.b > begin_ && punct(cue.b - 1, ",")) {
        // "Sen. Grassley, facing a challenge in Iowa, a swing state, said": the subject before the
        // participle aside speaks, not the place inside it
        std::uint32_t s0 = after_connectives(begin_);
        Phrase subj = r_.after(s0, cue.b);
        if (subj.ok() && subj.kind == PhraseKind::Name && subj.e < p.b && punct(subj.e, ",") && word_at(subj.e + 1) &&
            w(subj.e + 1).size() > 4 && w(subj.e + 1).substr(w(subj.e + 1).size() - 3) == "ing" &&
            cue_verb(w(subj.e + 1)).frame == CueFrame::None)
            p = subj;
        // "Marley Anderson, 21, a junior from Las Vegas, said", "Alixandria Lapp, executive director
        // of the PAC, a Democratic group, said": a person named first, then asides about them; the
        // last aside's place or body is no speaker
        // ("from Las Vegas", "of Houston": a name after a preposition is a place)
        bool place = p.b > begin_ && word_at(p.b - 1) &&
                     (is(p.b - 1, "from") || is(p.b - 1, "of") || is(p.b - 1, "in") || is(p.b - 1, "at"));
        bool person_before = p.kind == PhraseKind::Name && p.name_e - p.name_b >= 2 && !place;
        // (a surname alone will do when the last aside ends on a place: "Westmacott, who served in
        // Iran, Turkey and France, praised"; not before a role, where it may be a dateline's town)
        bool named_subject = subj.ok() && subj.kind == PhraseKind::Name && (subj.name_e - subj.name_b >= 2 || place);
        if (!person_before && named_subject && subj.e < p.b && punct(subj.e, ",") && cue.b - subj.e <= 30) {
            bool asides = true;
            for (std::uint32_t k = subj.e; k < cue.b && asides; ++k)
                asides = outside(k) && !(word_at(k) && cue_verb(w(k)).frame != CueFrame::None);
            if (asides) p = subj;
        }
    }
    // "Sam Lau, the communications director for the party said", "Ann Lee, president and CEO of
    // the association stated": a person named first, the description's closing comma missing
    if (p.ok() && p.kind == PhraseKind::Role && p.b > begin_ + 2) {
        std::uint32_t comma = p.b - 1;
        while (comma > begin_ && p.b - comma < 4 && word_at(comma) && !toks_[comma].upper) --comma;
        std::uint32_t s0 = after_connectives(begin_);
        if (punct(comma, ",") && comma > s0) {
            Phrase named = r_.after(s0, comma);
            if (named.ok() && named.kind == PhraseKind::Name && named.b == s0 && named.e == comma &&
                named.name_e - named.name_b >= 2) {
                named.title_b = comma + 1;
                named.title_e = p.e;
                named.e = p.e;
                p = named;
            }
        }
    }
    if (p.ok()) {
        p = first_conjunct(p);
        a.who = p;
        a.b = p.b;
        a.e = cue.e;
        if (p.b > begin_ && word_at(p.b - 1) &&
            (is(p.b - 1, "which") || is(p.b - 1, "who") || is(p.b - 1, "as") || is(p.b - 1, "what")))
            a.relative = true;
        return true;
    }
    // inverted: "…,” said Smith." / "…, said the ministry" (never "told X": X is who was told)
    Attribution inverted;  // (kept when a subject before the cue may be the speaker instead)
    if (cue.b > begin_ && cue.frame != CueFrame::Object && (punct(cue.b - 1, ",") || closing_quote(cue.b - 1))) {
        Phrase after = r_.after(cue.e, end_);
        // "said its chairman, Shaun Davies": the name after the role speaks
        if (after.ok() && after.kind == PhraseKind::Role && punct(after.e, ",")) {
            Phrase name = r_.after(after.e + 1, end_);
            if (name.ok() && name.kind == PhraseKind::Name) {
                name.title_b = after.b;
                name.title_e = after.e;
                name.b = after.b;
                after = name;
            }
        }
        // "said Republican political consultant Chris Russell", "said undecided voter Stephanie
        // Hooton of Derry": a described person, the description in words no table holds
        if (!after.ok() || after.kind != PhraseKind::Name) {
            Phrase described = described_name(cue.e);
            if (described.ok()) after = described;
        }
        // "…,” said the candidate could win": a verb after the phrase makes it the subject of a
        // clause, not an inverted speaker
        bool clause_follows = after.ok() && after.e < end_ && word_at(after.e) && !toks_[after.e].upper &&
                              (is_auxiliary(w(after.e)) || cue_verb(w(after.e)).frame != CueFrame::None ||
                               // ("Friday, Texas, leading a coalition, asked a judge to block …": a request)
                               (is(after.e, "to") && word_at(after.e + 1) && !toks_[after.e + 1].upper));
        // ("Ann Roe, a pollster who advises the fund, said the focus groups show …": a named
        // subject with an aside opens the sentence and a content word follows the phrase, so the
        // phrase opens what was said; the aside's subject below is tried first)
        bool subject_first = false;
        if (after.ok() && after.e < end_ && word_at(after.e) && !toks_[after.e].upper && !is_lower_function_word(w(after.e)) &&
            !is_preposition(w(after.e)) && !is_time_word(w(after.e)) && !is_sentence_adverb(w(after.e))) {
            Phrase opener = r_.after(after_connectives(begin_), cue.b);
            subject_first = opener.ok() && opener.kind == PhraseKind::Name && opener.b == after_connectives(begin_) &&
                            punct(opener.e, ",");
        }
        // (it opens right after the cue: in "said in an interview Wednesday" nobody is named)
        if (after.ok() && after.kind != PhraseKind::Pronoun && after.kind != PhraseKind::Document && !clause_follows &&
            after.b == cue.e) {
            inverted.who = after;
            inverted.b = cue.b;
            inverted.e = after.e;
            inverted.inverted = true;
            if (!subject_first) {
                a.who = after;
                a.b = cue.b;
                a.e = after.e;
                a.inverted = true;
                return true;
            }
        }
        // "…,” said he." is rare but unambiguous; "said she understood" is not inverted
        if (after.ok() && (after.e >= end_ || toks_[after.e].kind == TokKind::Punct)) {
            a.who = after;
            a.b = cue.b;
            a.e = after.e;
            a.inverted = true;
            return true;
        }
    }
    // "Officials familiar with the talks, who spoke on condition of anonymity, said …": the
    // sentence opens with the speaker and an aside runs up to the verb
    bool aside_ends = cue.b > begin_ + 1 && comma_before(cue.b);
    if (aside_ends && !cue.participle) {
        std::uint32_t s0 = after_connectives(begin_);
        // ("“Both scare me,” Harry Bond, 30, of Raleigh, who was polled, said": the speaker opens
        // after the quotation)
        if (s0 < cue.b && toks_[s0].kind == TokKind::Quote && q_.owner[s0] >= 0) {
            const Quote& lead = q_.quotes[static_cast<std::size_t>(q_.owner[s0])];
            if (lead.open_tok == s0 && lead.close_tok != kNoToken && lead.close_tok + 1 < cue.b) s0 = lead.close_tok + 1;
        }
        Phrase subj = r_.after(s0, cue.b);
        // (a person named in full may be followed by a long description: "Ann Roe, assistant to the
        // mayor and director of the city's Office of Policy and Outreach, said")
        // no other speaker's verb in between ("who spoke" is fine) and no quotation, unless it
        // sits in a relative clause ("who has described the business as a “burning platform”")
        // (or a participle: "Mr. Manafort, citing “the unique magic of Trump,” said …")
        // ("Officials familiar with the inquiry, speaking …": the aside opens at the first comma)
        std::uint32_t comma = subj.ok() ? subj.e : cue.b;
        while (comma < cue.b && comma < subj.e + 6 && !punct(comma, ",")) ++comma;
        bool relative = comma + 1 < cue.b && punct(comma, ",") &&
                        (is(comma + 1, "who") || is(comma + 1, "which") || is(comma + 1, "whose") ||
                         (word_at(comma + 1) && w(comma + 1).size() > 4 && w(comma + 1).substr(w(comma + 1).size() - 3) == "ing"));
        // (a person named in full, or an aside that is a relative or a participle, may run long:
        // "Ann Roe, assistant to the mayor and director of the city's Office of Policy and
        // Outreach, said"; "…, speaking on condition of anonymity because they were not
        // authorized to discuss the inquiry, said")
        std::uint32_t reach = subj.ok() && ((subj.kind == PhraseKind::Name && subj.name_e - subj.name_b >= 2) || relative) ? 30 : 16;
        if (subj.ok() && subj.kind != PhraseKind::Pronoun && subj.kind != PhraseKind::Document && subj.e < cue.b &&
            cue.b - subj.e <= reach) {
            bool clean = true;
            // (an infinitive, "not authorized to discuss", is nobody's speech act)
            // ("Hemsley, the co-author of “Going Viral,” said": a short title inside an appositive)
            bool appositive = comma + 1 < cue.b && punct(comma, ",") && (is(comma + 1, "the") || is(comma + 1, "a") || is(comma + 1, "an"));
            auto title = [&](std::uint32_t k) {
                return appositive && q_.quotes[static_cast<std::size_t>(q_.owner[k])].words <= 4;
            };
            for (std::uint32_t k = subj.e; k + 1 < cue.b; ++k)
                if ((!outside(k) && !relative && !title(k)) ||
                    (word_at(k) && cue_verb(w(k)).frame != CueFrame::None && !(k > subj.e && is(k - 1, "to")) &&
                     r_.before(subj.e, k).ok()))
                    clean = false;
            if (clean) {
                a.who = subj;
                a.b = subj.b;
                a.e = cue.e;
                return true;
            }
        }
    }
    if (inverted.who.ok()) {
        inverted.cue = cue;
        a = inverted;
        return true;
    }
    // "Residents who attended the meeting said", "Some local traders said", "The actress said": a
    // common-noun subject that no table names still speaks
    if (!cue.participle && cue.strong && (!cue.cognition || is_agreement_verb(w(cue.b)))) {
        Phrase g = generic_subject(cue.b);
        // ("The watchdog termed the deal illegal": before a complement cue, only the subject that
        // opens the sentence with its determiner; "a long delay called …" names a thing)
        // (or a plural or a group that opens it, "Union backers urged him …", "Some have urged …",
        // and after a fronted time or place, "On Monday, the city urged …")
        if (g.ok() && cue.frame == CueFrame::Complement) {
            std::uint32_t s0 = after_connectives(begin_);
            bool fronted = g.b > s0 + 1 && g.b - s0 <= 8 && punct(g.b - 1, ",") && word_at(s0) &&
                           (is_preposition(w(s0)) || is_time_word(w(s0)));
            for (std::uint32_t k = s0; fronted && k + 1 < g.b; ++k) fronted = !punct(k, ",") && outside(k);
            std::string_view head = w(g.e - 1);
            bool plural = !toks_[g.e - 1].upper && head.size() > 3 && head.back() == 's' && !ascii::ends_with(head, "ss");
            // ("Yields rose 3 basis points to 4.91%": a measured rise, no speaker)
            for (std::uint32_t k = g.b; plural && k < g.e; ++k) plural = toks_[k].kind != TokKind::Number;
            bool opens = g.b == s0 || fronted;
            if (!(opens && (is(g.b, "the") || is(g.b, "a") || is(g.b, "an") || plural || is_group_quantifier(w(g.b)))))
                g = Phrase{};
        }
        if (g.ok()) {
            g = first_conjunct(g);
            a.who = g;
            a.b = g.b;
            a.e = cue.e;
            return true;
        }
    }
    // the passive "X was quoted as saying"
    if (cue.participle && cue.b >= begin_ + 3 && is(cue.b - 1, "as") && is(cue.b - 2, "quoted")) {
        Phrase q = r_.before(begin_, cue.b - 2);
        if (q.ok()) {
            a.who = q;
            a.b = q.b;
            a.e = cue.e;
            return true;
        }
    }
    // "Lavrov was quoted by TASS as saying": the one quoted speaks, the outlet is the channel
    if (cue.participle && cue.b >= begin_ + 5 && is(cue.b - 1, "as")) {
        std::uint32_t by = cue.b - 2;
        while (by > begin_ + 1 && cue.b - by < 6 && !is(by, "by")) --by;
        if (is(by, "by") && is(by - 1, "quoted") && by + 1 < cue.b - 1) {
            Phrase q = r_.before(begin_, by - 1);
            if (q.ok()) {
                a.who = q;
                a.b = q.b;
                a.e = cue.e;
                a.via = std::string(text_.substr(toks_[by + 1].start, toks_[cue.b - 2].end - toks_[by + 1].start));
                return true;
            }
        }
    }
    // "“…,” the Associated Press quoted her as saying": the one quoted speaks, through the outlet
    if (cue.participle && cue.b >= begin_ + 4 && is(cue.b - 1, "as") && is(cue.b - 3, "quoted")) {
        Phrase who = r_.after(cue.b - 2, cue.b - 1);
        Phrase outlet = r_.before(begin_, cue.b - 3);
        if (who.ok() && outlet.ok()) {
            a.who = who;
            a.b = outlet.b;
            a.e = cue.e;
            a.via = std::string(text_.substr(toks_[outlet.b].start, toks_[outlet.e - 1].end - toks_[outlet.b].start));
            return true;
        }
    }
    return false;
}

}  // namespace whosaid::claims_detail
