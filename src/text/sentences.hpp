// Sentences: split at terminal punctuation outside quotes, aware of abbreviations and initials;
// a line break always ends a sentence.
#pragma once

#include <cstdint>
#include <vector>

#include "quotes.hpp"
#include "tokens.hpp"

namespace whosaid {

struct Sentence {
    std::uint32_t tok_begin = 0, tok_end = 0;  // token range [begin, end)
    std::uint32_t line = 0;
};

std::vector<Sentence> split_sentences(std::string_view text, const Tokenized& tk, const Quotes& q);

}  // namespace whosaid
