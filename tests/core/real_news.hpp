// Helpers of the real-news tests (issue 11): annotate invented text with the invariants checked,
// then find a claim by how its text starts and name its speaker.
#pragma once

#include <string>

#include "invariants.hpp"
#include "whosaid/whosaid.hpp"

namespace whosaid_test {

inline whosaid::Annotation run(const std::string& text) {
    whosaid::Annotation a = whosaid::annotate(text);
    check_invariants(a);
    return a;
}

inline std::string text_of(const whosaid::Annotation& a, const whosaid::Claim& c) { return a.text.substr(c.span.start, c.span.size()); }

inline std::string speaker_of(const whosaid::Annotation& a, const whosaid::Claim& c) {
    return c.speaker < 0 ? "" : a.speakers[static_cast<std::size_t>(c.speaker)].name;
}

inline const whosaid::Claim* find(const whosaid::Annotation& a, const std::string& starts) {
    for (const auto& c : a.claims)
        if (text_of(a, c).rfind(starts, 0) == 0) return &c;
    return nullptr;
}

// The speaker of the claim whose text starts with `starts`, or "(no such claim)": one line per
// expectation, and a failure names what was found.
inline std::string speaker_starting(const whosaid::Annotation& a, const std::string& starts) {
    const whosaid::Claim* c = find(a, starts);
    return c ? speaker_of(a, *c) : "(no such claim)";
}

}  // namespace whosaid_test
