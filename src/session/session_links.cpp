// Claims of different articles compared by weighted content-word overlap. An inverted index
// over rare stems proposes candidates, so only claims sharing an uncommon word are scored:
// the work is bounded by the postings of rare stems, not by all pairs of claims.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

#include "session_steps.hpp"
#include "tokens.hpp"

namespace whosaid {
namespace {

constexpr double kSameAt = 0.42;      // same_score at which two claims are one statement
constexpr double kRelatedAt = 0.30;   // content overlap at which they are worth showing side by side
constexpr std::size_t kMinShared = 2; // one shared word is a coincidence...
constexpr std::size_t kRarest = 3;    // ...unless one speaker says a word only this many claims use
constexpr std::size_t kFragmentStems = 3;  // content words below which a claim is a fragment
constexpr double kVerbatimQuote = 0.75;    // word pairs repeated: a quote copied, not a paraphrase
constexpr double kSameOrder = 0.5;         // word pairs one speaker's two versions share in order
constexpr std::size_t kVerbatimShared = 8; // content words a copied quote must share to override speakers
constexpr std::size_t kRelatedShared = 3;  // "related" alone (no speaker evidence) needs more in common
constexpr double kPolarityMismatch = 0.4;  // one version negated, the other not: likely another statement
constexpr std::size_t kPolarityWords = 8;  // ...when the negated one is short: in a long claim the
                                           // negation may belong to a clause the other leaves out
constexpr std::string_view kNegation = "not";  // content_stems' stem for every negator
constexpr std::size_t kQuotedStatement = 3; // word pairs (four words) a claim's quoted passage needs to be its statement
constexpr double kFigureSlack = 0.25; // "about an hour" vs "50 minutes": hedged figures this close agree

std::string_view claim_text(const Session& s, const SessionClaim& c) {
    return std::string_view(s.articles[c.article].annotation.text).substr(c.span.start, c.span.size());
}

// Amount in the fact's own unit, for comparing two figures of one kind.
double magnitude(const Fact& f) {
    std::string v = f.value;
    std::size_t k = v.find_first_of("0123456789");
    return k == std::string::npos ? 0 : std::atof(v.c_str() + k);
}

std::string unit_of(const Fact& f) {
    if (f.kind != "duration" && f.kind != "amount") return f.kind;
    std::string u;
    for (char c : f.value)
        if (!(c >= '0' && c <= '9') && c != '.' && c != ' ') u.push_back(c);
    return f.kind + u;
}

// Two versions of one statement disagree when they give the same kind of figure with
// different values, unless a hedge ("about", "almost") covers the difference.
bool figures_conflict(const Session& s, const SessionClaim& a, const SessionClaim& b) {
    auto agree = [](const Fact& x, const Fact& y) {
        if (x.value == y.value) return true;
        double mx = magnitude(x), my = magnitude(y);
        bool hedged = x.approx || y.approx;
        return hedged && mx > 0 && my > 0 && std::fabs(mx - my) <= kFigureSlack * std::max(mx, my);
    };
    // a figure of one version that the other gives differently, and nowhere gives alike: a
    // claim naming "29 percent and 43 percent" agrees with another naming both
    auto unmatched = [&](const SessionClaim& p, const SessionClaim& q) {
        for (int i : p.facts) {
            const Fact& x = s.articles[p.article].facts[i];
            if (x.kind == "weekday" || x.kind == "relative_date") continue;
            bool same_unit = false, matched = false;
            for (int j : q.facts) {
                const Fact& y = s.articles[q.article].facts[j];
                if (unit_of(x) != unit_of(y)) continue;
                same_unit = true;
                if (agree(x, y)) { matched = true; break; }
            }
            if (same_unit && !matched) return true;
        }
        return false;
    };
    return unmatched(a, b) || unmatched(b, a);
}

// Share of the shorter list of word pairs (sorted) that the other list holds too.
double repeated_share(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
    std::size_t both = 0, fewer = std::min(a.size(), b.size());
    for (std::size_t p = 0, q = 0; p < a.size() && q < b.size();)
        if (a[p] == b[q]) ++both, ++p, ++q;
        else if (a[p] < b[q]) ++p;
        else ++q;
    return fewer ? double(both) / double(fewer) : 0.0;
}

// One of `quoted` (a claim's quoted passages) whose word pairs all stand in `pairs` (sorted).
bool quoted_in(const std::vector<std::vector<std::uint64_t>>& quoted, const std::vector<std::uint64_t>& pairs) {
    for (const auto& q : quoted)
        if (std::includes(pairs.begin(), pairs.end(), q.begin(), q.end())) return true;
    return false;
}

// Content stems of a claim's names: its capitalised words, a sentence's first only when a
// capitalised word follows ("President Barack Obama"). None in a title-case line (no lower-case
// word but short ones), where every word is capitalised.
std::vector<std::string> name_stems(std::string_view text) {
    constexpr std::size_t kShortWord = 3;  // title case leaves "of", "the", "and" lower case
    Tokenized tk = tokenize(text);
    bool title_case = true;
    for (const Token& t : tk.tokens)
        if (t.kind == TokKind::Word && !t.upper && t.end - t.start > kShortWord) title_case = false;
    std::vector<std::string> out;
    if (title_case) return out;
    bool first = true;  // the next word opens a sentence: a name only before another name word
    for (std::size_t k = 0; k < tk.tokens.size(); ++k) {
        const Token& t = tk.tokens[k];
        std::string_view w = tok_text(text, t);
        if (t.kind == TokKind::Punct && (w == "." || w == "!" || w == "?" || w == ":")) first = true;
        if (t.kind != TokKind::Word) continue;
        bool name_next = k + 1 < tk.tokens.size() && tk.tokens[k + 1].kind == TokKind::Word && tk.tokens[k + 1].upper;
        if (t.upper && (!first || name_next))
            for (std::string& st : content_stems(w)) out.push_back(std::move(st));
        first = false;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace

std::vector<Candidate> claim_candidates(const Session& s) {
    const std::size_t n = s.claims.size();
    std::vector<std::vector<std::string>> stems(n);
    std::vector<std::vector<std::uint64_t>> pairs(n);
    std::vector<std::vector<std::vector<std::uint64_t>>> quoted(n);
    struct Passage {
        std::vector<std::uint64_t> pairs;
        std::vector<std::string> stems;
    };
    std::vector<std::vector<Passage>> statements(n);  // quoted passages of four words or more
    std::vector<char> negated(n, 0);
    std::vector<std::vector<std::string>> names(n);
    std::unordered_map<std::string, std::vector<int>> postings;
    for (std::size_t i = 0; i < n; ++i) {
        stems[i] = content_stems(claim_text(s, s.claims[i]));
        // negation is the claim's polarity, compared as such: it is no shared content word
        auto neg = std::find(stems[i].begin(), stems[i].end(), kNegation);
        if (neg != stems[i].end()) negated[i] = 1, stems[i].erase(neg);
        pairs[i] = word_pairs(claim_text(s, s.claims[i]));
        quoted[i] = quoted_pairs(claim_text(s, s.claims[i]));
        for (std::string_view q : quoted_passages(claim_text(s, s.claims[i]))) {
            Passage p{word_pairs(q), content_stems(q)};
            p.stems.erase(std::remove(p.stems.begin(), p.stems.end(), kNegation), p.stems.end());
            if (p.pairs.size() >= kQuotedStatement && !p.stems.empty()) statements[i].push_back(std::move(p));
        }
        names[i] = name_stems(claim_text(s, s.claims[i]));
        for (const std::string& w : stems[i]) postings[w].push_back(int(i));
    }
    auto weight = [&](const std::string& w) { return std::log(1.0 + double(n) / double(postings[w].size())); };
    const std::size_t rare = std::max<std::size_t>(4, n / 5);
    // A claim quoting its speaker inside narration ("he was 'not quite there yet' on …, who
    // faces …") states what it quotes: when a passage of four words or more stands word for word
    // in claim q, the passage is scored against q (its words all in q, so overlap 1, and Dice),
    // however much narration the span holds besides. The best such score, else 0.
    auto quoted_content = [&](int p, int q) {
        double best = 0, wq = 0;
        for (const std::string& w : stems[q]) wq += weight(w);
        for (const Passage& ps : statements[p]) {
            if (!std::includes(pairs[q].begin(), pairs[q].end(), ps.pairs.begin(), ps.pairs.end())) continue;
            double wp = 0;
            for (const std::string& w : ps.stems) wp += weight(w);
            best = std::max(best, 0.5 + 0.5 * (2 * wp / (wp + wq)));
        }
        return best;
    };

    std::unordered_set<std::uint64_t> seen;
    std::vector<Candidate> out;
    for (const auto& [word, list] : postings) {
        if (list.size() > rare) continue;
        for (std::size_t x = 0; x < list.size(); ++x)
            for (std::size_t y = x + 1; y < list.size(); ++y) {
                int i = list[x], j = list[y];
                const SessionClaim &ci = s.claims[i], &cj = s.claims[j];
                if (ci.article == cj.article) continue;
                if (!seen.insert(std::uint64_t(i) << 32 | std::uint32_t(j)).second) continue;
                // a quoted fragment the session found is the statement of the claims holding its words
                if (ci.claim < 0 && !std::includes(pairs[j].begin(), pairs[j].end(), pairs[i].begin(), pairs[i].end())) continue;
                if (cj.claim < 0 && !std::includes(pairs[i].begin(), pairs[i].end(), pairs[j].begin(), pairs[j].end())) continue;
                Candidate c;
                c.a = i, c.b = j;
                double wa = 0, wb = 0, shared = 0;
                for (const std::string& w : stems[i]) wa += weight(w);
                for (const std::string& w : stems[j]) wb += weight(w);
                std::set_intersection(stems[i].begin(), stems[i].end(), stems[j].begin(), stems[j].end(),
                                      std::back_inserter(c.shared));
                // two statements about one person share the person's name, and only that: the
                // name is the topic, the statement is what is said of it
                auto named = [&](const std::string& w) {
                    return std::binary_search(names[i].begin(), names[i].end(), w) &&
                           std::binary_search(names[j].begin(), names[j].end(), w);
                };
                if (std::all_of(c.shared.begin(), c.shared.end(), named)) continue;
                c.speaker = speaker_compatibility(s, ci.speaker, cj.speaker);
                // one shared word is a coincidence, unless one speaker uses a word this rare
                c.weak = c.shared.size() < kMinShared;
                if (c.weak && !(c.speaker >= 1.0 && list.size() <= kRarest)) continue;
                // a fragment of two words ("attention to the issue") matches anything on its
                // topic: only its own speaker's words can be its statement
                if (std::min(stems[i].size(), stems[j].size()) < kFragmentStems && c.speaker < 1.0) continue;
                for (const std::string& w : c.shared) shared += weight(w);
                double overlap = shared / std::min(wa, wb), dice = 2 * shared / (wa + wb);
                c.content = 0.5 * overlap + 0.5 * dice;
                c.verbatim = repeated_share(pairs[i], pairs[j]);
                // one speaker's words in the same order ("Obama was the founder of …") are his one
                // statement though each outlet ends it its own way: the order counts with the words
                if (c.speaker >= 1.0 && c.verbatim >= kSameOrder && !c.weak)
                    c.content = std::max(c.content, 0.5 * (c.content + c.verbatim));
                if (c.speaker >= 1.0) c.content = std::max({c.content, quoted_content(i, j), quoted_content(j, i)});
                if (negated[i] != negated[j] && (negated[i] ? stems[i] : stems[j]).size() <= kPolarityWords)
                    c.content *= kPolarityMismatch;
                c.quoted_inside = quoted_in(quoted[i], pairs[j]) || quoted_in(quoted[j], pairs[i]);
                // a long quote repeated word for word is one statement whoever the extractor
                // took for its speaker (a wrong attribution in one outlet)
                if (c.speaker == 0 && c.verbatim >= kVerbatimQuote && c.shared.size() >= kVerbatimShared) c.speaker = 0.5;
                out.push_back(std::move(c));
            }
    }
    std::sort(out.begin(), out.end(), [](const Candidate& x, const Candidate& y) {
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    return out;
}

double same_score(const Candidate& c) { return c.speaker > 0 ? c.content * (0.6 + 0.4 * c.speaker) : 0.0; }

bool is_same(const Candidate& c) { return same_score(c) >= kSameAt; }

void make_links(Session& s, const std::vector<Candidate>& candidates, const std::vector<Candidate>& same) {
    s.links.clear();
    std::unordered_set<std::uint64_t> kept;
    for (const Candidate& c : same) kept.insert(std::uint64_t(c.a) << 32 | std::uint32_t(c.b));
    for (const Candidate& c : candidates) {
        const SessionClaim &a = s.claims[c.a], &b = s.claims[c.b];
        if (s.articles[a.article].event != s.articles[b.article].event) continue;
        SessionLink l;
        l.a = c.a, l.b = c.b, l.shared = c.shared;
        double same = same_score(c);
        if (same >= kSameAt && kept.count(std::uint64_t(c.a) << 32 | std::uint32_t(c.b))) {
            l.relation = figures_conflict(s, a, b) ? LinkRelation::Conflict : LinkRelation::Same;
            l.score = std::min(1.0, same);
        } else if (same < kSameAt && c.content >= kRelatedAt && c.shared.size() >= kRelatedShared) {
            l.relation = LinkRelation::Related;
            l.score = c.content;
        } else continue;
        l.score = std::round(l.score * 100) / 100;
        s.links.push_back(std::move(l));
    }
}

}  // namespace whosaid
