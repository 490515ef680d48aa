// Boilerplate: whole lines that are page furniture, not story (teasers, credits, prompts,
// navigation, bylines), judged line by line from named prefixes and shapes.
#pragma once

#include <string>
#include <vector>

#include "tokens.hpp"

namespace whosaid {

// Returns, per line, the reason it is boilerplate ("teaser", "credit", ...) or "" for story text.
std::vector<std::string> classify_lines(std::string_view text, const Tokenized& tk);

}  // namespace whosaid
