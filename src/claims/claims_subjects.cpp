// Subjects no phrase right before the cue names: a plain noun phrase, a capitalised opener, a
// described name, the first of a list, the main clause's subject, an unnamed source.
#include <algorithm>

#include "claims_reader.hpp"
#include "lexicon_ascii.hpp"

namespace whosaid::claims_detail {

using namespace lexicon;


// The subject right before a cue when it is a plain noun phrase: walks left to the clause's start
// (the sentence start, a comma, "that", "and", …), at most eight words, no quotation, no other
// verb of speech; it must end on a noun-like word, not a pronoun, a quantifier or a time.
Phrase SentenceReader::generic_subject(std::uint32_t cue_b) const {
    std::uint32_t end = cue_b;
    // (and a time between the subject and the verb: "Her defenders today argue …")
    while (end > begin_ + 1 && word_at(end - 1) && (is_auxiliary(w(end - 1)) || is_time_adverb(w(end - 1)) ||
                                                 (w(end - 1).size() > 4 && w(end - 1).substr(w(end - 1).size() - 2) == "ly")))
        --end;
    if (end <= begin_) return Phrase{};
    // "A third of independents, 33%, say": a figure set off between commas restates the group
    if (end >= begin_ + 4 && punct(end - 1, ",")) {
        std::uint32_t k = end - 2;
        if (punct(k, "%")) --k;
        if (toks_[k].kind == TokKind::Number && k > begin_ + 1 && punct(k - 1, ",")) end = k - 1;
    }
    // "voters overall said", "those surveyed said": the head comes before the trailing words
    std::uint32_t h = end - 1;
    while (h > begin_ && word_at(h) && is_subject_trail(w(h))) --h;
    // a group counted out: "three in 10 said", "most of them said", "Edwards and others said"
    bool counted = (h > begin_ && ((toks_[h].kind == TokKind::Number && is(h - 1, "in")) ||
                                   (word_at(h) && (is(h, "them") || is(h, "those")) && is(h - 1, "of")) ||
                                   (is(h, "others") && is(h - 1, "and")))) ||
                   (is(h, "those") && h + 1 < end) ||  // "those surveyed"
                   (word_at(h) && is_group_quantifier(w(h)) && h + 1 == end) ||  // "; most said", "Many say"
                   (punct(h, "%") && h > begin_ && toks_[h - 1].kind == TokKind::Number) ||  // "42% say"
                   // ("nine out of 10 say")
                   (h > begin_ + 1 && toks_[h].kind == TokKind::Number && is(h - 1, "of") && is(h - 2, "out"));
    // "Those over 60 say", "those with a degree said": "those" and a prepositional phrase
    for (std::uint32_t k = h; !counted && k > begin_ && h - k < 6; --k)
        counted = is(k - 1, "those") && word_at(k) && is_preposition(w(k)) && k <= h;
    if (!counted) {
        if (!word_at(h)) return Phrase{};
        std::string_view head = w(h);
        // ("media reports said": a plural noun after its modifier, not a cue)
        bool noun_cue = is_plural_noun_cue(head) && h > begin_ && word_at(h - 1) && is_plural_noun_modifier(w(h - 1));
        if (is_no_speaker_head(head) || is_clause_opener(head) || is_lower_function_word(head) ||
            is_sentence_adverb(head) || is_time_word(head) || (cue_verb(head).frame != CueFrame::None && !noun_cue) ||
            lexicon::pronoun(head) != Pronoun::None)
            return Phrase{};
        // a verb form is no head ("…, saying", "it emerged"), unless a determiner makes it a noun ("the meeting")
        bool determined = h > begin_ && word_at(h - 1) &&
                          (is(h - 1, "the") || is(h - 1, "a") || is(h - 1, "an") || is(h - 1, "this") ||
                           is_possessive_determiner(w(h - 1)) || is_possessive(w(h - 1)));  // ("familiar with Thursday's meeting")
        if (head.size() > 3 && (head.substr(head.size() - 2) == "ed" || head.substr(head.size() - 3) == "ing") && !determined)
            return Phrase{};
        if (is_possessive(head)) return Phrase{};  // "The Kremlin's claims include": a noun, not a cue
    }
    std::uint32_t b = end;
    // "than" in "more than half", "fewer than 40 percent" compares a count; it opens no clause
    auto comparison = [&](std::uint32_t k) {
        return is(k, "than") && k > begin_ && (is(k - 1, "more") || is(k - 1, "fewer") || is(k - 1, "less"));
    };
    // ("groups that have endorsed him say": "that" after a plural noun and before a verb opens a
    // restrictive relative, not the clause said)
    auto relative_that = [&](std::uint32_t k) {
        if (!is(k, "that") || k <= begin_ || !word_at(k - 1) || !word_at(k + 1) || toks_[k - 1].upper) return false;
        std::string_view n = w(k - 1);
        return n.size() > 3 && n.back() == 's' && !is_lower_function_word(n) && cue_verb(n).frame == CueFrame::None &&
               !is_auxiliary(n) && (is_auxiliary(w(k + 1)) || (w(k + 1).size() > 3 && w(k + 1).substr(w(k + 1).size() - 2) == "ed"));
    };
    // (the point of "U.S." is part of the phrase)
    auto attached_point = [&](std::uint32_t k) {
        return punct(k, ".") && !toks_[k].space_before && k > begin_ && word_at(k - 1) && toks_[k - 1].upper;
    };
    // (and the sign of "42% said" is part of the count)
    auto percent_sign = [&](std::uint32_t k) {
        return punct(k, "%") && !toks_[k].space_before && k > begin_ && toks_[k - 1].kind == TokKind::Number;
    };
    // (a relative clause may run longer: "Another worshipper who prayed at the centre and who did
    // not want to be named said"; "and who" goes on with it)
    std::uint32_t reach = 11;
    while (b > begin_ && end - b < reach && (word_at(b - 1) || toks_[b - 1].kind == TokKind::Number || attached_point(b - 1) ||
                                           percent_sign(b - 1)) &&
           outside(b - 1) &&
           !(word_at(b - 1) && is_clause_opener(w(b - 1)) && !comparison(b - 1) && !relative_that(b - 1) &&
             !(is(b - 1, "and") && is(b, "who"))) &&
           !is(b - 1, "which")) {  // ("the plan, which the mayor said would cost …": the mayor speaks)
        --b;
        if (is(b, "who")) reach = 18;
    }
    if (end - b >= reach || b == end) return Phrase{};
    std::uint32_t start = after_connectives(begin_);
    bool at_boundary = b <= start || punct(b - 1, ",") || punct(b - 1, ":") || punct(b - 1, ";") || is_dash(b - 1) ||
                       closing_quote(b - 1) ||
                       (word_at(b - 1) && is_clause_opener(w(b - 1)) && !is(b - 1, "than") && !is(b - 1, "as")) ||
                       is(b - 1, "which");
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
    // ("More than half said", "fewer than 40 percent said": a comparison opens a count)
    approximate = approximate || (comparison(b + 1) && b + 2 < end);
    // ("Those over 60": the pronoun opens the phrase it heads)
    if (b > begin_ && is(b - 1, "those") && word_at(b) && is_preposition(w(b))) --b;
    if (word_at(b) && is_lower_function_word(w(b)) && !is(b, "the") && !is(b, "a") && !is(b, "an") && !is(b, "those") && !approximate)
        return Phrase{};
    if (!word_at(b) && toks_[b].kind != TokKind::Number) return Phrase{};
    // "the senator will arrive with enough pledged": an auxiliary makes a clause, not a subject,
    // unless a relative clause holds it ("Residents who had attended")
    bool relative = false;
    for (std::uint32_t k = b; k < end; ++k) {
        if (!word_at(k)) continue;
        if (is(k, "who") || is(k, "that") || is(k, "which") || is(k, "whose")) relative = true;
        // ("majorities in all five said": "all" and "both" count, they make no clause)
        if (!relative && !(k == b && approximate) && is_auxiliary(w(k)) && !w(k).empty() && w(k).size() > 2 &&
            !(w(k).size() > 4 && w(k).substr(w(k).size() - 2) == "ly") && !is(k, "all") && !is(k, "both"))
            return Phrase{};
    }
    for (std::uint32_t k = b; k < end; ++k)
        if (!word_at(k)) continue;
        else if ((cue_verb(w(k)).frame != CueFrame::None && !describes_noun(k) &&
                  !(is_plural_noun_cue(w(k)) && !toks_[k].upper && k > b && word_at(k - 1) && is_plural_noun_modifier(w(k - 1)))) ||
                 lexicon::pronoun(w(k)) == Pronoun::I ||
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
    // ("Facing mounting criticism, Mr. Hale …": a fronted participle, capitalised, names no one)
    // ("Using a crude phrase, …": five letters will do)
    bool fronted_participle = word_at(s0) && w(s0).size() > 4 && ascii::ends_with(w(s0), "ing") && s0 + 1 < limit &&
                              word_at(s0 + 1) && !toks_[s0 + 1].upper;
    if (fronted_participle) subj = Phrase{};
    if (subj.ok() && subj.b == s0) return subj;
    // ("Some seek to be taken off the lists … and argue that …": a group word alone opens it)
    if (!subj.ok() && !fronted_participle && word_at(s0) && is_group_quantifier(w(s0)) && s0 + 1 < limit && word_at(s0 + 1) &&
        !toks_[s0 + 1].upper && !is(s0 + 1, "of"))
        return role_phrase(s0, s0 + 1);
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
    // (a year inside is part of it, "a 2009 study"; a capitalised "-ed" word is a name, "The
    // Associated Press", not a participle)
    while (e < end_ && e - b < 10 && (word_at(e) || (e > b && toks_[e].kind == TokKind::Number)) && outside(e) &&
           !(word_at(e) && is_clause_opener(w(e))) &&
           !(e > b && !toks_[e].upper && w(e).size() > 3 && w(e).substr(w(e).size() - 2) == "ed") &&
           // ("according to the document he released": a pronoun opens a relative about the source)
           !(e > b && word_at(e) && lexicon::pronoun(w(e)) != Pronoun::None))
        ++e;
    if (e == b || e - b >= 10) return Phrase{};
    if (lexicon::pronoun(w(b)) != Pronoun::None || is_no_speaker_head(w(e - 1)) || is_lower_function_word(w(e - 1)))
        return Phrase{};
    return role_phrase(b, e);
}

// "Groups that have endorsed him say", "Farmers trying to sell their land say", "Officials whose
// budgets were cut say": a plain noun phrase opens the sentence, a relative clause, participle or
// prepositional phrase restricts it, and the cue follows with no comma: the noun phrase speaks.
// Nothing in the restriction may be a quotation, a cue or a comma's clause.
Phrase SentenceReader::postmodified_subject(std::uint32_t cue_b) const {
    std::uint32_t s0 = after_connectives(begin_);
    std::uint32_t end = auxiliaries_before(cue_b);
    if (end <= s0 + 2 || end - s0 > kMaxPostmodifiedSubject || !outside(s0)) return Phrase{};
    std::uint32_t k = s0;
    if (word_at(k) && (is(k, "the") || is(k, "a") || is(k, "an") || is_group_quantifier(w(k)))) ++k;
    std::uint32_t head_b = k;
    // ("Joining Rubio …", "Celebrated speeches …": a fronted participle opens no plain subject)
    if (word_at(k) && (ascii::ends_with(w(k), "ing") || ascii::ends_with(w(k), "ed"))) return Phrase{};
    // (the head ends where a relative opens: "Unions that backed him", "Residents who heard it")
    auto relative_word = [&](std::uint32_t j) { return is(j, "who") || is(j, "that") || is(j, "whose"); };
    while (k < end && k < head_b + 4 && word_at(k) && !relative_word(k) && !is_lower_function_word(w(k)) && !is_auxiliary(w(k)) &&
           cue_verb(w(k)).frame == CueFrame::None && lexicon::pronoun(w(k)) == Pronoun::None && !is_time_word(w(k)) &&
           !(k > head_b && !toks_[k].upper && (ascii::ends_with(w(k), "ing") || ascii::ends_with(w(k), "ed"))))
        ++k;
    if (k == head_b || k >= end || is_no_speaker_head(w(k - 1)) || is_sentence_adverb(w(k - 1))) return Phrase{};
    // (the restriction opens on a relative, a lower-case participle or a preposition)
    if (!word_at(k) || toks_[k].upper) return Phrase{};
    // (an "-ed" word may be the finite verb, "Cook declined to say", so only "-ing" counts)
    bool opens = is(k, "who") || is(k, "that") || is(k, "whose") || (w(k).size() > 5 && ascii::ends_with(w(k), "ing")) ||
                 (is_preposition(w(k)) && !is_time_word(w(k)));
    // (and the cue follows a content word: "declined to say", "of all reported" are no subject's verb)
    if (!is(k, "who") && !is(k, "that") && !is(k, "whose") && end - k < 2) return Phrase{};
    if (!opens || !word_at(end - 1) || is_lower_function_word(w(end - 1)) || is_group_quantifier(w(end - 1)) ||
        is(end - 1, "who") || is(end - 1, "which") || is(end - 1, "that") || is_sentence_adverb(w(end - 1)))
        return Phrase{};
    // (a relative clause may hold a cue of its own, "groups that have endorsed him"; the cue
    // then speaks for nobody, the relative's noun does)
    bool relative = is(k, "who") || is(k, "that") || is(k, "whose");
    for (std::uint32_t j = k; j < end; ++j) {
        if (!outside(j)) return Phrase{};
        if (toks_[j].kind == TokKind::Number) continue;
        if (!word_at(j) || (!relative && cue_verb(w(j)).frame != CueFrame::None)) return Phrase{};
    }
    return role_phrase(s0, k);
}

}  // namespace whosaid::claims_detail
