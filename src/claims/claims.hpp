// Claims: ordered passes over each sentence that tie quoted and reported speech to a cue and a
// speaker phrase. Speakers are still phrases here; speakers.cpp turns them into people and bodies.
#pragma once

#include <string_view>
#include <vector>

#include "claims_raw.hpp"
#include "quotes.hpp"
#include "sentences.hpp"
#include "tokens.hpp"

namespace whosaid {

// `skip_line[i]` marks lines (boilerplate) that hold no claims.
std::vector<RawClaim> find_claims(std::string_view text, const Tokenized& tk, const Quotes& q,
                                  const std::vector<Sentence>& sentences, const std::vector<bool>& skip_line);

}  // namespace whosaid
