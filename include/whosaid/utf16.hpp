// The one place where UTF-8 byte offsets become UTF-16 code-unit offsets.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace whosaid {

// Maps byte offsets in a valid UTF-8 text to UTF-16 code-unit offsets (what JavaScript's
// String.prototype.slice counts). Built in one pass; memory is one checkpoint per 256 bytes
// and each lookup scans at most 256 bytes, so converting every span stays linear.
class Utf16Offsets {
public:
    explicit Utf16Offsets(std::string_view utf8);
    // `byte` must be <= text size and lie on a code-point boundary; returns UTF-16 units.
    std::uint32_t operator()(std::uint32_t byte) const;
    std::uint32_t total() const;  // length of the whole text in UTF-16 units

private:
    static constexpr std::uint32_t kStride = 256;
    std::string_view text_;
    std::vector<std::uint32_t> checkpoints_;  // UTF-16 units before byte i * kStride
};

// Repairs UTF-8: each maximal invalid subsequence becomes U+FFFD (the WHATWG / Unicode
// "maximal subpart" practice, as TextDecoder and Python do). Returns how many were replaced.
std::size_t repair_utf8(std::string_view in, std::string& out);

}  // namespace whosaid
