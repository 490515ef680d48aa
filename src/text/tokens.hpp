// Tokens of an article: words, numbers, punctuation, quote marks and line breaks, each with
// its byte span. One left-to-right pass; no regex.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace whosaid {

enum class TokKind : std::uint8_t { Word, Number, Punct, Quote, LineBreak };

// Quote marks, grouped by what they can do. Curly and angle marks say which side they
// belong to; straight marks only tell through their neighbours (CommonMark's flanking idea).
enum class QuoteMark : std::uint8_t {
    None,
    Straight2,   // "
    Straight1,   // '
    Left2,       // “  (also closes „…“ in German style)
    Right2,      // ”
    Low2,        // „
    Left1,       // ‘
    Right1,      // ’  (apostrophes inside words are part of the word)
    Low1,        // ‚
    GuilLeft2,   // «
    GuilRight2,  // »
    GuilLeft1,   // ‹
    GuilRight1,  // ›
};

// 16 bytes (was 20 with three whole bools): about one token per 5 bytes of text, so tokens
// are the core's largest table after the text itself.
struct Token {
    std::uint32_t start = 0, end = 0;  // bytes
    std::uint32_t line = 0;            // index of the text line (paragraph) the token is on
    TokKind kind = TokKind::Word;
    QuoteMark mark = QuoteMark::None;
    bool space_before : 1;             // whitespace (or start of line) right before
    bool space_after : 1;              // whitespace (or end of line) right after
    bool upper : 1;                    // word starting with an upper-case letter
    Token() : space_before(false), space_after(false), upper(false) {}
};
static_assert(sizeof(Token) == 16, "Token should stay compact");

struct Line {
    std::uint32_t start = 0, end = 0;  // bytes, without the line break
    std::uint32_t tok_begin = 0, tok_end = 0;
};

struct Tokenized {
    std::vector<Token> tokens;
    std::vector<Line> lines;
};

Tokenized tokenize(std::string_view text);

bool is_double(QuoteMark m);
inline std::string_view tok_text(std::string_view text, const Token& t) {
    return text.substr(t.start, t.end - t.start);
}

}  // namespace whosaid
