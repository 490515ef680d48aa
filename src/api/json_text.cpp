#include "json_text.hpp"

#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>

// Only nlohmann's float printer (a free function template): no basic_json is instantiated.
#include <nlohmann/json.hpp>

#include "utf16.hpp"

namespace whosaid {
namespace {

// Whether any of the 8 bytes of `w` is not plain printable ASCII other than " and \ (a byte
// >= 0x80, < 0x20, '"' or '\\'): exact as a yes/no, by the has-zero-byte bit trick.
inline bool needs_a_look(std::uint64_t w) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
    if (w & kHigh) return true;
    auto has_zero = [](std::uint64_t v) { return ((v - kOnes) & ~v & kHigh) != 0; };
    const bool control = ((w - 0x20 * kOnes) & ~w & kHigh) != 0;  // a byte < 0x20 (all bytes < 0x80 here)
    return control || has_zero(w ^ ('"' * kOnes)) || has_zero(w ^ ('\\' * kOnes));
}

// One byte that JSON escapes (" \ or a control) at p, as nlohmann writes it; returns the end.
char* escape_byte(char* p, unsigned char b) {
    static const char kHex[] = "0123456789abcdef";
    *p++ = '\\';
    switch (b) {
        case '"': *p++ = '"'; break;
        case '\\': *p++ = '\\'; break;
        case '\b': *p++ = 'b'; break;
        case '\f': *p++ = 'f'; break;
        case '\n': *p++ = 'n'; break;
        case '\r': *p++ = 'r'; break;
        case '\t': *p++ = 't'; break;
        default:
            *p++ = 'u', *p++ = '0', *p++ = '0';
            *p++ = kHex[b >> 4], *p++ = kHex[b & 15];
    }
    return p;
}

// Escapes one valid code point's bytes [from, to) of s (a control or ASCII escape, or the
// bytes as they are).
void append_escaped(std::string& out, std::string_view s, std::size_t from, std::size_t to) {
    std::size_t run = from;  // start of the bytes not yet copied
    for (std::size_t i = from; i < to; ++i) {
        unsigned char b = static_cast<unsigned char>(s[i]);
        if (b >= 0x20 && b != '"' && b != '\\') continue;
        out.append(s.data() + run, i - run);
        char escaped[6];
        out.append(escaped, static_cast<std::size_t>(escape_byte(escaped, b) - escaped));
        run = i + 1;
    }
    out.append(s.data() + run, to - run);
}

// Bjoern Hoehrmann's UTF-8 decoder (MIT licence), the table nlohmann's serializer uses, so
// that an invalid string is cut where nlohmann cuts it.
constexpr std::uint8_t kAccept = 0;
constexpr std::uint8_t kReject = 1;
std::uint8_t decode(std::uint8_t& state, std::uint8_t byte) {
    static const std::array<std::uint8_t, 400> utf8d = {{
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 00..1F
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 20..3F
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 40..5F
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 60..7F
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,  // 80..9F
        7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,  // A0..BF
        8, 8, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,  // C0..DF
        0xA, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x4, 0x3, 0x3,                  // E0..EF
        0xB, 0x6, 0x6, 0x6, 0x5, 0x8, 0x8, 0x8, 0x8, 0x8, 0x8, 0x8, 0x8, 0x8, 0x8, 0x8,                  // F0..FF
        0x0, 0x1, 0x2, 0x3, 0x5, 0x8, 0x7, 0x1, 0x1, 0x1, 0x4, 0x6, 0x1, 0x1, 0x1, 0x1,                  // s0..s0
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1,  // s1..s2
        1, 2, 1, 1, 1, 1, 1, 2, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1,  // s3..s4
        1, 2, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 1, 3, 1, 1, 1, 1, 1, 1,  // s5..s6
        1, 3, 1, 1, 1, 1, 1, 3, 1, 3, 1, 1, 1, 1, 1, 1, 1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  // s7..s8
    }};
    state = utf8d[256u + state * 16u + utf8d[byte]];
    return state;
}

// nlohmann's dump_escaped with the replace handler, for a string holding invalid UTF-8: on a
// rejected byte the bytes of the unfinished sequence are dropped for one U+FFFD, and the
// rejected byte is read again unless it was the sequence's first; an unfinished sequence at
// the end is one U+FFFD too.
void append_replaced(std::string& out, std::string_view s) {
    static const char kReplacement[] = "\xEF\xBF\xBD";
    std::uint8_t state = kAccept;
    std::size_t start = 0;  // first byte of the sequence being decoded
    for (std::size_t i = 0; i < s.size(); ++i) {
        switch (decode(state, static_cast<std::uint8_t>(s[i]))) {
            case kAccept:
                append_escaped(out, s, start, i + 1);
                start = i + 1;
                break;
            case kReject:
                out += kReplacement;
                if (i > start) --i;  // read it again, as the first byte of a sequence
                start = i + 1;
                state = kAccept;
                break;
            default:  // inside a sequence
                break;
        }
    }
    if (state != kAccept) out += kReplacement;
}

}  // namespace

std::size_t write_json_string(char* dst, std::string_view s) {
    char* p = dst;
    *p++ = '"';
    std::size_t run = 0;  // start of the bytes not yet copied
    for (std::size_t i = 0; i < s.size();) {
        for (std::uint64_t w; i + 8 <= s.size(); i += 8) {  // eight bytes that need nothing, at a time
            std::memcpy(&w, s.data() + i, 8);
            if (needs_a_look(w)) break;
        }
        if (i >= s.size()) break;
        unsigned char b = static_cast<unsigned char>(s[i]);
        if (b >= 0x80) {
            const Utf8Sequence q = utf8_sequence(s, i);
            if (!q.valid()) {  // rare: the slow path from the start (at most 3 bytes a byte)
                std::string replaced;
                append_replaced(replaced, s);
                std::memcpy(dst + 1, replaced.data(), replaced.size());
                p = dst + 1 + replaced.size();
                *p++ = '"';
                return static_cast<std::size_t>(p - dst);
            }
            i += q.len;
            continue;
        }
        if (b >= 0x20 && b != '"' && b != '\\') {
            ++i;
            continue;
        }
        std::memcpy(p, s.data() + run, i - run);  // the plain bytes before, then this one escaped
        p = escape_byte(p + (i - run), b);
        run = ++i;
    }
    std::memcpy(p, s.data() + run, s.size() - run);
    p += s.size() - run;
    *p++ = '"';
    return static_cast<std::size_t>(p - dst);
}

void append_json_string(std::string& out, std::string_view s) {
    const std::size_t mark = out.size();
    out.resize(mark + json_string_room(s.size()));
    out.resize(mark + write_json_string(&out[mark], s));
}

void append_json_double(std::string& out, double x) {
    if (!std::isfinite(x)) {
        out += "null";
        return;
    }
    std::array<char, 64> buf{};  // nlohmann's number_buffer
    char* end = nlohmann::detail::to_chars(buf.data(), buf.data() + buf.size(), x);
    out.append(buf.data(), static_cast<std::size_t>(end - buf.data()));
}

}  // namespace whosaid
