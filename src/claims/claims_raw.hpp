// A claim as the claim passes find it (claims_reader.hpp) and hand it on (claims.hpp): its
// speaker still a phrase as written, which speakers.cpp turns into a person or a body.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "phrase.hpp"
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
    bool question = false;           // a question an unnamed asker put: no later quotation inherits it
};

}  // namespace whosaid
