// Checks that hold for every annotation, whatever the input: spans inside the text and on
// code-point boundaries, texts equal to their spans, ids unique and referenced. Used by all tests.
#pragma once

#include <set>
#include <string>

#include <catch2/catch.hpp>

#include "whosaid/whosaid.hpp"

namespace whosaid_test {

inline bool on_boundary(const std::string& text, std::uint32_t at) {
    return at == 0 || at >= text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
}

inline void check_span(const whosaid::Annotation& a, whosaid::Span s) {
    REQUIRE(s.start <= s.end);
    REQUIRE(s.end <= a.text.size());
    REQUIRE(on_boundary(a.text, s.start));
    REQUIRE(on_boundary(a.text, s.end));
}

inline void check_invariants(const whosaid::Annotation& a) {
    std::set<std::string> speaker_ids;
    for (const auto& s : a.speakers) {
        REQUIRE(speaker_ids.insert(s.id).second);
        REQUIRE(!s.name.empty());
        for (auto m : s.mentions) check_span(a, m);
    }
    std::set<std::string> claim_ids;
    std::uint32_t previous_start = 0;
    for (const auto& c : a.claims) {
        REQUIRE(claim_ids.insert(c.id).second);
        REQUIRE(c.speaker >= -1);
        REQUIRE(c.speaker < static_cast<int>(a.speakers.size()));
        check_span(a, c.span);
        REQUIRE(!c.span.empty());
        REQUIRE(c.span.start >= previous_start);  // text order
        previous_start = c.span.start;
        REQUIRE(!c.parts.empty());
        for (auto p : c.parts) {
            check_span(a, p);
            REQUIRE(p.start >= c.span.start);
            REQUIRE(p.end <= c.span.end);
        }
        if (!c.cue.empty()) check_span(a, c.cue);
        REQUIRE(c.confidence >= 0.0);
        REQUIRE(c.confidence <= 1.0);
    }
    for (const auto& b : a.boilerplate) check_span(a, b.span);
}

}  // namespace whosaid_test
