// The one place where UTF-8 byte offsets become the offsets callers index strings with
// (utf16.cpp), and where invalid UTF-8 is repaired before anything reads it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "whosaid/utf16.hpp"

namespace whosaid {

// Maps byte offsets in a valid UTF-8 text to offsets in `unit`. Built in one pass; memory is
// one checkpoint per 32 bytes (an eighth of the text's size) and each lookup scans at most 16
// bytes, from the nearer checkpoint, so converting every span stays linear.
class TextOffsets {
public:
    explicit TextOffsets(std::string_view utf8, OffsetUnit unit = OffsetUnit::Utf16);
    // `byte` must be <= text size and lie on a code-point boundary; returns units.
    std::uint32_t operator()(std::uint32_t byte) const;
    std::uint32_t total() const;  // length of the whole text in units

private:
    std::uint32_t units_of_byte(unsigned char b) const;
    std::uint32_t units_between(std::size_t from, std::size_t to) const;  // bytes [from, to)

    static constexpr std::uint32_t kStride = 32;
    std::string_view text_;
    std::uint32_t astral_units_;              // units of one code point above U+FFFF: 2 or 1
    std::vector<std::uint32_t> checkpoints_;  // units before byte i * kStride
};

// JavaScript's unit, the default everywhere but the Python module.
using Utf16Offsets = TextOffsets;

// Repairs UTF-8: each maximal invalid subsequence becomes U+FFFD (the WHATWG / Unicode
// "maximal subpart" practice, as TextDecoder and Python do). Returns how many were replaced.
std::size_t repair_utf8(std::string_view in, std::string& out);

// The first maximal invalid subpart of `in` at or after byte `from`: its byte offset and length
// in bytes ({in.size(), 0} when there is none). One pass, eight ASCII bytes at a time.
struct Utf8Invalid {
    std::size_t at = 0, len = 0;
};
Utf8Invalid next_invalid_utf8(std::string_view in, std::size_t from);

// The UTF-8 sequence led by s[i]: its length as the lead byte announces it (0: no lead byte) and
// how many of its bytes are valid from the lead on (Unicode Table 3-7: no overlong form, no
// surrogate, nothing above U+10FFFF). Valid when good == len; else its first `good` bytes (or
// the lead alone) are one maximal invalid subpart. repair_utf8 and to_json both read with it.
struct Utf8Sequence {
    std::size_t len = 0, good = 0;
    bool valid() const { return len && good == len; }
};
inline Utf8Sequence utf8_sequence(std::string_view s, std::size_t i) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) return {1, 1};
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
    if (b >= 0xC2 && b <= 0xDF) len = 2;
    else if (b == 0xE0) { len = 3; lo = 0xA0; }
    else if (b >= 0xE1 && b <= 0xEC) len = 3;
    else if (b == 0xED) { len = 3; hi = 0x9F; }  // no surrogates
    else if (b >= 0xEE && b <= 0xEF) len = 3;
    else if (b == 0xF0) { len = 4; lo = 0x90; }
    else if (b >= 0xF1 && b <= 0xF3) len = 4;
    else if (b == 0xF4) { len = 4; hi = 0x8F; }
    else return {};
    std::size_t good = 1;
    for (std::size_t k = 1; k < len && i + k < s.size(); ++k) {
        unsigned char c = static_cast<unsigned char>(s[i + k]);
        if (c < (k == 1 ? lo : 0x80) || c > (k == 1 ? hi : 0xBF)) break;
        ++good;
    }
    return {len, good};
}

}  // namespace whosaid
