// PhraseReader::before: the speaker phrase that ends right before a cue ("Peskov, the Kremlin
// spokesman, said"), read leftwards past auxiliaries, times and asides.
#include "phrase.hpp"

#include "lexicon_ascii.hpp"
#include "lexicon_calendar.hpp"

namespace whosaid {

using namespace lexicon;

// Words of a speaker phrase, read leftwards from `end`.
Phrase PhraseReader::scan_back(std::uint32_t lo, std::uint32_t end) const {
    std::uint32_t i = end;
    while (i > lo) {
        std::uint32_t k = i - 1;
        const Token& t = toks_[k];
        if (abbreviated_title(k)) {  // "Mr. Welch", "Sen. Maria Delgado": the point is the title's
            i = k - 1;
            continue;
        }
        if (t.kind != TokKind::Word) break;
        if (name_word(k) || role_word(k) || (is_possessive(word(k)) && pronoun(word(k)) == Pronoun::None)) {
            i = k;
            continue;
        }
        // "Jan de Boer", "Ursula von der Leyen": a particle between the given name and the surname
        if (i < end && toks_[i].upper && name_word(i) && k > lo && is_name_particle(word(k))) {
            std::uint32_t j = k;
            while (j > lo && k - j < 2 && toks_[j - 1].kind == TokKind::Word && is_name_particle(word(j - 1))) --j;
            if (j > lo && toks_[j - 1].kind == TokKind::Word && toks_[j - 1].upper && name_word(j - 1)) {
                i = j;
                continue;
            }
        }
        if (determiner(k)) {
            // "head of the delegation": continue through "of the"
            if (k > lo && (is(k - 1, "of") || is(k - 1, "for"))) {
                i = k - 1;
                continue;
            }
            // "speakers at the service", "a spokesman at the embassy"
            if (k > lo + 1 && is(k - 1, "at") && toks_[k - 2].kind == TokKind::Word && is_role_noun(word(k - 2))) {
                i = k - 1;
                continue;
            }
            i = k;
            break;
        }
        if ((is(k, "of") || is(k, "for")) && i < end) {
            i = k;
            continue;
        }
        // "analysts at Jefferies", "a spokesman at the embassy"
        if (is(k, "at") && i < end && k > lo && toks_[k - 1].kind == TokKind::Word && is_role_noun(word(k - 1))) {
            i = k;
            continue;
        }
        // "Department for Work and Pensions", "Minister of Roads and Urban Development"
        if ((is(k, "and") || word(k) == "&") && i < end && toks_[i].upper && k > lo && toks_[k - 1].upper) {
            bool inside_complement = word(k) == "&";  // "Marks & Spencer" is one firm
            for (std::uint32_t m = k; m > lo && m + 4 > k; --m)
                if (is(m - 1, "of") || is(m - 1, "for")) inside_complement = true;
            if (inside_complement) {
                i = k;
                continue;
            }
        }
        break;
    }
    // "the county council", "the local health trust": lower-case modifiers between a determiner and
    // the head, when the words read so far are a body or a role
    if (i < end && i > lo && toks_[i - 1].kind == TokKind::Word && !toks_[i - 1].upper && (role_word(end - 1) || name_word(end - 1))) {
        std::uint32_t k = i;
        while (k > lo && i - k < 3 && toks_[k - 1].kind == TokKind::Word && !toks_[k - 1].upper && !determiner(k - 1) &&
               !is_auxiliary(word(k - 1)) && !is_preposition(word(k - 1)) && cue_verb(word(k - 1)).frame == CueFrame::None && !is(k - 1, "and") &&
               !is(k - 1, "of") && !is(k - 1, "to") && !is(k - 1, "that"))
            --k;
        if (k < i && k > lo && (is(k - 1, "the") || is(k - 1, "a") || is(k - 1, "an") || is(k - 1, "its"))) i = k - 1;
        // "…, veteran lawmakers said": the modifiers open the clause themselves
        else if (k < i && (k == lo || word(k - 1) == "," || toks_[k - 1].kind == TokKind::Quote)) {
            bool modifiers = true;  // "which Moscow", "as the …", "with the …" are no modifiers
            for (std::uint32_t m = k; m < i && modifiers; ++m)
                // ("including Lopez", "excluding Ohio": a list's opener is no modifier)
                modifiers = !is_lower_function_word(word(m)) && !is_sentence_adverb(word(m)) && !ascii::ends_with(word(m), "ing") &&
                            !is_clause_opener(word(m)) && !is_question_word(word(m)) && !is_no_speaker_head(word(m));
            if (modifiers) i = k;
        }
    }
    // never start on "of"/"for"
    while (i < end && (is(i, "of") || is(i, "for"))) ++i;
    return classify(i, end);
}

// US style: "Sen. Chuck Schumer (D-N.Y.) said", "Jane Doe (pictured) said": the end before a
// parenthesis that closes right before `end`.
std::uint32_t PhraseReader::skip_parenthesis(std::uint32_t lo, std::uint32_t end) const {
    if (end <= lo || word(end - 1) != ")") return end;
    std::uint32_t k = end - 1;
    while (k > lo && end - k < 10 && word(k - 1) != "(") --k;
    return k > lo && word(k - 1) == "(" ? k - 1 : end;
}

// "Dana Miller of Akron, Ohio says": a state after a home town closes the person's phrase; the
// state alone (`p`) is no speaker.
Phrase PhraseReader::home_town(std::uint32_t lo, Phrase p) const {
    if (!p.ok() || p.e - p.b > 2 || p.b < lo + 3 || word(p.b - 1) != "," || !is_region(word(p.e - 1))) return p;
    const std::uint32_t comma = p.b - 1;
    Phrase person = scan_back(lo, comma);
    // ("The mayor of Akron, Ohio said": a role with its town too)
    if ((person.kind != PhraseKind::Name && person.kind != PhraseKind::Role) || person.e != comma) return p;
    bool from = false;
    for (std::uint32_t k = person.kind == PhraseKind::Name ? person.name_e : person.b; k < comma && !from; ++k)
        from = is(k, "of") || is(k, "from");
    if (!from) return p;
    person.e = p.e;
    return person;
}

Phrase PhraseReader::before(std::uint32_t lo, std::uint32_t end) const {
    // skip auxiliaries and adverbs between the subject and the verb
    for (bool skipped = true; skipped && end > lo;) {
        skipped = false;
        while (end > lo && toks_[end - 1].kind == TokKind::Word &&
               (is_auxiliary(word(end - 1)) || (end - 1 > lo && is_place_adverb(word(end - 1))) ||
                (word(end - 1).size() > 4 && word(end - 1).substr(word(end - 1).size() - 2) == "ly" && !toks_[end - 1].upper))) {
            --end;
            skipped = true;
        }
        // "Grant is understood to have told colleagues …", "was said to have warned": the hearsay
        // passive stands between the subject and the cue
        if (end >= lo + 3 && is(end - 1, "to") && is_hearsay_participle(word(end - 2)) && is_auxiliary(word(end - 3))) {
            end -= 3;
            skipped = true;
            continue;
        }
        // "President Joe Biden on Tuesday warned", "the minister yesterday said"
        if (end > lo && toks_[end - 1].kind == TokKind::Word && is_time_word(word(end - 1))) {
            std::uint32_t k = end - 1;
            // ("on Thursday evening", "late Friday night": the day and the part of it)
            while (k > lo && toks_[k - 1].kind == TokKind::Word && is_time_word(word(k - 1)) && end - k < 3) --k;
            if (k > lo && (is(k - 1, "on") || is(k - 1, "last") || is(k - 1, "this") || is(k - 1, "late") || is(k - 1, "early"))) --k;
            // (a weekday alone after the subject too, in US style: "the minister Wednesday said")
            bool weekday = false;
            for (const char* d : kWeekdayNames) weekday = weekday || (toks_[end - 1].upper && is(end - 1, d));
            weekday = weekday && k == end - 1 && k > lo && toks_[k - 1].kind == TokKind::Word && !is_preposition(word(k - 1));
            if (k < end - 1 || weekday || is(end - 1, "yesterday") || is(end - 1, "today") || is(end - 1, "tonight")) {
                end = k;
                skipped = true;
            }
        }
    }
    if (end <= lo) return Phrase{};
    end = skip_parenthesis(lo, end);
    if (end <= lo) return Phrase{};
    // "Joseph R. Biden Jr. said": the point closes the post-nominal, not the phrase
    if (end > lo + 1 && word(end - 1) == "." && !toks_[end - 1].space_before && (is(end - 2, "jr") || is(end - 2, "sr")))
        --end;
    // "Many speakers at the service — including priests and rabbis — said": an aside between dashes
    if (aside_dash(end - 1)) {
        std::uint32_t k = end - 1;
        // (a quotation inside the aside is part of it: "Roe - who said she would “fight” - said")
        while (k > lo && end - k < 28 && !aside_dash(k - 1)) --k;
        if (k > lo + 1 && aside_dash(k - 1)) {
            Phrase outer = scan_back(lo, k - 1);
            if (outer.ok() && outer.e == k - 1 && outer.kind != PhraseKind::Document) return outer;
        }
        return Phrase{};
    }
    if (toks_[end - 1].kind == TokKind::Word) {
        Pronoun pr = pronoun(word(end - 1));
        if (pr != Pronoun::None) {
            Phrase p;
            p.kind = PhraseKind::Pronoun;
            p.b = end - 1;
            p.e = end;
            p.pronoun = pr;
            return p;
        }
        return home_town(lo, scan_back(lo, end));
    }
    // an appositive or an aside between commas: "Peskov, the Kremlin spokesman, said";
    // "the spokesman, Dmitry Peskov, said"; "Moscow, meanwhile, said"
    if (word(end - 1) != "," || end - 1 <= lo) return Phrase{};
    std::uint32_t comma2 = end - 1, k = comma2;
    while (k > lo && comma2 - k < 28 && word(k - 1) != "," && toks_[k - 1].kind != TokKind::Quote) --k;
    if (k <= lo || word(k - 1) != ",") return Phrase{};
    std::uint32_t comma1 = k - 1;
    Phrase inner = scan_back(k, skip_parenthesis(k, comma2));
    Phrase outer = scan_back(lo, skip_parenthesis(lo, comma1));
    if (outer.ok() && outer.e != comma1) outer.e = comma1;  // the parenthesis belongs to the phrase
    bool inner_whole = inner.ok() && inner.b == k;
    // "the head of the delegation, Vladimir Medinsky, said": a full name between commas speaks
    // (a title before it may be cut off by its abbreviation point: "Sen. Maria Delgado (D-N.Y.)")
    bool inner_full_name = inner.ok() && inner.b <= k + 2 && inner.kind == PhraseKind::Name &&
                           inner.name_e - inner.name_b >= 2;
    if (inner_full_name && outer.ok() && outer.kind != PhraseKind::Name) {
        inner.title_b = outer.b;
        inner.title_e = outer.e;
        inner.b = outer.b;
        inner.e = comma2;
        return inner;
    }
    if (inner_full_name && (!outer.ok() || outer.e != comma1)) {
        inner.e = comma2;
        return inner;
    }
    if (inner_whole && inner.kind == PhraseKind::Name && outer.kind == PhraseKind::Role) {
        inner.title_b = outer.b;
        inner.title_e = outer.e;
        inner.b = outer.b;
        inner.e = comma2;
        return inner;
    }
    if (!outer.ok() || outer.e != comma1) return Phrase{};  // "…, meanwhile, said": no speaker before the aside
    bool aside = !inner_whole;  // "meanwhile", "56", "who was speaking in Kyiv"
    if (aside) {
        // "Germany, the Kremlin said on Thursday, warning …" is another attribution, not an aside
        bool relative = is(k, "who") || is(k, "which") || is(k, "whose") ||
                        (toks_[k].kind == TokKind::Word && cue_verb(word(k)).frame != CueFrame::None);  // "asked about …"
        // ("voters, candidates have more room to walk away, said Grubbs": a clause with its own
        // verb is what was said, not an aside about the speaker)
        bool inner_relative = false;  // "a lawyer who has advised him": the verb is the relative's
        for (std::uint32_t m = k; m < comma2 && !relative; ++m) {
            if (toks_[m].kind != TokKind::Word) continue;
            inner_relative = inner_relative || is(m, "who") || is(m, "which") || is(m, "that") || is(m, "whose");
            // ("the ambassador to the United States": a capitalised word is a name, not a verb)
            if ((cue_verb(word(m)).frame != CueFrame::None && !toks_[m].upper) ||
                (m > k && !toks_[m].upper && !inner_relative && is_finite_auxiliary(word(m))))
                return Phrase{};
        }
    }
    if (outer.kind == PhraseKind::Name || outer.kind == PhraseKind::Org || aside) {
        if (inner_whole && inner.kind == PhraseKind::Org && outer.kind == PhraseKind::Name && outer.name_e - outer.name_b == 1)
            outer.kind = PhraseKind::Org;  // "Unite, the union," is a body, not a person
        if (inner_whole) {
            outer.title_b = inner.b;
            outer.title_e = inner.e;
        }
        // an aside ("One MP, who did not want to be named, said") is not part of the name
        if (!aside) outer.e = comma2;
        if (outer.name_e == 0) outer.name_e = comma1;
        return outer;
    }
    return Phrase{};
}

}  // namespace whosaid
