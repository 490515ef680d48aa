// How two spellings of a name are compared, shared by speakers within one article and across a
// session: one rule for surnames, misspellings and first names everywhere.
#pragma once

#include <algorithm>
#include <numeric>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon_ascii.hpp"

namespace whosaid::names {

// A surname's spelling key: lower case, doubled letters single, a final "iy"/"ii"/"i" as "y",
// so that transliterations of one name meet (Zelensky, Zelenskyy, Zelenskiy) and nothing else does.
inline std::string surname_key(std::string_view w) {
    std::string l = ascii::lower(w), out;
    for (char c : l)
        if (out.empty() || out.back() != c) out.push_back(c);
    if (out.size() > 4 && out.compare(out.size() - 2, 2, "iy") == 0) out.replace(out.size() - 2, 2, "y");
    else if (out.size() > 4 && out.back() == 'i') out.back() = 'y';
    return out;
}

// Edit distance of two short words, bounded (longer words never count as near).
inline std::size_t edit_distance(const std::string& a, const std::string& b) {
    if (a.size() > 40 || b.size() > 40) return 99;
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t prev = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t cur = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] == b[j - 1] ? 0 : 1)});
            prev = cur;
        }
    }
    return row[b.size()];
}

// "Schultz" and "Scholz": same initial, at most two edits, long enough to mean something.
inline bool near_surname(const std::string& a, const std::string& b) {
    return a.size() >= 4 && b.size() >= 4 && a[0] == b[0] && edit_distance(a, b) <= 2;
}

// First names agree when either is unknown ("Mr Clinton") or they are equal.
inline bool compatible_first(const std::string& a, const std::string& b) { return a.empty() || b.empty() || a == b; }

}  // namespace whosaid::names
