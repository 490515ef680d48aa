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
// one checkpoint per 256 bytes and each lookup scans at most 256 bytes, so converting every
// span stays linear.
class TextOffsets {
public:
    explicit TextOffsets(std::string_view utf8, OffsetUnit unit = OffsetUnit::Utf16);
    // `byte` must be <= text size and lie on a code-point boundary; returns units.
    std::uint32_t operator()(std::uint32_t byte) const;
    std::uint32_t total() const;  // length of the whole text in units

private:
    std::uint32_t units_of_byte(unsigned char b) const;
    std::uint32_t units_between(std::size_t from, std::size_t to) const;  // bytes [from, to)

    static constexpr std::uint32_t kStride = 256;
    std::string_view text_;
    std::uint32_t astral_units_;              // units of one code point above U+FFFF: 2 or 1
    std::vector<std::uint32_t> checkpoints_;  // units before byte i * kStride
};

// JavaScript's unit, the default everywhere but the Python module.
using Utf16Offsets = TextOffsets;

// Repairs UTF-8: each maximal invalid subsequence becomes U+FFFD (the WHATWG / Unicode
// "maximal subpart" practice, as TextDecoder and Python do). Returns how many were replaced.
std::size_t repair_utf8(std::string_view in, std::string& out);

}  // namespace whosaid
