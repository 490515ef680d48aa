// Cues ("said", "according to", "told") and who speaks for each.
#include <algorithm>

#include "claims_reader.hpp"
#include "lexicon_ascii.hpp"

namespace whosaid::claims_detail {

using namespace lexicon;

// "people briefed on the talks said", "officials informed about the plan": a participle after a
// plain noun says who they are; it reports nothing
bool SentenceReader::describes_noun(std::uint32_t i) const {
    return (is(i, "briefed") || is(i, "informed")) && (is(i + 1, "on") || is(i + 1, "about")) && i > begin_ &&
           word_at(i - 1) && (!toks_[i - 1].upper || i - 1 == after_connectives(begin_)) &&
           lexicon::pronoun(w(i - 1)) == Pronoun::None && !is_auxiliary(w(i - 1));
}

bool SentenceReader::cue_at(std::uint32_t i, Cue& cue) const {
    if (!word_at(i) || !outside(i)) return false;
    if (is(i, "according") && is(i + 1, "to")) {
        cue = Cue{i, i + 2, CueFrame::Clause, true, false, true};
        return true;
    }
    if (is(i, "in") && is(i + 1, "the") && is(i + 2, "words") && is(i + 3, "of")) {
        cue = Cue{i, i + 4, CueFrame::Clause, true, false, true};
        return true;
    }
    // "made it clear that", "makes clear that": a speech act in three words or two
    if ((is(i, "made") || is(i, "makes") || is(i, "make") || is(i, "making")) && outside(i + 1)) {
        std::uint32_t c = is(i + 1, "it") ? i + 2 : i + 1;
        if (is(c, "clear") && is(c + 1, "that")) {
            cue = Cue{i, c + 1, CueFrame::Clause, false, false, true};
            cue.participle = is(i, "making");
            return true;
        }
    }
    CueInfo info = cue_verb(w(i));
    if (info.frame == CueFrame::None) return false;
    // "its reporting", "his remarks", "their warning": a noun after a possessive
    if (i > begin_ && word_at(i - 1) &&
        (is(i - 1, "its") || is(i - 1, "his") || is(i - 1, "her") || is(i - 1, "their") || is(i - 1, "our") ||
         is(i - 1, "my") || is(i - 1, "your") || (is_possessive(w(i - 1)) && lexicon::pronoun(w(i - 1)) == Pronoun::None)))
        return false;  // ("She's said", "he’s saying": the pronoun's auxiliary, no possessive)
    if (toks_[i].upper && i > begin_) return false;  // "United States", "Trump Says …" headlines
    if (describes_noun(i)) return false;
    // "states" is a noun ("battleground states like Ohio") unless a clause or a quotation follows
    if (is(i, "states") && !(is(i + 1, "that") || punct(i + 1, ":") || (i + 1 < end_ && toks_[i + 1].kind == TokKind::Quote)))
        return false;
    // "amid reports that", "despite claims of": a noun after a preposition
    if ((is(i, "reports") || is(i, "claims") || is(i, "notes") || is(i, "calls") || is(i, "states")) && i > begin_ &&
        word_at(i - 1) && is_lower_function_word(w(i - 1)) && !is(i - 1, "and"))
        return false;
    if ((is(i, "states") || is(i, "reports") || is(i, "claims") || is(i, "notes") || is(i, "calls")) && i > begin_ &&
        word_at(i - 1)) {
        // "member states", "several reports", "these claims": a plural noun after a modifier, not a verb
        if (is_plural_noun_modifier(w(i - 1))) return false;
    }
    std::string_view next = word_at(i + 1) ? w(i + 1) : std::string_view{};
    // "…, calling the move “unfriendly”", "…, but called it “a step in the right direction”"
    bool calling = i > begin_ && ((is(i, "calling") && punct(i - 1, ",")) ||
                                  ((is(i, "called") || is(i, "calls")) && (is(i - 1, "and") || is(i - 1, "but"))));
    // "She called the plan a disgrace", "he called it “a surrender bill”": a speaker calls an
    // object something (not "a group called Unite", which names it)
    if (!calling && (is(i, "called") || is(i, "calls")) && i > begin_ && !is(i + 1, "for") && !is(i + 1, "on")) {
        Phrase subj = r_.before(begin_, i);
        // ("what he calls the “something for something” state" names a thing)
        bool speaker_like = subj.ok() && subj.kind != PhraseKind::Document && !(subj.b > begin_ && is(subj.b - 1, "what"));
        // (a thing given a quoted name of a word or two is a scare quote: "calls it a “special
        // operation”"; a person given one is a claim: "called Trump a “con man”")
        bool thing = is(i + 1, "it") || is(i + 1, "this") || is(i + 1, "that") || is(i + 1, "them");
        // (the one called may be long: "called the council's leader, Anna Berg, “lost”")
        for (std::uint32_t k = i + 2; speaker_like && k < end_ && k < i + 12 && !punct(k, ";") && !is(k, "that"); ++k) {
            if (toks_[k].kind == TokKind::Quote && q_.owner[k] >= 0) {
                // ("called it “shameful”" characterises: no article before the quotation)
                calling = true;
                break;
            }
            if (is(k, "a") || is(k, "an")) {
                std::uint32_t n = k + 1;
                while (n < end_ && n < k + 4 && word_at(n)) ++n;
                calling = !(thing && n < end_ && toks_[n].kind == TokKind::Quote && q_.owner[n] >= 0 &&
                            q_.quotes[static_cast<std::size_t>(q_.owner[n])].words < 3);
                break;
            }
        }
    }
    if (!calling && !cue_particle(w(i), next)) return false;
    // "Peskov, cited by Interfax, said", "criticised by rights groups": a passive names no speaker here
    if (is(i + 1, "by") && ascii::ends_with(w(i), "ed")) return false;
    // "asked about the bill", "Asked whether …": a question put to someone, not a statement
    // ("“Who pays?” Senator Alder asked." too: the asker named between the quotation and the verb)
    auto after_quoted_question = [&] {
        Phrase p = r_.before(begin_, i);
        bool quote_follows = (punct(i + 1, ",") || punct(i + 1, ":")) && i + 2 < end_ &&
                             toks_[i + 2].kind == TokKind::Quote && q_.owner[i + 2] >= 0;  // "He asks, “…”"
        return p.ok() && ((p.b > begin_ && closing_quote(p.b - 1)) || quote_follows);
    };
    if ((is(i, "asked") || is(i, "asks") || is(i, "asking")) &&
        !(i > begin_ && (closing_quote(i - 1) || punct(i - 1, ",")) && q_.owner[i - 1] >= 0) && !after_quoted_question()) {
        // ("“Who will pay?” asked Edwards." is a question quoted, and stays a claim)
        // a request ("asked them to leave") or a reported question ("asked Trump how high the wall
        // would be"), but not "Asked whether …," opening a sentence, whose asker is not named
        // "one resident, who asked not to be named": anonymity, not a request reported
        if (i > begin_ && is(i - 1, "who")) return false;
        bool request = false;
        for (std::uint32_t k = i + 1; k < end_ && k < i + 6 && word_at(k); ++k)
            if (is(k, "to") || is(k, "for") || (i > begin_ && is_question_word(w(k)))) request = true;
        if (!request) return false;
    }
    cue = Cue{i, i + 1, info.frame, false, false, info.strong};
    cue.cognition = info.cognition;
    std::string_view v = w(i);
    cue.participle = v.size() > 4 && v.substr(v.size() - 3) == "ing";
    // "He's suggesting that …", "they’re claiming": a progressive with its auxiliary run onto the pronoun
    if (cue.participle && i > begin_ && word_at(i - 1) && w(i - 1).size() > 3 && lexicon::pronoun(w(i - 1)) != Pronoun::None &&
        (ascii::ends_with(w(i - 1), "'s") || ascii::ends_with(w(i - 1), "\xE2\x80\x99" "s") || ascii::ends_with(w(i - 1), "'re") ||
         ascii::ends_with(w(i - 1), "\xE2\x80\x99" "re")))
        cue.participle = false;
    // the particle belongs to the cue: "pointed out", "spoke of", "called for", "opened up"
    if (lexicon::takes_particle(w(i)) && !calling) cue.e = i + 2;
    // a plea, a call: "reiterated his plea for", "renewed his call for"
    return true;
}

// Finds who speaks for a cue: the phrase before it ("Smith said"), after it ("said Smith",
// "according to Smith"), or, for a participle ("…, saying"), the subject found earlier.
bool SentenceReader::attribute(const Cue& cue, Attribution& a) const {
    a = Attribution{};
    a.cue = cue;
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
            if (is(j, "issued") || is(j, "released") || is(j, "published") || is(j, "posted")) ++j;
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
    // "Podesta, who said the project was vetted, …": the name before the relative speaks
    if (cue.b >= begin_ + 3 && is(cue.b - 1, "who") && punct(cue.b - 2, ",")) {
        Phrase rel = r_.before(begin_, cue.b - 2);
        // ("won the support of Gordon Humphrey, who told …": the name closing the object is the one)
        if (!rel.ok() || rel.kind == PhraseKind::Document) {
            std::uint32_t j = cue.b - 2;
            while (j > begin_ && (r_.name_word(j - 1) || r_.abbreviated_title(j - 1))) --j;
            std::uint32_t at = j;  // ("the support of former Sen. Gordon Humphrey")
            if (at > begin_ + 1 && word_at(at - 1) && !toks_[at - 1].upper && r_.describes_name(at - 1)) --at;
            if (j < cue.b - 2 && at > begin_ && (is(at - 1, "of") || is(at - 1, "from") || is(at - 1, "by"))) {
                Phrase named = r_.classify(j, cue.b - 2);
                if (named.kind == PhraseKind::Name) rel = named;
            }
        }
        if (rel.ok() && rel.kind != PhraseKind::Document) {
            a.who = rel;
            a.b = cue.b - 1;
            a.e = cue.e;
            a.relative = true;
            return true;
        }
    }
    // "business leaders who say the law targets them": a restrictive relative; its noun speaks
    if (cue.b >= begin_ + 2 && is(cue.b - 1, "who") && word_at(cue.b - 2) && !cue.participle) {
        Phrase rel = r_.before(begin_, cue.b - 1);
        if (rel.ok() && rel.e == cue.b - 1 && (rel.kind == PhraseKind::Role || rel.kind == PhraseKind::Org)) {
            a.who = rel;
            a.b = cue.b - 1;
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
                              (is_auxiliary(w(after.e)) || cue_verb(w(after.e)).frame != CueFrame::None);
        // (it opens right after the cue: in "said in an interview Wednesday" nobody is named)
        if (after.ok() && after.kind != PhraseKind::Pronoun && after.kind != PhraseKind::Document && !clause_follows &&
            after.b == cue.e) {
            a.who = after;
            a.b = cue.b;
            a.e = after.e;
            a.inverted = true;
            return true;
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
    bool aside_ends = cue.b > begin_ + 1 && (punct(cue.b - 1, ",") || (closing_quote(cue.b - 1) && punct(cue.b - 2, ",")));
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
        std::uint32_t reach = subj.ok() && subj.kind == PhraseKind::Name && subj.name_e - subj.name_b >= 2 ? 30 : 16;
        if (subj.ok() && subj.kind != PhraseKind::Pronoun && subj.kind != PhraseKind::Document && subj.e < cue.b &&
            cue.b - subj.e <= reach) {
            // no other speaker's verb in between ("who spoke" is fine) and no quotation, unless it
            // sits in a relative clause ("who has described the business as a “burning platform”")
            // (or a participle: "Mr. Manafort, citing “the unique magic of Trump,” said …")
            bool relative = punct(subj.e, ",") && (is(subj.e + 1, "who") || is(subj.e + 1, "which") || is(subj.e + 1, "whose") ||
                                                   (word_at(subj.e + 1) && w(subj.e + 1).size() > 4 &&
                                                    w(subj.e + 1).substr(w(subj.e + 1).size() - 3) == "ing"));
            bool clean = true;
            for (std::uint32_t k = subj.e; k + 1 < cue.b; ++k)
                if ((!outside(k) && !relative) ||
                    (word_at(k) && cue_verb(w(k)).frame != CueFrame::None && r_.before(subj.e, k).ok()))
                    clean = false;
            if (clean) {
                a.who = subj;
                a.b = subj.b;
                a.e = cue.e;
                return true;
            }
        }
    }
    // "Residents who attended the meeting said", "Some local traders said", "The actress said": a
    // common-noun subject that no table names still speaks
    if (!cue.participle && cue.strong && !cue.cognition && cue.frame != CueFrame::Complement) {
        Phrase g = generic_subject(cue.b);
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

// A source no table names, as written: a role phrase over tokens [b, e).
static Phrase role_phrase(std::uint32_t b, std::uint32_t e) {
    Phrase p;
    p.kind = PhraseKind::Role;
    p.b = b;
    p.e = e;
    return p;
}

// The subject right before a cue when it is a plain noun phrase: walks left to the clause's start
// (the sentence start, a comma, "that", "and", …), at most eight words, no quotation, no other
// verb of speech; it must end on a noun-like word, not a pronoun, a quantifier or a time.
Phrase SentenceReader::generic_subject(std::uint32_t cue_b) const {
    std::uint32_t end = cue_b;
    while (end > begin_ && word_at(end - 1) && (is_auxiliary(w(end - 1)) ||
                                                 (w(end - 1).size() > 4 && w(end - 1).substr(w(end - 1).size() - 2) == "ly")))
        --end;
    if (end <= begin_) return Phrase{};
    // "voters overall said", "those surveyed said": the head comes before the trailing words
    std::uint32_t h = end - 1;
    while (h > begin_ && word_at(h) && is_subject_trail(w(h))) --h;
    // a group counted out: "three in 10 said", "most of them said", "Edwards and others said"
    bool counted = (h > begin_ && ((toks_[h].kind == TokKind::Number && is(h - 1, "in")) ||
                                   (word_at(h) && (is(h, "them") || is(h, "those")) && is(h - 1, "of")) ||
                                   (is(h, "others") && is(h - 1, "and")))) ||
                   (is(h, "those") && h + 1 < end) ||  // "those surveyed"
                   (word_at(h) && is_group_quantifier(w(h)) && h + 1 == end);  // "; most said", "Many say"
    if (!counted) {
        if (!word_at(h)) return Phrase{};
        std::string_view head = w(h);
        if (is_no_speaker_head(head) || is_clause_opener(head) || is_lower_function_word(head) ||
            is_sentence_adverb(head) || is_time_word(head) || cue_verb(head).frame != CueFrame::None ||
            lexicon::pronoun(head) != Pronoun::None)
            return Phrase{};
        // a verb form is no head ("…, saying", "it emerged"), unless a determiner makes it a noun ("the meeting")
        bool determined = h > begin_ && word_at(h - 1) &&
                          (is(h - 1, "the") || is(h - 1, "a") || is(h - 1, "an") || is(h - 1, "this") ||
                           is(h - 1, "his") || is(h - 1, "her") || is(h - 1, "their") || is(h - 1, "its"));
        if (head.size() > 3 && (head.substr(head.size() - 2) == "ed" || head.substr(head.size() - 3) == "ing") && !determined)
            return Phrase{};
        if (is_possessive(head)) return Phrase{};  // "The Kremlin's claims include": a noun, not a cue
    }
    std::uint32_t b = end;
    // (the point of "U.S." is part of the phrase)
    auto attached_point = [&](std::uint32_t k) {
        return punct(k, ".") && !toks_[k].space_before && k > begin_ && word_at(k - 1) && toks_[k - 1].upper;
    };
    while (b > begin_ && end - b < 11 && (word_at(b - 1) || toks_[b - 1].kind == TokKind::Number || attached_point(b - 1)) &&
           outside(b - 1) && !(word_at(b - 1) && is_clause_opener(w(b - 1))))
        --b;
    if (end - b >= 11 || b == end) return Phrase{};
    std::uint32_t start = after_connectives(begin_);
    bool at_boundary = b <= start || punct(b - 1, ",") || punct(b - 1, ":") || punct(b - 1, ";") || is_dash(b - 1) ||
                       closing_quote(b - 1) ||
                       (word_at(b - 1) && is_clause_opener(w(b - 1)) && !is(b - 1, "than") && !is(b - 1, "as"));
    if (!at_boundary) return Phrase{};
    if (b < start) b = start;
    // "Later the chief executive said": a sentence adverb opens the clause, not the subject
    while (b < end && word_at(b) && toks_[b].upper && is_sentence_adverb(w(b)) && !is(b, "the") && !is(b, "a") &&
           !is(b, "an") && !is(b, "some") && !is(b, "many") && !is(b, "most") && !is(b, "several"))
        ++b;
    if (b >= end) return Phrase{};
    // "In Iowa voters said": a preposition opens no subject; "About three in 10 said" is a count
    bool approximate = word_at(b) && is_approximator(w(b)) && b + 1 < end &&
                       (toks_[b + 1].kind == TokKind::Number || (word_at(b + 1) && is_number_word(w(b + 1))));
    if (word_at(b) && is_lower_function_word(w(b)) && !is(b, "the") && !is(b, "a") && !is(b, "an") && !approximate)
        return Phrase{};
    if (!word_at(b) && toks_[b].kind != TokKind::Number) return Phrase{};
    // "the senator will arrive with enough pledged": an auxiliary makes a clause, not a subject,
    // unless a relative clause holds it ("Residents who had attended")
    bool relative = false;
    for (std::uint32_t k = b; k < end; ++k) {
        if (!word_at(k)) continue;
        if (is(k, "who") || is(k, "that") || is(k, "which")) relative = true;
        if (!relative && !(k == b && approximate) && is_auxiliary(w(k)) && !w(k).empty() && w(k).size() > 2 && !(w(k).size() > 4 && w(k).substr(w(k).size() - 2) == "ly"))
            return Phrase{};
    }
    for (std::uint32_t k = b; k < end; ++k)
        if (!word_at(k)) continue;
        else if ((cue_verb(w(k)).frame != CueFrame::None && !describes_noun(k)) || lexicon::pronoun(w(k)) == Pronoun::I ||
            lexicon::pronoun(w(k)) == Pronoun::We || is(k, "you"))
            return Phrase{};
    return role_phrase(b, end);
}

// "The Wisconsin Republican did give …, saying": a determiner and capitalised words opening the
// sentence name whoever the tables do not.
Phrase SentenceReader::capitalised_subject(std::uint32_t b, std::uint32_t limit) const {
    std::uint32_t i = b;
    if (i < limit && (is(i, "the") || is(i, "a") || is(i, "an"))) ++i;
    std::uint32_t k = i;
    while (k < limit && k < i + 4 && word_at(k) && toks_[k].upper && !is_sentence_adverb(w(k))) ++k;
    if (k == i || (k < limit && word_at(k) && toks_[k].upper)) return Phrase{};
    Phrase p = r_.classify(b, k);
    return p.ok() ? p : role_phrase(b, k);
}

// A full name after a short description that opens at `b` ("Republican political consultant
// Chris Russell", "undecided voter Stephanie Hooton"): at most four describing words, none a
// function word or a verb, then a name of two words or more that closes the clause.
Phrase SentenceReader::described_name(std::uint32_t b) const {
    std::uint32_t k = b;
    while (k < end_ && k < b + 4 && word_at(k) && !is_lower_function_word(w(k)) && !is_auxiliary(w(k)) &&
           cue_verb(w(k)).frame == CueFrame::None && lexicon::pronoun(w(k)) == Pronoun::None &&
           (!toks_[k].upper || is_title(w(k)) || is_nationality(w(k))))
        ++k;
    if (k == b) return Phrase{};
    Phrase name = r_.after(k, end_);
    if (!name.ok() || name.kind != PhraseKind::Name || name.b != k || name.name_e - name.name_b < 2) return Phrase{};
    if (name.e < end_ && !(toks_[name.e].kind == TokKind::Punct || is(name.e, "of") || is(name.e, "in"))) return Phrase{};
    name.title_b = b;
    name.title_e = k;
    name.b = b;
    return name;
}

// "Ms. Tarr, Mrs. Bale and other donors said", "Bush and his rivals have said": when the subject
// lists its speakers from the clause's start, the claim goes to the first one named.
Phrase SentenceReader::first_conjunct(Phrase p) const {
    if (p.b < begin_ + 2 || !is(p.b - 1, "and")) return p;
    std::uint32_t s0 = after_connectives(begin_);
    Phrase first = r_.before(s0, p.b - 1);
    for (int guard = 0; guard < 6 && first.ok() && first.kind == PhraseKind::Name && first.b > s0 + 1 &&
                        punct(first.b - 1, ",");
         ++guard)
        first = r_.before(s0, first.b - 1);
    if (first.ok() && first.kind == PhraseKind::Name && first.b == s0) return first;
    return p;
}

// The subject of the sentence's main clause, read from `s0`: the phrase opening it, or after a
// fronted adverbial ("At the debate, Sanders …", "Here in Dover, Walsh …", "Eight years ago, he …")
// the phrase right after the adverbial's comma: the place or time inside it speaks for nobody.
Phrase SentenceReader::main_subject(std::uint32_t s0, std::uint32_t limit) const {
    Phrase subj = r_.after(s0, limit);
    if (subj.ok() && subj.b == s0) return subj;
    // "On Thursday, after staying neutral all year, Warren …": up to three fronted adverbials
    Phrase first;
    int commas = 0;
    for (std::uint32_t k = s0; k < limit && k < s0 + 24 && commas < 3; ++k)
        if (punct(k, ",") && outside(k)) {
            Phrase after_comma = r_.after(k + 1, limit);
            // ("At a rally in Beaumont, Tex., Mr. Trump …": the state closes the place, it is no subject)
            bool state = after_comma.ok() && after_comma.e - after_comma.b <= 2 && is_region(w(after_comma.e - 1));
            if (after_comma.ok() && after_comma.b == k + 1 && !state) return after_comma;
            if (state) continue;
            if (commas++ == 0) first = after_comma;
            if (k >= s0 + 14) break;
        }
    return !subj.ok() && first.ok() ? first : subj;
}

// "according to one global index", "according to early results of the exit polls": a source no
// table names, the noun phrase up to a comma, a participle or the sentence end (at most ten words)
Phrase SentenceReader::generic_source(std::uint32_t b) const {
    std::uint32_t e = b;
    while (e < end_ && e - b < 10 && word_at(e) && outside(e) && !is_clause_opener(w(e)) &&
           !(e > b && w(e).size() > 3 && w(e).substr(w(e).size() - 2) == "ed"))
        ++e;
    if (e == b || e - b >= 10) return Phrase{};
    if (lexicon::pronoun(w(b)) != Pronoun::None || is_no_speaker_head(w(e - 1)) || is_lower_function_word(w(e - 1)))
        return Phrase{};
    return role_phrase(b, e);
}

// Is the attribution a tail after what was said ("…, the Kremlin said on Friday.")?
bool SentenceReader::is_tail(Attribution& a) const {
    // "Lena Park, who told the Herald she will run again, …": a relative cue opens its own clause
    if (a.b <= begin_ || a.relative) return false;
    std::uint32_t before = a.b - 1;
    bool separated = punct(before, ",") || closing_quote(before) || is_dash(before) || punct(before, ":");
    if (!separated) return false;
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
        // "…, according to data released on Friday." / "…, according to the union, which …": the
        // source runs to the sentence end or into an aside about itself
        std::uint32_t k = i;
        while (k < end_ && !punct(k, ",") && !punct(k, ";") && outside(k)) ++k;
        // (or into the writer's next clause: "…, according to a tally, but her lead is shrinking.")
        if (k >= end_ || (k + 1 < end_ && punct(k, ",") && word_at(k + 1) &&
                          (is(k + 1, "the") || is(k + 1, "a") || is(k + 1, "an") || is(k + 1, "who") || is(k + 1, "which") ||
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
    for (std::uint32_t k = i; k < end_ && !punct(k, ","); ++k)
        if (outside(k) && (is(k, "that") || punct(k, ":") || (toks_[k].kind == TokKind::Quote && q_.owner[k] >= 0 &&
                                                             q_.quotes[static_cast<std::size_t>(q_.owner[k])].open_tok == k)))
            return false;
    return true;
}

// "WASHINGTON (AP) —", "MOSCOW, Oct 3 (Reuters) -", "KYIV, Ukraine —": a dateline at the start of
// a paragraph; returns the first token after it, or `i` when there is none.
}  // namespace whosaid::claims_detail
