#include "tokens.hpp"

namespace whosaid {
namespace {

struct Cp {
    std::uint32_t cp;
    std::uint32_t len;
};

// Decodes one code point of valid UTF-8 (the text was repaired before).
inline Cp decode(std::string_view s, std::size_t i) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) return {b, 1};
    auto cont = [&](std::size_t k) { return i + k < s.size() ? (static_cast<unsigned char>(s[i + k]) & 0x3F) : 0u; };
    if (b < 0xE0) return {((b & 0x1Fu) << 6) | cont(1), 2};
    if (b < 0xF0) return {((b & 0x0Fu) << 12) | (cont(1) << 6) | cont(2), 3};
    return {((b & 0x07u) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3), 4};
}

inline bool is_line_break(std::uint32_t c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85; }

inline bool is_space(std::uint32_t c) {
    return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == 0xA0 || (c >= 0x2000 && c <= 0x200B) ||
           c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF || c == 0x1680 || c == 0;
}

QuoteMark quote_mark(std::uint32_t c) {
    switch (c) {
        case '"': return QuoteMark::Straight2;
        case '\'': return QuoteMark::Straight1;
        case 0x201C: return QuoteMark::Left2;
        case 0x201D: return QuoteMark::Right2;
        case 0x201E: return QuoteMark::Low2;
        case 0x2018: return QuoteMark::Left1;
        case 0x2019: return QuoteMark::Right1;
        case 0x201A: return QuoteMark::Low1;
        case 0x00AB: return QuoteMark::GuilLeft2;
        case 0x00BB: return QuoteMark::GuilRight2;
        case 0x2039: return QuoteMark::GuilLeft1;
        case 0x203A: return QuoteMark::GuilRight1;
        default: return QuoteMark::None;
    }
}

inline bool is_ascii_letter(std::uint32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool is_digit(std::uint32_t c) { return c >= '0' && c <= '9'; }

// Letters: ASCII letters and, lacking Unicode tables in a locale-free core, every non-ASCII
// code point that is not punctuation, a symbol, a space or a quote mark.
inline bool is_letter(std::uint32_t c) {
    if (c < 0x80) return is_ascii_letter(c);
    if (c >= 0x2000 && c <= 0x2BFF) return false;   // general punctuation, symbols, arrows
    if (c >= 0x3000 && c <= 0x303F) return false;   // CJK punctuation
    if (c >= 0xFE30 && c <= 0xFE4F) return false;
    if (c >= 0xFF00 && c <= 0xFF0F) return false;
    if (c == 0xA0 || c == 0xAB || c == 0xBB || c == 0xA9 || c == 0xAE || c == 0xB7 || c == 0xBF ||
        c == 0xA1 || c == 0xA7 || c == 0xB6 || c == 0xB0 || c == 0xD7 || c == 0xF7 || c == 0xFFFD ||
        c == 0xFEFF)
        return false;
    return c >= 0xC0 || (c >= 0x100);
}

// ASCII letters and digits, the bytes that make most of a word: a word's inner loop takes them
// a byte at a time without decoding (tokenize was 7% of a native run).
struct AsciiWordBytes {
    bool in[128] = {};
    constexpr AsciiWordBytes() {
        for (unsigned c = '0'; c <= '9'; ++c) in[c] = true;
        for (unsigned c = 'a'; c <= 'z'; ++c) in[c] = in[c - 0x20] = true;
    }
};
constexpr AsciiWordBytes kAsciiWordBytes;

inline bool is_upper_start(std::uint32_t c) {
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x0410 && c <= 0x042F);
}

}  // namespace

bool is_double(QuoteMark m) {
    return m == QuoteMark::Straight2 || m == QuoteMark::Left2 || m == QuoteMark::Right2 || m == QuoteMark::Low2 ||
           m == QuoteMark::GuilLeft2 || m == QuoteMark::GuilRight2;
}

Tokenized tokenize(std::string_view s) {
    Tokenized out;
    out.tokens.reserve(s.size() / 3 + 16);  // about one token per 4-5 bytes of news text
    std::uint32_t line = 0;
    std::uint32_t line_start = 0;
    bool space = true;  // start of text counts as space
    std::size_t i = 0;
    auto close_line = [&](std::uint32_t end) {
        out.lines.push_back(Line{line_start, end, out.lines.empty() ? 0 : out.lines.back().tok_end,
                                 static_cast<std::uint32_t>(out.tokens.size())});
    };
    auto mark_space_after = [&]() {
        if (!out.tokens.empty() && out.tokens.back().line == line) out.tokens.back().space_after = true;
    };
    while (i < s.size()) {
        if (s[i] == ' ') {  // the commonest byte of all, as is_space() below reads it
            mark_space_after();
            space = true;
            ++i;
            continue;
        }
        const unsigned char b0 = static_cast<unsigned char>(s[i]);
        // An ASCII letter or digit opens a word: none of the breaks, tags or spaces below.
        const bool ascii_word = b0 < 0x80 && kAsciiWordBytes.in[b0];
        Cp c = ascii_word ? Cp{b0, 1} : decode(s, i);
        if (!ascii_word && is_line_break(c.cp)) {
            mark_space_after();
            close_line(static_cast<std::uint32_t>(i));
            std::size_t len = c.len;
            if (c.cp == '\r' && i + 1 < s.size() && s[i + 1] == '\n') len = 2;
            i += len;
            ++line;
            line_start = static_cast<std::uint32_t>(i);
            space = true;
            continue;
        }
        // Markup pasted as text ("<b>", "</p>", "<img …>") is read as nothing: the words around it
        // still pair their quotes and meet their cues. Only a tag closed on the same line counts.
        if (!ascii_word && c.cp == '<' && i + 1 < s.size() &&
            (is_ascii_letter(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '/' || s[i + 1] == '!')) {
            std::size_t k = i + 1;
            while (k < s.size() && k - i < 512 && s[k] != '>' && s[k] != '\n' && s[k] != '<') ++k;
            if (k < s.size() && s[k] == '>') {
                i = k + 1;
                continue;
            }
        }
        if (!ascii_word && is_space(c.cp)) {
            mark_space_after();
            space = true;
            i += c.len;
            continue;
        }
        Token t;
        t.start = static_cast<std::uint32_t>(i);
        t.line = line;
        t.space_before = space;
        space = false;
        if (ascii_word || is_letter(c.cp) || is_digit(c.cp)) {
            t.kind = is_digit(c.cp) ? TokKind::Number : TokKind::Word;
            t.upper = is_upper_start(c.cp);
            std::size_t j = i + c.len;
            // A word runs over letters and digits, and over ' ’ - . when a letter or digit follows
            // (Scholz’s, business-like, U.S, 3.5).
            while (j < s.size()) {
                const unsigned char b = static_cast<unsigned char>(s[j]);
                if (b < 0x80 && kAsciiWordBytes.in[b]) {
                    ++j;
                    continue;
                }
                Cp d = decode(s, j);
                if (is_letter(d.cp) || is_digit(d.cp)) {
                    j += d.len;
                    continue;
                }
                bool joiner = d.cp == '\'' || d.cp == 0x2019 || d.cp == '-' || d.cp == 0x2010 || d.cp == '.' ||
                              d.cp == ',' || d.cp == 0xAD;
                if (!joiner || j + d.len >= s.size()) break;
                if (d.cp == ',' && t.kind != TokKind::Number) break;
                Cp e = decode(s, j + d.len);
                bool next_ok = (d.cp == ',' || d.cp == '.') && t.kind == TokKind::Number ? is_digit(e.cp)
                                                                                       : (is_letter(e.cp) || is_digit(e.cp));
                // an apostrophe before a capital joins only O’Brien, D’Souza: "interests’Kremlin" is two words
                if (next_ok && (d.cp == '\'' || d.cp == 0x2019) && is_upper_start(e.cp) && j - t.start > 1) next_ok = false;
                // a point before a capital after a lower-case letter ends a sentence with its space
                // lost ("said.Trump"); "U.S", "e.g" and "3.5" still join
                if (next_ok && d.cp == '.' && is_upper_start(e.cp) && j - t.start > 1 &&
                    static_cast<unsigned char>(s[j - 1]) >= 'a' && static_cast<unsigned char>(s[j - 1]) <= 'z')
                    next_ok = false;
                if (!next_ok) break;
                j += d.len + e.len;
            }
            // Keep a trailing "." in initials and abbreviations such as "U.S." handled by sentences.
            t.end = static_cast<std::uint32_t>(j);
            i = j;
        } else {
            t.mark = quote_mark(c.cp);
            std::size_t len = c.len;
            // Two apostrophes or two backticks stand for a double quotation mark in text that
            // went through ASCII (wire archives, PTB-style corpora, typewritten copy): one mark.
            if ((c.cp == '\'' || c.cp == '`') && i + 1 < s.size() && s[i + 1] == s[i]) {
                t.mark = c.cp == '`' ? QuoteMark::Left2 : QuoteMark::Straight2;
                len = 2;
            }
            // "--" is the typewritten dash ("the minister -- who … -- said"): one token, as "—" is.
            if (c.cp == '-' && i + 1 < s.size() && s[i + 1] == '-') len = i + 2 < s.size() && s[i + 2] == '-' ? 3 : 2;
            t.kind = t.mark != QuoteMark::None ? TokKind::Quote : TokKind::Punct;
            t.end = static_cast<std::uint32_t>(i + len);
            i += len;
        }
        out.tokens.push_back(t);
    }
    mark_space_after();
    close_line(static_cast<std::uint32_t>(s.size()));
    return out;
}

}  // namespace whosaid
