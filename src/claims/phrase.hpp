// Speaker phrases: the noun phrase next to a speech verb that names who speaks
// ("Kremlin spokesman Dmitry Peskov", "the ministry", "he", "Scholz’s spokesperson Steffen Hebestreit").
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "lexicon.hpp"
#include "lexicon_ascii.hpp"
#include "tokens.hpp"

namespace whosaid {

enum class PhraseKind : std::uint8_t { None, Pronoun, Name, Role, Org, Document };

struct Phrase {
    PhraseKind kind = PhraseKind::None;
    std::uint32_t b = 0, e = 0;            // tokens [b, e) of the whole phrase
    std::uint32_t name_b = 0, name_e = 0;  // tokens of the proper name inside, if any
    std::uint32_t title_b = 0, title_e = 0;// an appositive role ("the Kremlin spokesman"), if any
    lexicon::Pronoun pronoun = lexicon::Pronoun::None;
    bool ok() const { return kind != PhraseKind::None; }
};

class PhraseReader {
public:
    PhraseReader(std::string_view text, const std::vector<Token>& toks) : text_(text), toks_(toks) {}

    // The phrase that ends right before token `end` (not reaching before `lo`), skipping
    // auxiliaries and adverbs ("has also", "reportedly") and an appositive between commas.
    Phrase before(std::uint32_t lo, std::uint32_t end) const;
    // The phrase starting at token `b` (before `hi`): "said Smith", "according to the Kremlin".
    Phrase after(std::uint32_t b, std::uint32_t hi) const;
    // What the words [b, e) name: a person, an organisation, a role or a document.
    Phrase classify(std::uint32_t b, std::uint32_t e) const;

    std::string_view word(std::uint32_t i) const { return tok_text(text_, toks_[i]); }
    // ASCII case-insensitive; inline, so that a literal's length is known and most words fail
    // on it without a look at their bytes (1.8M calls for 1 MB of news).
    bool is(std::uint32_t i, std::string_view w) const {
        const Token& t = toks_[i];
        return t.end - t.start == w.size() && ascii::iequals(tok_text(text_, t), w);
    }
    const Token& tok(std::uint32_t i) const { return toks_[i]; }

    bool name_word(std::uint32_t i) const;
    bool role_word(std::uint32_t i) const;
    bool determiner(std::uint32_t i) const;  // the, a, an, one, another, several, ...
    bool proper(std::uint32_t i) const;      // a capitalised known body, place or outlet
    bool describes_name(std::uint32_t i) const;  // "strategist" in "Democratic strategist Simon Rosenberg"
    bool abbreviated_title(std::uint32_t i) const;  // the point of "Mr." or "Sen." before a name
    bool aside_dash(std::uint32_t i) const;  // a dash, or a hyphen typed with spaces around it ("Ann Roe - his co-host - told")

private:
    std::uint32_t skip_parenthesis(std::uint32_t lo, std::uint32_t end) const;
    Phrase scan_back(std::uint32_t lo, std::uint32_t end) const;
    Phrase home_town(std::uint32_t lo, Phrase p) const;

    std::string_view text_;
    const std::vector<Token>& toks_;
};

bool is_possessive(std::string_view w);  // Scholz’s, Putin's
bool is_dash_word(std::string_view w);   // an em or en dash, or "--", standing alone

}  // namespace whosaid
