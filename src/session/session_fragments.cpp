// Quoted fragments: outlets cut a statement to a few words between quotation marks, in a
// headline ("'Second Amendment people' his secret weapon") or in narration ("he took credit
// for 'being right' on it"), with no cue of their own: annotate finds no claim there. When
// another article's claim holds those words word for word, in order, and every such claim is
// one speaker's, the fragment is that speaker's words: it becomes a session claim (claim -1),
// linked only to claims that hold its words (a few words say too little to be matched by
// topic). A fragment in narration whose words a claim of its own article holds refers back to
// that claim and adds nothing; in the headline it is a version of its own. The words must be at least three (two are a phrase anyone uses)
// and at most a dozen (longer is a quotation annotate reads itself). Claims of other
// articles are found through an index of their word pairs, so the work is linear in the text.
#include <algorithm>
#include <unordered_map>

#include "session_steps.hpp"
#include "tokens.hpp"

namespace whosaid {
namespace {

constexpr std::size_t kMinWords = 3;
constexpr std::size_t kMaxWords = 12;

// The closing mark of an opening one: “…” ‘…’ "…" '…'.
QuoteMark closing_of(QuoteMark open) {
    switch (open) {
        case QuoteMark::Left2: return QuoteMark::Right2;
        case QuoteMark::Left1: return QuoteMark::Right1;
        case QuoteMark::Straight2: return QuoteMark::Straight2;
        case QuoteMark::Straight1: return QuoteMark::Straight1;
        default: return QuoteMark::None;
    }
}

// The byte spans of the short quotations of `text` (inside the marks).
std::vector<Span> short_quotations(std::string_view text) {
    std::vector<Span> out;
    Tokenized tk = tokenize(text);
    const std::size_t n = tk.tokens.size();
    for (std::size_t t = 0; t < n; ++t) {
        const Token& open = tk.tokens[t];
        // an opening mark stands before a word: space (or line start) before it, none after
        if (open.kind != TokKind::Quote || open.space_after) continue;
        if (!open.space_before && t > 0 && tk.tokens[t - 1].line == open.line) continue;
        QuoteMark want = closing_of(open.mark);
        if (want == QuoteMark::None) continue;
        std::size_t words = 0, u = t + 1;
        for (; u < n && tk.tokens[u].line == open.line && words <= kMaxWords; ++u) {
            const Token& x = tk.tokens[u];
            if (x.kind == TokKind::Word || x.kind == TokKind::Number) ++words;
            else if (x.kind == TokKind::Quote) break;
        }
        if (u >= n || tk.tokens[u].line != open.line || tk.tokens[u].kind != TokKind::Quote) continue;
        const Token& close = tk.tokens[u];
        if (close.mark != want || close.space_before || words < kMinWords || words > kMaxWords) continue;
        // the words end before any punctuation the quotation closes on ("it.\"")
        std::size_t end = u;
        while (end > t + 1 && tk.tokens[end - 1].kind == TokKind::Punct) --end;
        out.push_back({open.end, tk.tokens[end - 1].end});
        t = u;
    }
    return out;
}

// The span lies in the article's title line.
bool in_title(const SessionArticle& art, Span sp) {
    if (art.title.empty()) return false;
    std::size_t at = art.annotation.text.find(art.title);
    return at != std::string::npos && sp.start >= at && sp.end <= at + art.title.size();
}

}  // namespace

void add_quoted_fragments(Session& s) {
    std::vector<std::vector<std::uint64_t>> pairs(s.claims.size());
    std::unordered_map<std::uint64_t, std::vector<int>> postings;  // word pair -> claims
    for (std::size_t i = 0; i < s.claims.size(); ++i) {
        const SessionClaim& c = s.claims[i];
        pairs[i] = word_pairs(std::string_view(s.articles[c.article].annotation.text).substr(c.span.start, c.span.size()));
        for (std::uint64_t p : pairs[i]) postings[p].push_back(int(i));
    }
    std::vector<SessionClaim> found;
    for (std::size_t a = 0; a < s.articles.size(); ++a) {
        const Annotation& ann = s.articles[a].annotation;
        std::size_t next_claim = 0, reach = 0;  // claims (sorted by start) begun so far; their furthest end
        for (Span sp : short_quotations(ann.text)) {  // in text order
            for (; next_claim < ann.claims.size() && ann.claims[next_claim].span.start <= sp.start; ++next_claim)
                reach = std::max<std::size_t>(reach, ann.claims[next_claim].span.end);
            if (reach >= sp.end) continue;  // a claim covers it
            std::vector<std::uint64_t> mine = word_pairs(std::string_view(ann.text).substr(sp.start, sp.size()));
            // the rarest pair proposes the claims that may hold all of them
            const std::vector<int>* fewest = nullptr;
            for (std::uint64_t p : mine) {
                auto it = postings.find(p);
                if (it == postings.end()) { fewest = nullptr; break; }
                if (!fewest || it->second.size() < fewest->size()) fewest = &it->second;
            }
            if (!fewest) continue;
            int speaker = -1;
            bool one_speaker = true, own = false;
            for (int i : *fewest) {
                const SessionClaim& c = s.claims[i];
                if (!std::includes(pairs[i].begin(), pairs[i].end(), mine.begin(), mine.end())) continue;
                // a claim of its own article holds the words: the fragment only refers back to it
                if (c.article == int(a)) own = true;
                if (c.article == int(a) || c.speaker < 0) continue;
                // words quoted inside a claim ("your comment about 'those people'") are a mention
                // of another's words, not the claim's speaker's
                std::string_view text = std::string_view(s.articles[c.article].annotation.text).substr(c.span.start, c.span.size());
                bool mention = false;
                for (Span q : short_quotations(text)) {
                    std::vector<std::uint64_t> inner = word_pairs(text.substr(q.start, q.size()));
                    mention = mention || std::includes(inner.begin(), inner.end(), mine.begin(), mine.end());
                }
                if (mention) continue;
                if (speaker >= 0 && c.speaker != speaker) one_speaker = false;
                speaker = c.speaker;
            }
            // a headline is a version of its own (it sums the story up), narration refers back
            if (speaker < 0 || !one_speaker || (own && !in_title(s.articles[a], sp))) continue;
            SessionClaim f;
            f.article = int(a), f.claim = -1, f.span = sp, f.speaker = speaker;
            found.push_back(std::move(f));
        }
    }
    if (found.empty()) return;
    s.claims.insert(s.claims.end(), found.begin(), found.end());
    std::stable_sort(s.claims.begin(), s.claims.end(), [](const SessionClaim& x, const SessionClaim& y) {
        return x.article != y.article ? x.article < y.article : x.span.start < y.span.start;
    });
}

}  // namespace whosaid
