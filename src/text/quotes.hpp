// Pairs quote marks into quoted spans: a stack per paragraph, tolerant of mismatched pairs
// (« … ”), of quotes reopened on each paragraph of a long quotation, and of a quote left
// open at the end of a paragraph.
#pragma once

#include <cstdint>
#include <vector>

#include "tokens.hpp"
#include "whosaid/whosaid.hpp"

namespace whosaid {

inline constexpr std::uint32_t kNoToken = 0xFFFFFFFFu;

struct Quote {
    std::uint32_t open_tok = kNoToken;   // the opening mark
    std::uint32_t close_tok = kNoToken;  // the closing mark; kNoToken when left open at a paragraph end
    std::uint32_t last_tok = 0;          // last token inside the quote (the closing mark if any)
    std::vector<Span> parts;             // quoted text per paragraph, without the marks (bytes)
    std::uint32_t words = 0;             // words inside, a hint of scare quotes vs. speech
};

struct Quotes {
    std::vector<Quote> quotes;           // outermost quotes only, in text order
    std::vector<std::int32_t> owner;     // per token: index of the outermost quote holding it, or -1
};

Quotes pair_quotes(std::string_view text, const Tokenized& tk);

}  // namespace whosaid
