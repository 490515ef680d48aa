// Claims: ordered passes over each sentence that tie quoted and reported speech to a cue and a
// speaker phrase. Speakers are still phrases here; speakers.cpp turns them into people and bodies.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "phrase.hpp"
#include "quotes.hpp"
#include "sentences.hpp"
#include "tokens.hpp"
#include "whosaid/whosaid.hpp"

namespace whosaid {

struct RawClaim {
    std::vector<Span> parts;         // bytes, in order
    Span cue;                        // bytes, may be empty
    ClaimKind kind = ClaimKind::Indirect;
    Phrase speaker;                  // who, as written; kind None when inherited or unknown
    std::int32_t inherit = -1;       // else: take the speaker of this earlier claim
    std::string via;                 // relay channel, as written
    double confidence = 0.5;
    std::uint32_t first_tok = 0;     // where the claim's text begins (for ordering and context)
    std::uint32_t line = 0;
};

// `skip_line[i]` marks lines (boilerplate) that hold no claims.
std::vector<RawClaim> find_claims(std::string_view text, const Tokenized& tk, const Quotes& q,
                                  const std::vector<Sentence>& sentences, const std::vector<bool>& skip_line);

}  // namespace whosaid
