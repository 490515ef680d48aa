// ASCII case, defined once for every layer: the word tables are lower case and a word matches
// them whatever the case of its ASCII letters; other bytes (UTF-8 sequences) stay as they are.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace whosaid::ascii {

constexpr char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = lower(c);
    return out;
}

// `a` and `b` are the same word but for the case of ASCII letters.
inline bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i])) return false;
    return true;
}

// `w` is longer than `suffix` and ends with it ("backing", "ing"); the suffix is lower case.
// Every letter a capital and at least one letter ("LONDON", "U.S."): a dateline's or a
// transcript's name, not a headline's title case.
inline bool all_caps(std::string_view w) {
    bool letter = false;
    for (char c : w) {
        if (c >= 'a' && c <= 'z') return false;
        letter = letter || (c >= 'A' && c <= 'Z');
    }
    return letter;
}

inline bool ends_with(std::string_view w, std::string_view suffix) {
    return w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

}  // namespace whosaid::ascii
