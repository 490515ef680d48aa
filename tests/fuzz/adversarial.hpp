// Generators of adversarial inputs, shared by tests/core/test_robust.cpp (invariants) and
// tests/fuzz/robust_bench.cpp (time per MB at 1 MB and 10 MB of the same shape). Each takes a
// size and returns text of at least roughly that many bytes; all are deterministic.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace whosaid_adversarial {

inline std::vector<std::string> quote_marks() {
    return {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99",
            "\xC2\xAB", "\xC2\xBB", "\xE2\x80\xB9", "\xE2\x80\xBA", "\xE3\x80\x8C", "\xE2\x80\x9E"};
}

inline std::string repeated_marks(const std::string& mark, std::size_t count) {
    std::string s = "He said ";
    s.reserve(s.size() + mark.size() * count + 8);
    for (std::size_t i = 0; i < count; ++i) s += mark;
    return s + " end.";
}

// One sentence with no full stop made of a cue phrase repeated ("Bob said, Bob said, …"): every
// cue could start a claim that runs to the sentence end.
inline std::string cue_run(std::size_t bytes, const std::string& phrase) {
    std::string s;
    s.reserve(bytes + phrase.size());
    while (s.size() < bytes) s += phrase;
    return s;
}

// `count` quote marks of mixed kinds with words and cues between them, mostly unmatched.
inline std::string quote_storm(std::size_t count) {
    auto marks = quote_marks();
    std::string s;
    std::uint32_t x = 12345;
    for (std::size_t i = 0; i < count; ++i) {
        x = x * 1103515245u + 12345u;
        s += marks[(x >> 16) % marks.size()];
        if ((x >> 8) % 5 == 0) s += " said Smith ";
        else if ((x >> 8) % 7 == 0) s += "\n";
    }
    return s;
}

inline std::string one_line(std::size_t bytes) {
    std::string s;
    s.reserve(bytes + 128);
    const char* bits[] = {"The official said that \"the plan\" was fine, according to Reuters. ",
                          "\xE2\x80\x9CWe will not move,\xE2\x80\x9D Mr Jones told reporters; ",
                          "she added: \xC2\xAB" "non\xC2\xBB \xE2\x80\x94 and left. "};
    for (std::size_t i = 0; s.size() < bytes; ++i) s += bits[i % 3];
    return s;
}

// depth opening quotes then depth closing ones (balanced), or openers only.
inline std::string nested(std::size_t depth, bool balanced) {
    std::string s = "The minister said ";
    for (std::size_t i = 0; i < depth; ++i) s += (i % 2 ? "\xE2\x80\x98" "a " : "\xE2\x80\x9C" "b ");
    if (balanced)
        for (std::size_t i = depth; i-- > 0;) s += (i % 2 ? "\xE2\x80\x99" " c " : "\xE2\x80\x9D" " d ");
    return s + ", she said.";
}

// News-like prose: paragraphs with direct, indirect and mixed quotes and many speakers.
inline std::string prose(std::size_t bytes) {
    const char* first[] = {"John", "Maria", "Ahmed", "Li", "Olga", "Kwame", "Sofia", "Pierre", "Aiko", "Rahul", "Emma", "Jos\xC3\xA9"};
    const char* last[] = {"Smith", "Garcia", "Khan", "Wei", "Petrova", "Mensah", "Rossi", "Dubois", "Tanaka", "Patel", "Brown", "N\xC3\xBA\xC3\xB1" "ez"};
    const char* roles[] = {"the finance minister", "a spokeswoman for the council", "the union leader", "an analyst at Barclays", "the mayor"};
    const char* says[] = {"said", "told reporters", "added", "warned", "insisted", "argued"};
    const char* what[] = {"the budget would be balanced by next year", "talks had broken down",
                          "prices were likely to rise again", "no decision had been taken",
                          "the plan was \xE2\x80\x9C" "dead on arrival\xE2\x80\x9D"};
    std::string s;
    s.reserve(bytes + 512);
    std::uint32_t x = 7;
    auto pick = [&x](std::size_t n) { x = x * 1664525u + 1013904223u; return (x >> 10) % n; };
    while (s.size() < bytes) {
        std::string name = std::string(first[pick(12)]) + " " + last[pick(12)];
        switch (pick(4)) {
        case 0: s += "\xE2\x80\x9C" "We are not going to accept this,\xE2\x80\x9D " + name + ", " + roles[pick(5)] + ", " + says[pick(6)] + ". "; break;
        case 1: s += name + " " + says[pick(6)] + " that " + what[pick(5)] + ". "; break;
        case 2: s += "According to " + name + ", " + what[pick(5)] + ". "; break;
        default: s += "The weather was mild, and the streets of the old town were quiet on Tuesday. "; break;
        }
        if (pick(3) == 0) s += "\n\n";
    }
    return s;
}

// Thousands of one-line paragraphs, each a short attributed quote.
inline std::string paragraphs(std::size_t bytes) {
    std::string s;
    for (std::size_t i = 0; s.size() < bytes; ++i)
        s += "\"Yes,\" said Person" + std::to_string(i % 5000) + ".\n";
    return s;
}

// Long runs of capitalised words (name-like), titles and commas, no sentence ends.
inline std::string names(std::size_t bytes) {
    std::string s = "said ";
    const char* w[] = {"Mr ", "Dr. ", "Jean-Claude ", "Van ", "Der ", "O'Neill ", "McDonald, ", "the Minister of ", "Prime ", "Secretary-General "};
    for (std::size_t i = 0; s.size() < bytes; ++i) s += w[(i * 7 + i / 3) % 10];
    return s + "said.";
}

// Random bytes (a deterministic LCG), a share of them quote marks and line breaks.
inline std::string binary_junk(std::size_t bytes) {
    std::string s;
    s.reserve(bytes);
    std::uint32_t x = 99;
    while (s.size() < bytes) {
        x = x * 22695477u + 1u;
        unsigned v = x >> 16;
        if (v % 17 == 0) s += "\xE2\x80\x9C";
        else if (v % 19 == 0) s += " said ";
        else s.push_back(static_cast<char>(v & 0xFF));
    }
    return s;
}

}  // namespace whosaid_adversarial
