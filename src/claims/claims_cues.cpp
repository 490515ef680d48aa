// Cues: the words that report speech ("said", "according to", "told", "made it clear that") and
// the nouns and names that only look like them.
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

// "about half", "about 40", "about a third": "about" before a count approximates it
bool SentenceReader::about_a_count(std::uint32_t i) const {
    if (!is(i, "about") || i + 1 >= end_) return false;
    if (toks_[i + 1].kind == TokKind::Number || (word_at(i + 1) && is_number_word(w(i + 1)))) return true;
    return (is(i + 1, "a") || is(i + 1, "one")) && word_at(i + 2) &&
           (is_number_word(w(i + 2)) || is(i + 2, "third") || is(i + 2, "quarter"));
}

// The owner of the noun at `i`: "his" (a pronoun phrase), "Trump's", "the Kremlin's"; or none.
Phrase SentenceReader::owner_of(std::uint32_t i) const {
    Phrase p;
    if (i <= begin_ || !word_at(i - 1)) return p;
    std::uint32_t o = i - 1;
    // ("his earlier statements", "Trump's recent evidence-free assertion": modifiers between)
    for (int m = 0; m < 2 && o > begin_ && word_at(o) && !toks_[o].upper && (r_.describes_name(o) || is_time_word(w(o))) && !is_possessive(w(o)); ++m)
        --o;
    if (!word_at(o)) return p;
    Pronoun pr = is(o, "his") ? Pronoun::He : is(o, "her") ? Pronoun::She : is(o, "their") ? Pronoun::They
               : is(o, "its") ? Pronoun::It : Pronoun::None;
    if (pr != Pronoun::None) {
        p.kind = PhraseKind::Pronoun;
        p.b = o;
        p.e = o + 1;
        p.pronoun = pr;
        return p;
    }
    if (!is_possessive(w(o)) || w(o).back() != 's' || !toks_[o].upper || lexicon::pronoun(w(o)) != Pronoun::None) return p;
    // ("the President's": a title owns it, whose name no token here gives)
    std::string_view bare = w(o).substr(0, w(o).size() - (w(o)[w(o).size() - 2] == '\'' ? 2 : 4));
    if (is_title(bare) || is_role_noun(bare)) return p;
    std::uint32_t b = o;
    while (b > begin_ && o - b < 4 && r_.name_word(b - 1)) --b;
    p.b = b > begin_ && is(b - 1, "the") ? b - 1 : b;
    p.e = o + 1;
    p.name_b = b;
    p.name_e = o + 1;
    p.kind = p.b < b || r_.proper(o) || is_org_head(w(o)) ? PhraseKind::Org : PhraseKind::Name;
    return p;
}

// Does the "that" at `that` open a clause said, not a relative about the statement ("the claim
// that was made", "the warning that she issued")?
bool SentenceReader::complement_at(std::uint32_t that) const {
    std::uint32_t k = that + 1;
    if (!word_at(k) || !outside(k) || is_auxiliary(w(k)) || cue_verb(w(k)).frame != CueFrame::None) return false;
    for (std::uint32_t j = k + 1; j < end_ && j <= k + 3 && word_at(j); ++j)
        if (is_statement_maker(w(j))) return false;
    return true;
}

// Does what was urged follow within the clause: "to …", "not to …", "that …", "against …"
// ("advised the council to wait", "encouraged voters that …", "advised against the trip")?
bool SentenceReader::urged_after(std::uint32_t from) const {
    for (std::uint32_t k = from; k < end_ && k < from + 16; ++k) {
        if (!outside(k)) continue;  // (a quoted word in the object: encouraged his “sons” to …)
        if (is(k, "to") || is(k, "that") || is(k, "against")) return true;
        if (punct(k, ",") || punct(k, ";")) return false;
    }
    return false;
}

// "compared the mayor to …", "comparing his rival with …": a lower-case verb after no auxiliary of
// the passive ("was compared to") nor "to" ("hard to compare"), an object of one to eight words
// outside quotations and no figure ("compared with 16 percent", "compared to last year")
bool SentenceReader::compared_object_to(std::uint32_t i) const {
    if (toks_[i].upper || i == begin_ || !word_at(i - 1) || is(i - 1, "to") || is_auxiliary(w(i - 1)) ||
        (is_lower_function_word(w(i - 1)) && !is(i - 1, "and")))
        return false;
    // ("compared himself to his rival" places the speaker, annotators mark no claim; the
    // auxiliary table holds the reflexives)
    if (!word_at(i + 1) || is(i + 1, "to") || is(i + 1, "with") || is_time_word(w(i + 1)) || is_auxiliary(w(i + 1)))
        return false;
    for (std::uint32_t k = i + 2; k < end_ && k <= i + 9; ++k) {
        if (!outside(k) || toks_[k].kind == TokKind::Number) return false;
        if (!word_at(k)) {
            if (!punct(k, ",")) return false;
            continue;
        }
        if (is(k, "to") || is(k, "with")) return k + 1 < end_ && outside(k + 1) && toks_[k + 1].kind != TokKind::Number;
        if (cue_verb(w(k)).frame != CueFrame::None) return false;
    }
    return false;
}

// "called him divisive", "calls Clinton unqualified", "called themselves very conservative": from
// i, an object pronoun or a name of up to three words, then an adjective (kAdjectiveEnding) that
// ends the clause; "called him back", "called Roe on Tuesday" give no quality
bool SentenceReader::named_quality(std::uint32_t i) const {
    std::uint32_t k = i;
    if (k < end_ && word_at(k) && is_named_object_pronoun(w(k))) {
        ++k;
    } else {
        while (k < end_ && k < i + 3 && word_at(k) && toks_[k].upper && !is_named_object_pronoun(w(k))) ++k;
        if (k == i) return false;
    }
    if (k < end_ && word_at(k) && !toks_[k].upper && is_degree_word(w(k))) ++k;
    if (!(k < end_ && word_at(k) && !toks_[k].upper && has_adjective_ending(w(k)))) return false;
    ++k;
    return k >= end_ || punct(k, ",") || punct(k, ".") || punct(k, ";") || is(k, "and") || is(k, "but") || closing_quote(k);
}

bool SentenceReader::cue_at(std::uint32_t i, Cue& cue) const {
    if (!word_at(i) || !outside(i)) return false;
    // ("as per reports", "as per the ministry": the same, in South Asian and wire English)
    if ((is(i, "according") && is(i + 1, "to")) || (is(i, "as") && is(i + 1, "per"))) {
        cue = Cue{i, i + 2, CueFrame::Clause, true, false, true};
        return true;
    }
    if (is(i, "in") && is(i + 1, "the") && is(i + 2, "words") && is(i + 3, "of")) {
        cue = Cue{i, i + 4, CueFrame::Clause, true, false, true};
        return true;
    }
    // "As reported by the Herald, the talks …", "as first reported by Reuters,": a source cited
    if (is(i, "as")) {
        std::uint32_t k = is(i + 1, "first") || is(i + 1, "previously") ? i + 2 : i + 1;
        if (word_at(k) && is_citing_participle(w(k)) && is(k + 1, "by")) {
            cue = Cue{i, k + 2, CueFrame::Clause, true, false, true};
            return true;
        }
    }
    // "In his words, the talks have stalled": the owner of the words is the source
    // ("In her opinion, …", "In their view, …": the same)
    if (is(i, "in") && (is(i + 1, "his") || is(i + 1, "her") || is(i + 1, "their")) &&
        (is(i + 2, "words") || ((is(i + 2, "opinion") || is(i + 2, "view")) && i == after_connectives(begin_))) &&
        punct(i + 3, ",")) {
        cue = Cue{i, i + 3, CueFrame::Clause, true, false, true};
        cue.nominal = true;
        return true;
    }
    // "made it clear that", "makes clear that": a speech act in three words or two
    if ((is(i, "made") || is(i, "makes") || is(i, "make") || is(i, "making")) && outside(i + 1)) {
        std::uint32_t c = is(i + 1, "it") ? i + 2 : i + 1;
        // (or with whom and when between: "made it clear to the council on Wednesday that")
        std::uint32_t that = c + 1;
        if (is(that, "to") || is(that, "on") || is(that, "in") || is(that, "at") || is(that, "during"))
            while (that < end_ && that < c + 12 && word_at(that) && outside(that) && !is(that, "that")) ++that;
        // (and without "that" before a subject pronoun, or with a day between: "made clear he would
        // not quit", "made clear Tuesday that")
        if (is(c, "clear") && that == c + 1 && word_at(that) && is_time_word(w(that)) && is(that + 1, "that")) ++that;
        bool bare = is(c, "clear") && that == c + 1 &&
                    word_at(that) && is_subject_pronoun(w(that));
        if (is(c, "clear") && (is(that, "that") || bare)) {
            cue = Cue{i, c + 1, CueFrame::Clause, false, false, true};
            cue.participle = is(i, "making");
            return true;
        }
        // "will make the case that …", "made the case to voters that …": an argument put
        if (is(i + 1, "the") && is(i + 2, "case")) {
            std::uint32_t k = i + 3;
            if (is(k, "to") || is(k, "on") || is(k, "in") || is(k, "at") || is(k, "for"))
                while (k < end_ && k < i + 14 && word_at(k) && outside(k) && !is(k, "that")) ++k;
            if (is(k, "that")) {  // (the cue runs to "that": "to voters" reads as no infinitive)
                cue = Cue{i, k, CueFrame::Clause, false, false, true};
                cue.participle = is(i, "making");
                return true;
            }
        }
    }
    // "She issued a warning that …", "made the claim that …": the statement's maker, the subject, speaks
    if (is_statement_issuer(w(i)) && (is(i + 1, "a") || is(i + 1, "an") || is(i + 1, "the")) && word_at(i + 2) &&
        is_speech_noun(w(i + 2)) && is(i + 3, "that") && complement_at(i + 3)) {
        cue = Cue{i, i + 3, CueFrame::Clause, false, false, true};
        cue.participle = ascii::ends_with(w(i), "ing");
        return true;
    }
    // "Officials put the death toll at 40": an estimate given is what was said
    if (is_estimate_verb(w(i)) && is(i + 1, "the")) {
        std::uint32_t k = i + 2;
        while (k < end_ && k < i + 5 && word_at(k) && !is_estimate_noun(w(k)) && !toks_[k].upper) ++k;
        if (k < end_ && word_at(k) && is_estimate_noun(w(k)) && is(k + 1, "at") && k + 2 < end_ &&
            (toks_[k + 2].kind == TokKind::Number || punct(k + 2, "$") || punct(k + 2, "\xC2\xA3") || (word_at(k + 2) && is_number_word(w(k + 2))))) {
            cue = Cue{i, i + 1, CueFrame::Complement, false, false, true};
            cue.participle = is(i, "putting");
            return true;
        }
    }
    // "pleaded guilty in May to two counts of fraud": a plea is what the accused said; "apologized
    // to voters for the error": what the apology was for (kPleaVerb, kApologyVerb)
    if ((is_plea_verb(w(i)) && (is(i + 1, "guilty") || (is(i + 1, "not") && is(i + 2, "guilty")))) || is_apology_verb(w(i))) {
        const bool plea = is_plea_verb(w(i));
        const char* opens = plea ? "to" : "for";
        std::uint32_t k = plea ? (is(i + 1, "not") ? i + 3 : i + 2) : i + 1;
        const std::uint32_t stop = k + 9;  // "pleaded guilty in May 2010 to": a short adjunct between
        while (k < end_ && k < stop && outside(k) && !is(k, opens) && !punct(k, ".") && !punct(k, ";")) ++k;
        if (k + 1 < end_ && is(k, opens) && outside(k + 1) && (word_at(k + 1) || toks_[k + 1].kind == TokKind::Number)) {
            cue = Cue{i, k + 1, CueFrame::Complement, false, false, true};
            cue.participle = ascii::ends_with(w(i), "ing");
            return true;
        }
    }
    // "She compared the mayor to a referee": an object, then "to" or "with" the likeness
    if (is_comparison_verb(w(i)) && compared_object_to(i)) {
        cue = Cue{i, i + 1, CueFrame::Complement, false, false, true};
        cue.participle = is(i, "comparing");
        return true;
    }
    // "his insistence that …", "Trump's warning that …": a statement's noun, its owner the speaker
    // (not the sentence's subject, whose clause ends at a verb no bound finds: "Her promise that
    // taxes would fall was broken")
    if (is_speech_noun(w(i)) && !toks_[i].upper && is(i + 1, "that") && complement_at(i + 1)) {
        Phrase owner = owner_of(i);
        if (owner.ok() && owner.b > after_connectives(begin_)) {
            cue = Cue{i, i + 1, CueFrame::Clause, false, false, true};
            cue.nominal = true;
            return true;
        }
    }
    // "claims by intelligence agencies that …", "suggestions from aides that …": the agent after
    // "by" or "from" speaks (up to eight words, none a verb of speech)
    if (is_speech_noun(w(i)) && !toks_[i].upper && (is(i + 1, "by") || is(i + 1, "from"))) {
        std::uint32_t k = i + 2;
        while (k < end_ && k < i + 10 && word_at(k) && outside(k) && !is(k, "that") && cue_verb(w(k)).frame == CueFrame::None) ++k;
        if (k > i + 2 && is(k, "that") && complement_at(k)) {
            Phrase agent = r_.after(i + 2, k);
            if (!agent.ok()) agent = generic_source(i + 2);
            if (agent.ok() && agent.b == i + 2 && can_speak(agent)) {
                cue = Cue{i, k, CueFrame::Clause, false, false, true};
                cue.nominal = true;
                return true;
            }
        }
    }
    CueInfo info = cue_verb(w(i));
    if (info.frame == CueFrame::None) return false;
    // "its reporting", "his remarks", "their warning": a noun after a possessive
    if (i > begin_ && word_at(i - 1) &&
        (is_possessive_determiner(w(i - 1)) || (is_possessive(w(i - 1)) && lexicon::pronoun(w(i - 1)) == Pronoun::None)))
        return false;  // ("She's said", "he’s saying": the pronoun's auxiliary, no possessive)
    if (toks_[i].upper && i > begin_) return false;  // "United States", "Trump Says …" headlines
    if (describes_noun(i)) return false;
    if (is_counsel_verb(w(i)) && !urged_after(i + 1)) return false;
    if (asked_passively(i)) return false;  // (its question, if any, is asked_questions()'s)
    // "“…,” he continued." / "continued: “…”" go on speaking; "continued their search", "continued
    // to raise money" go on doing
    if (is_go_on_verb(w(i)) && word_at(i + 1) && !is(i + 1, "that") && !is(i + 1, "to")) return false;
    // "states" is a noun ("battleground states like Ohio") unless a clause or a quotation follows
    if (is(i, "states") && !(is(i + 1, "that") || punct(i + 1, ":") || (i + 1 < end_ && toks_[i + 1].kind == TokKind::Quote)))
        return false;
    // "amid reports that", "despite claims of": a noun after a preposition
    if (is_plural_noun_cue(w(i)) && i > begin_ && word_at(i - 1) && is_lower_function_word(w(i - 1)) && !is(i - 1, "and"))
        return false;
    if (is_plural_noun_cue(w(i)) && i > begin_ && word_at(i - 1)) {
        // "member states", "several reports", "these claims": a plural noun after a modifier, not a verb
        if (is_plural_noun_modifier(w(i - 1))) return false;
    }
    std::string_view next = word_at(i + 1) ? w(i + 1) : std::string_view{};
    // "said about half of the cost …", "said about 40 people …": "about" a count, not a topic
    if (about_a_count(i + 1)) next = {};
    // "agreed with the mayor that …": whom the speaker sided with, then the clause
    bool with_that = false;
    if (is(i + 1, "with")) {
        std::uint32_t k = i + 2;
        while (k < end_ && k < i + 10 && word_at(k) && outside(k) && !is(k, "that")) ++k;
        with_that = k > i + 2 && is(k, "that") && cue_verb(w(i)).frame == CueFrame::Clause;
        if (with_that) next = {};
    }
    // "…, calling the move “unfriendly”", "…, but called it “a step in the right direction”"
    // ("…, calling for calm", "…, calling on voters to …" take the particle: a plea, not a name)
    bool calling_for = is(i, "calling") && (is(i + 1, "for") || is(i + 1, "on"));
    bool calling = i > begin_ && !calling_for && ((is(i, "calling") && comma_before(i)) ||
                                  ((is(i, "called") || is(i, "calls")) && (is(i - 1, "and") || is(i - 1, "but"))));
    // "She called the plan a disgrace", "he called it “a surrender bill”": a speaker calls an
    // object something (not "a group called Unite", which names it)
    if (!calling && (is(i, "called") || is(i, "calls") || is(i, "call")) && i > begin_ && !is(i + 1, "for") && !is(i + 1, "on")) {
        Phrase subj = r_.before(begin_, i);
        // ("what he calls the “something for something” state" names a thing)
        bool speaker_like = subj.ok() && subj.kind != PhraseKind::Document && !(subj.b > begin_ && is(subj.b - 1, "what"));
        // ("Trump, who has called the pact “insanity”": the relative's antecedent is the speaker)
        std::uint32_t rb = auxiliaries_before(i);
        speaker_like = speaker_like || (rb > begin_ + 1 && is(rb - 1, "who") && punct(rb - 2, ","));
        // (a thing given a quoted name of a word or two is a scare quote: "calls it a “special
        // operation”"; a person given one is a claim: "called Trump a “con man”")
        // ("called this report a “lie”": a demonstrative before a noun is no thing pronoun)
        bool demonstrative_alone = (is(i + 1, "this") || is(i + 1, "that")) &&
                                   (!word_at(i + 2) || is(i + 2, "a") || is(i + 2, "an"));
        bool thing = is(i + 1, "it") || is(i + 1, "them") || demonstrative_alone;
        // (the one called may be long: "called the council's leader, Anna Berg, “lost”")
        // (a relative "that" inside the object goes on: "called the attack that killed five “an act of terror”")
        // ("call" takes only a quality below: "whom he would call to lead", "call this the game")
        for (std::uint32_t k = i + 2; speaker_like && !is(i, "call") && k < end_ && k < i + 12 && !punct(k, ";") && !(is(k, "that") && k == i + 1); ++k) {
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
        calling = calling || (speaker_like && named_quality(i + 1));
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
    // "…, citing fears of terrorism": the reason the speaker gave is what was said; "citing two
    // sources", "citing Interfax" name a channel (find_via), and "without citing" a manner
    if (is(i, "citing")) {
        if (!comma_before(i)) return false;
        Phrase obj = r_.after(i + 1, end_);
        if (obj.ok() && obj.b == i + 1) return false;
        Phrase source = generic_source(i + 1);
        if (source.ok() && (source.e >= end_ || !word_at(source.e))) {
            std::string_view head = w(source.e - 1);
            if (ascii::ends_with(head, "sources") || ascii::ends_with(head, "source") || is_speech_noun(head)) return false;
        }
    }
    if ((is(i, "asked") || is(i, "asks") || is(i, "asking")) &&
        !(i > begin_ && (closing_quote(i - 1) || punct(i - 1, ",")) && q_.owner[i - 1] >= 0) && !after_quoted_question()) {
        // ("“Who will pay?” asked Edwards." is a question quoted, and stays a claim)
        // a request ("asked them to leave") or a reported question ("asked Trump how high the wall
        // would be"), but not "Asked whether …," opening a sentence, whose asker is not named
        // "one resident, who asked not to be named": anonymity, not a request reported
        if (i > begin_ && is(i - 1, "who")) return false;
        bool request = false;
        for (std::uint32_t k = i + 1; k < end_ && k < i + 9 && word_at(k); ++k)
            if (is(k, "to") || is(k, "for") || (i > begin_ && (is_question_word(w(k)) || (asked_about(k) && k > i + 1 && asked_by_subject(i))))) request = true;
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
    if ((lexicon::takes_particle(w(i)) && !calling) || with_that || calling_for) cue.e = i + 2;
    // a plea, a call: "reiterated his plea for", "renewed his call for"
    return true;
}

}  // namespace whosaid::claims_detail
