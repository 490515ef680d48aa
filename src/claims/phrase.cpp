#include "phrase.hpp"

#include "lexicon_ascii.hpp"
#include "lexicon_calendar.hpp"

namespace whosaid {

using namespace lexicon;

bool is_dash_word(std::string_view w) { return w == "\xE2\x80\x94" || w == "\xE2\x80\x93" || w == "--"; }

bool is_possessive(std::string_view w) {
    auto ends = [&](std::string_view suf) { return w.size() > suf.size() && w.substr(w.size() - suf.size()) == suf; };
    return ends("'s") || ends("\xE2\x80\x99s") || ends("'S");
}

bool PhraseReader::name_word(std::uint32_t i) const {
    const Token& t = toks_[i];
    return (t.kind == TokKind::Word && t.upper) || (t.kind == TokKind::Word && word(i) == "U.S");
}

bool PhraseReader::role_word(std::uint32_t i) const {
    const Token& t = toks_[i];
    if (t.kind != TokKind::Word) return false;
    using C = lexicon::SpeakerClasses;
    const C c = lexicon::speaker_classes(word(i));  // one lookup for the eight tables
    if (c.any(C::kRoleNoun | C::kOrgHead | C::kTitle | C::kDocument)) return true;
    // proper-noun tables count only when capitalised: "who" is not the WHO, "us" not the US
    return t.upper && c.any(C::kNationality | C::kMedia | C::kKnownOrg | C::kPlace);
}

bool PhraseReader::determiner(std::uint32_t i) const { return is_determiner(word(i)); }

// The point of "Mr." or "Sen." before a name, or of a middle initial ("Kevin D. Williamson").
bool PhraseReader::abbreviated_title(std::uint32_t i) const {
    if (i == 0 || toks_[i].kind != TokKind::Punct || word(i) != "." || toks_[i].space_before) return false;
    const Token& w = toks_[i - 1];
    if (w.kind != TokKind::Word || !w.upper) return false;
    if (is_title(word(i - 1)) && is_abbreviation(word(i - 1))) return true;
    // an initial between two names
    if (w.end - w.start == 1 && i >= 2 && i + 1 < toks_.size() && name_word(i - 2) && name_word(i + 1) &&
        toks_[i + 1].line == w.line)
        return true;
    // initials opening a name: "J.M. Berger", "C. Stewart Verdery" (a lone letter needs two names after it)
    bool dotted = is_dotted_initials(word(i - 1));
    bool next_names = i + 1 < toks_.size() && name_word(i + 1) && toks_[i + 1].line == w.line;
    if (dotted && next_names) return true;
    return w.end - w.start == 1 && next_names && i + 2 < toks_.size() && name_word(i + 2) && toks_[i + 2].line == w.line;
}

// A lower-case word that can stand between a modifier and a name ("strategist", "software"):
// no function word, adverb, verb of speech, auxiliary or pronoun.
bool PhraseReader::describes_name(std::uint32_t i) const {
    std::string_view w = word(i);
    return !is_lower_function_word(w) && !is_sentence_adverb(w) && cue_verb(w).frame == CueFrame::None &&
           !is_auxiliary(w) && pronoun(w) == Pronoun::None;
}

bool PhraseReader::proper(std::uint32_t i) const {
    using C = lexicon::SpeakerClasses;
    return toks_[i].upper && lexicon::speaker_classes(word(i)).any(C::kKnownOrg | C::kPlace | C::kMedia);
}

// Decides what a span of words names: a person, an organisation, a role, a document.
Phrase PhraseReader::classify(std::uint32_t b, std::uint32_t e) const {
    Phrase p;
    p.b = b;
    p.e = e;
    if (b >= e) return p;
    // drop capitalised sentence openers that are not names ("Meanwhile", "Yesterday")
    while (b < e && toks_[b].upper && is_sentence_adverb(word(b)) && !is(b, "the") && !is(b, "a") && !is(b, "an")) ++b;
    if (b >= e) return p;
    p.b = b;
    {   // "The", "A": a determiner alone names nobody; "We", "Nobody" opening a sentence are no names
        bool only_determiners = true;
        for (std::uint32_t i = b; i < e && only_determiners; ++i) only_determiners = determiner(i);
        if (only_determiners) return Phrase{};
        // "Wednesday", "September", "Eight years ago": a time or a count names nobody
        bool only_times = true;
        for (std::uint32_t i = b; i < e && only_times; ++i)
            only_times = toks_[i].kind == TokKind::Word && (is_time_word(word(i)) || is_number_word(word(i)) || determiner(i));
        if (only_times) return Phrase{};
        if (e - b == 1 && (pronoun(word(b)) != Pronoun::None || is(b, "you") || is_indefinite_pronoun(word(b)) ||
                           is(b, "this") || is(b, "there")))
            return Phrase{};
    }
    // "Halden & Reyes", "the engineering firm Marks & Spencer": an ampersand joins a firm's name
    for (std::uint32_t i = b + 1; i + 1 < e; ++i)
        if (word(i) == "&" && toks_[i - 1].upper && toks_[i + 1].upper) {
            std::uint32_t nb2 = i - 1;
            while (nb2 > b && name_word(nb2 - 1) && !is_title(word(nb2 - 1))) --nb2;
            p.kind = PhraseKind::Org;
            p.name_b = nb2;
            p.name_e = e;
            return p;
        }
    // "spokeswoman for the ministry", "Ian Bond of the Centre for European Reform": the head comes
    // before of/for; but in "Secretary of State Antony Blinken" the title runs through it.
    std::uint32_t head_e = e;
    for (std::uint32_t i = b + 1; i < e; ++i)
        if (is(i, "of") || is(i, "for") || is(i, "at")) {
            head_e = i;
            break;
        }
    if (head_e < e && (is_title(word(head_e - 1)) || !name_word(head_e - 1))) {
        std::uint32_t k = e;
        while (k > head_e && name_word(k - 1) && !is_title(word(k - 1)) && !is_org_head(word(k - 1))) --k;
        if (k < e && e - k >= 2 && toks_[head_e - 1].upper) head_e = e;  // a name closes the phrase
    }
    // The proper name is the last run of capitalised words that are not titles or organisation
    // words: "Russian President Vladimir Putin" -> "Vladimir Putin".
    std::uint32_t ne = head_e;
    while (ne > b && !name_word(ne - 1)) --ne;
    const std::uint32_t ne_full = ne;  // before post-nominals are cut
    // "Joseph R. Biden Jr": a generation suffix after a surname, however short the name before it
    if (ne > b + 1 && name_word(ne - 2) && (is(ne - 1, "jr") || is(ne - 1, "sr"))) --ne;
    // post-nominals are no part of the surname: "Anna Kerr KC", "Jane Doe MP", "Martin Luther King Jr"
    while (ne > b + 2 && name_word(ne - 2) && name_word(ne - 3) && !determiner(ne - 3) && !determiner(ne - 2) &&
           !is_title(word(ne - 2)) && !is_nationality(word(ne - 2)) &&
           (is(ne - 1, "kc") || is(ne - 1, "qc") || is(ne - 1, "mp") || is(ne - 1, "mep") || is(ne - 1, "msp") ||
            is(ne - 1, "obe") || is(ne - 1, "cbe") || is(ne - 1, "mbe") || is(ne - 1, "jr") || is(ne - 1, "sr") ||
            is(ne - 1, "iii") || is(ne - 1, "ii") || is(ne - 1, "phd")))
        --ne;
    std::uint32_t nb = ne;
    while (nb > b && name_word(nb - 1) && !is_title(word(nb - 1)) && !is_nationality(word(nb - 1)) &&
           !is_role_noun(word(nb - 1)) && !(is_org_head(word(nb - 1)) && nb - 1 > b)) {
        --nb;
        // "Ursula von der Leyen": particles between a first name and the surname
        std::uint32_t k = nb;
        while (k > b && nb - k < 2 && !toks_[k - 1].upper && is_name_particle(word(k - 1))) --k;
        if (k < nb && k > b && name_word(k - 1) && !is_title(word(k - 1)) && !is_role_noun(word(k - 1))) nb = k;
    }
    std::string_view last = ne > b ? word(ne - 1) : std::string_view{};
    bool org = false, document = false, role = false;
    for (std::uint32_t i = b; i < head_e; ++i) {
        using C = lexicon::SpeakerClasses;
        const C c = lexicon::speaker_classes(word(i));
        if (c.any(C::kOrgHead) || (toks_[i].upper && c.any(C::kKnownOrg | C::kPlace | C::kMedia))) org = true;  // or proper(i)
        if (c.any(C::kDocument)) document = true;
        if (c.any(C::kRoleNoun)) role = true;
    }
    // "the Office for National Statistics", "the Ministry of Defence": a capitalised body with its complement
    if (head_e < e && toks_[head_e - 1].upper && is_org_head(word(head_e - 1))) {
        p.kind = PhraseKind::Org;
        p.name_b = b;
        while (p.name_b < e && determiner(p.name_b)) ++p.name_b;
        p.name_e = e;
        return p;
    }
    std::string_view head = word(head_e - 1);
    std::uint32_t head_i = head_e - 1;
    bool head_is_name = ne_full == head_e && nb < ne;
    if (head_is_name) {
        bool head_org = is_org_head(head) || proper(head_i);
        // "the State Department", "Downing Street", "Moscow": organisations; "Dmitry Peskov": a person.
        if ((head_org || (nb == ne - 1 && proper(ne - 1))) && head_e == e) {
            p.kind = PhraseKind::Org;
            p.name_b = b;
            while (p.name_b < e && (is(p.name_b, "the") || is(p.name_b, "a") || is(p.name_b, "an"))) ++p.name_b;
            p.name_e = e;
            return p;
        }
        if (is_possessive(word(ne - 1))) return Phrase{};
        bool times = true;  // "an interview Wednesday": the capitalised words are a date
        for (std::uint32_t i = nb; i < ne && times; ++i) times = is_time_word(word(i)) || is_number_word(word(i));
        if (times) return Phrase{};
        p.kind = PhraseKind::Name;
        p.name_b = nb;
        p.name_e = ne;
        return p;
    }
    if (is_document(head)) {
        p.kind = PhraseKind::Document;  // "the Kremlin statement", "a tweet": the org inside, if any
        return p;
    }
    if (is_role_noun(head) && !is_org_head(head)) {
        p.kind = PhraseKind::Role;
        return p;
    }
    if (is_org_head(head) || proper(head_i) || (is_media(head) && toks_[head_i].upper)) {
        p.kind = PhraseKind::Org;
        p.name_b = b;
        while (p.name_b < e && (is(p.name_b, "the") || is(p.name_b, "a") || is(p.name_b, "an"))) ++p.name_b;
        p.name_e = e;
        return p;
    }
    if (is_role_noun(head) || role) {
        p.kind = PhraseKind::Role;
        return p;
    }
    // "a New Hampshire Republican", "an Ohio Democrat": a title word as the head names a member
    // ("the Wisconsin Republican" too, with its place: "the Democratic" alone is an adjective)
    if (is_title(head) && head_e == e && e - b >= 2 && (is(b, "a") || is(b, "an") || (is(b, "the") && e - b >= 3 && toks_[head_i].upper))) {
        p.kind = PhraseKind::Role;
        return p;
    }
    (void)org;
    (void)document;
    (void)last;
    return Phrase{};
}

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
               !is_auxiliary(word(k - 1)) && cue_verb(word(k - 1)).frame == CueFrame::None && !is(k - 1, "and") &&
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
    if (is_dash_word(word(end - 1))) {
        std::uint32_t k = end - 1;
        while (k > lo && end - k < 28 && !is_dash_word(word(k - 1)) && toks_[k - 1].kind != TokKind::Quote) --k;
        if (k > lo + 1 && is_dash_word(word(k - 1))) {
            Phrase outer = scan_back(lo, k - 1);
            if (outer.ok() && outer.e == k - 1 && outer.kind != PhraseKind::Document) return outer;
        }
        return Phrase{};
    }
    if (toks_[end - 1].kind == TokKind::Word) {
        Pronoun pr = pronoun(word(end - 1));
        if (pr != Pronoun::None && pr != Pronoun::I && pr != Pronoun::We) {
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

Phrase PhraseReader::after(std::uint32_t b, std::uint32_t hi) const {
    std::uint32_t i = b;
    if (i < hi && toks_[i].kind == TokKind::Word && (is(i, "him") || is(i, "her") || is(i, "them")) &&
        (i + 1 >= hi || toks_[i + 1].kind != TokKind::Word)) {
        // "according to him, …"
        Phrase p;
        p.kind = PhraseKind::Pronoun;
        p.b = i;
        p.e = i + 1;
        p.pronoun = is(i, "him") ? Pronoun::He : is(i, "her") ? Pronoun::She : Pronoun::They;
        return p;
    }
    if (i < hi && toks_[i].kind == TokKind::Word) {
        Pronoun pr = pronoun(word(i));
        if (pr == Pronoun::He || pr == Pronoun::She || pr == Pronoun::They || pr == Pronoun::It) {
            Phrase p;
            p.kind = PhraseKind::Pronoun;
            p.b = i;
            p.e = i + 1;
            p.pronoun = pr;
            return p;
        }
    }
    while (i < hi && determiner(i) && i < b + 2) ++i;
    // "local officials", "unnamed US sources": lower-case modifiers before a role word
    {
        std::uint32_t k = i;
        while (k < hi && k < i + 3 && toks_[k].kind == TokKind::Word && !toks_[k].upper && !role_word(k) &&
               !is(k, "of") && !is(k, "for") && !is(k, "that"))
            ++k;
        if (k > i && k < hi && toks_[k].kind == TokKind::Word && role_word(k) && !toks_[k].upper) i = k;
    }
    // "Navy 1st Lt. Dana Miller": an ordinal is part of the rank that follows it
    auto ranked_ordinal = [&](std::uint32_t k) {
        std::string_view w = word(k);
        return toks_[k].kind == TokKind::Number && k + 1 < hi && is_title(word(k + 1)) &&
               (ascii::ends_with(w, "st") || ascii::ends_with(w, "nd") || ascii::ends_with(w, "rd") || ascii::ends_with(w, "th"));
    };
    while (i < hi && (toks_[i].kind == TokKind::Word || word(i) == "&" || abbreviated_title(i) || ranked_ordinal(i))) {
        if (ranked_ordinal(i) || (abbreviated_title(i) && i + 1 < hi && (name_word(i + 1) || is(i + 1, "and")))) {
            ++i;
            continue;
        }
        // ("told the National Post he’s …": a pronoun's contraction opens the clause, it owns nothing)
        if (name_word(i) || role_word(i) || (is_possessive(word(i)) && pronoun(word(i)) == Pronoun::None)) {
            ++i;
            continue;
        }
        // "Minister of Roads and Urban Development Hossein Amirabadi": "and" inside a capitalised complement
        if ((is(i, "and") || word(i) == "&") && i > b && i + 1 < hi && toks_[i - 1].upper && toks_[i + 1].upper &&
            toks_[i + 1].kind == TokKind::Word) {
            bool inside_complement = word(i) == "&";  // "Halden & Reyes" is one firm
            for (std::uint32_t m = i; m > b && m + 4 > i; --m)
                if (is(m - 1, "of") || is(m - 1, "for")) inside_complement = true;
            if (inside_complement) {
                ++i;
                continue;
            }
        }
        // "said former Ohio Gov. and party chairman Ed Rendell": two titles joined before the name
        if (is(i, "and") && i > b && (word(i - 1) == "." || is_title(word(i - 1)) || is_role_noun(word(i - 1)))) {
            std::uint32_t j = i + 1;
            while (j < hi && j < i + 7 && toks_[j].kind == TokKind::Word && !name_word(j)) ++j;
            if (j < hi && j + 1 < hi && name_word(j) && name_word(j + 1) && toks_[j].kind == TokKind::Word) {
                ++i;
                continue;
            }
        }
        // "Pierre de Vos", "Ursula von der Leyen": a particle inside a name
        // ("said Sean Spicer in a tweet": "in a" are no particles)
        if (i > b && name_word(i - 1) && !toks_[i].upper && is_name_particle(word(i))) {
            std::uint32_t j = i;
            while (j < hi && j < i + 2 && toks_[j].kind == TokKind::Word && !toks_[j].upper && is_name_particle(word(j))) ++j;
            if (j < hi && toks_[j].kind == TokKind::Word && toks_[j].upper && toks_[j].space_before) {
                i = j;
                continue;
            }
        }
        // "Democratic strategist Simon Rosenberg", "Ohio software executive Dana Miller": up to three
        // lower-case words between a modifier and the name describe the person named
        if (i > b) {
            std::uint32_t j = i;
            // ("hackers backing embattled President …", "shrugged off Trump's comments" are clauses: a
            // verb form or a particle in a longer run ends the description)
            bool verbal = false;
            for (; j < hi && j < i + 3 && toks_[j].kind == TokKind::Word && !toks_[j].upper && describes_name(j); ++j) {
                std::string_view v = word(j);
                bool hyphenated = v.find('-') != std::string_view::npos;
                verbal = verbal || v.size() < 4 || (!hyphenated && (ascii::ends_with(v, "ing") || ascii::ends_with(v, "ed")));
            }
            // (one word alone may end in "-ing": "ranking Democrat Elijah Cummings"; a short word or a
            // past form is a verb between two names: "Ross met Hale", "Ross backed Hale")
            std::string_view one = j == i + 1 ? word(i) : std::string_view{};
            bool past = one.size() < 4 || (ascii::ends_with(one, "ed") && one.find('-') == std::string_view::npos);
            if (j > i && j < hi && toks_[j].kind == TokKind::Word && name_word(j) && (j == i + 1 ? !past : !verbal)) {
                i = j;
                continue;
            }
        }
        // chains: "spokesman for the ministry", "head of the Russian delegation"
        if ((is(i, "of") || is(i, "for")) && i + 1 < hi && i > b) {
            std::uint32_t j = i + 1;
            if (j < hi && (is(j, "the") || is(j, "a") || is(j, "an"))) ++j;
            if (j < hi && toks_[j].kind == TokKind::Word && (name_word(j) || role_word(j))) {
                i = j;
                continue;
            }
        }
        break;
    }
    Phrase p = classify(b, i);
    if (!p.ok()) return p;
    // an appositive after the name: "said Dmitry Peskov, the Kremlin spokesman"
    return p;
}

}  // namespace whosaid
