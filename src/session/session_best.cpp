// Best matches between two articles. One article may report a line twice (the rally on
// Wednesday, the radio interview on Thursday), and a claim of another outlet may share the
// content words of both. When it repeats one of them word for word, that one is the same
// statement and the other is not: an exact quote names its occasion. Without an exact repeat
// every version stays (a standfirst summary and the body's quote are both the statement). A
// headline's fragment names no occasion of its own: it sums up the story, so it is never
// dropped for an exact quote in its article's body. Nor is reported speech whose sentence names
// no day: its words are the outlet's, so that they differ from the quote says nothing of the
// occasion ("will argue that the deal is the best the town has signed" beside the line quoted).
#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "session_steps.hpp"

namespace whosaid {
namespace {

constexpr double kWordForWord = 0.75; // share of word pairs repeated that makes an exact quote
constexpr double kNotAsClose = 0.2;   // a version this much less verbatim than an exact one loses

std::uint64_t key(int claim, int article) { return std::uint64_t(std::uint32_t(claim)) << 32 | std::uint32_t(article); }

// The claim stands in its article's headline: the title line (the first that is no furniture)
// standing as a paragraph of its own, a blank line after it.
bool in_headline(const Session& s, int claim) {
    const SessionArticle& art = s.articles[s.claims[claim].article];
    const std::string& text = art.annotation.text;
    if (art.title.empty()) return false;
    std::size_t at = text.find(art.title);
    if (at == std::string::npos) return false;
    std::size_t end = at + art.title.size(), next = text.find_first_not_of(" \t\r", end + 1);
    bool own_paragraph = end < text.size() && next != std::string::npos && text[next] == '\n';
    Span sp = s.claims[claim].span;
    return own_paragraph && sp.start >= at && sp.end <= end;
}

// The claim is reported speech (no word of it quoted) and the sentence holding it names no day
// (weekday, date, "yesterday"): a summary in the outlet's words, not a version of another occasion.
bool undated_summary(const Session& s, int claim) {
    const SessionClaim& c = s.claims[claim];
    if (c.claim < 0) return false;
    const SessionArticle& art = s.articles[c.article];
    if (art.annotation.claims[c.claim].kind != ClaimKind::Indirect) return false;
    const std::string& text = art.annotation.text;
    std::size_t from = text.find_last_of(".!?\n", c.span.start ? c.span.start - 1 : 0);
    from = from == std::string::npos || c.span.start == 0 ? 0 : from + 1;
    std::size_t to = text.find_first_of(".!?\n", c.span.end);
    if (to == std::string::npos) to = text.size();
    for (const Fact& f : art.facts)
        if ((f.kind == "weekday" || f.kind == "date" || f.kind == "relative_date") && f.span.start >= from && f.span.end <= to)
            return false;
    return true;
}

}  // namespace

std::vector<Candidate> best_matches(const Session& s, const std::vector<Candidate>& candidates) {
    std::unordered_map<std::uint64_t, double> closest;  // (claim, other article) -> highest verbatim
    for (const Candidate& c : candidates) {
        // a quoted fragment the session found repeats its words by construction: no exact quote
        if (!is_same(c) || s.claims[c.a].claim < 0 || s.claims[c.b].claim < 0) continue;
        for (auto [self, other] : {std::pair{c.a, c.b}, std::pair{c.b, c.a}}) {
            double& v = closest[key(self, s.claims[other].article)];
            v = std::max(v, c.verbatim);
        }
    }
    auto loses = [&](int self, int other, double verbatim) {
        if (in_headline(s, other) || undated_summary(s, other)) return false;
        double top = closest[key(self, s.claims[other].article)];
        return top >= kWordForWord && verbatim < top - kNotAsClose;
    };
    std::vector<Candidate> out;
    for (const Candidate& c : candidates)
        // a fragment quoted word for word from the exact version's quote is of it, not of another occasion
        if (is_same(c) && (c.quoted_inside || (!loses(c.a, c.b, c.verbatim) && !loses(c.b, c.a, c.verbatim)))) out.push_back(c);
    return out;
}

}  // namespace whosaid
