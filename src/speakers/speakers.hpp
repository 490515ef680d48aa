// Speakers: the claims' speaker phrases clustered into people and organisations. Surnames join
// full names, titles are stripped, misspellings join when the first name agrees ("Olaf Schultz"),
// role phrases ("the Russian President") bind to the person the article introduces with that role,
// pronouns take the nearest compatible speaker.
#pragma once

#include <vector>

#include "claims.hpp"
#include "sentences.hpp"
#include "tokens.hpp"
#include "whosaid/whosaid.hpp"

namespace whosaid {

// Fills `speakers` and returns, per raw claim, the index of its speaker or -1.
// `q` tells which tokens are quoted: a name inside a quotation is no antecedent for "he said".
std::vector<int> resolve_speakers(std::string_view text, const Tokenized& tk, const Quotes& q, const std::vector<bool>& skip_line,
                                  const std::vector<RawClaim>& claims, std::vector<Speaker>& speakers);

}  // namespace whosaid
