// PhraseReader's word classes and classify(): what kind of speaker phrase (name, role, body,
// document, pronoun) a span of tokens is. Reading a phrase off a cue: phrase_before.cpp, phrase_after.cpp.
#include "phrase.hpp"

namespace whosaid {

using namespace lexicon;

bool is_dash_word(std::string_view w) { return w == "\xE2\x80\x94" || w == "\xE2\x80\x93" || w == "--" || w == "---"; }

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

// A dash closing or opening an aside. A hyphen counts only with spaces on both sides, the way a
// dash is typed without its key ("Ann Roe - a co-host on his show - told"); "co-host" has none.
bool PhraseReader::aside_dash(std::uint32_t i) const {
    if (is_dash_word(word(i))) return true;
    return word(i) == "-" && toks_[i].kind == TokKind::Punct && toks_[i].space_before && i + 1 < toks_.size() &&
           toks_[i + 1].space_before;
}

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

}  // namespace whosaid
