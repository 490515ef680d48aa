// PhraseReader::after: the speaker phrase that opens right after a cue or a preposition
// ("said Smith", "according to the ministry").
#include "phrase.hpp"

#include "lexicon_ascii.hpp"

namespace whosaid {

using namespace lexicon;

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
        // (a determiner opens another phrase: "the clerks met the voters" is a clause)
        while (k < hi && k < i + 3 && toks_[k].kind == TokKind::Word && !toks_[k].upper && !role_word(k) &&
               !is(k, "of") && !is(k, "for") && !is(k, "that") && !determiner(k))
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
