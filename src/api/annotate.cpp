// annotate(): the pipeline, stage by stage (docs/architecture.md draws it).
#include "whosaid/whosaid.hpp"

#include <algorithm>
#include <string>

#include "boilerplate.hpp"
#include "claims.hpp"
#include "claims_confidence.hpp"
#include "quotes.hpp"
#include "sentences.hpp"
#include "speakers.hpp"
#include "tokens.hpp"
#include "utf16.hpp"

namespace whosaid {

const char* to_string(SpeakerKind k) { return k == SpeakerKind::Person ? "person" : "organization"; }

const char* to_string(ClaimKind k) {
    switch (k) {
        case ClaimKind::Direct: return "direct";
        case ClaimKind::Indirect: return "indirect";
        case ClaimKind::Mixed: return "mixed";
    }
    return "direct";
}

namespace {

void check_size(std::size_t bytes, const Options& options) {
    if (options.max_input_bytes && bytes > options.max_input_bytes)
        throw InputError("input is " + std::to_string(bytes) + " bytes; the limit is " +
                         std::to_string(options.max_input_bytes) + " bytes");
}

// The annotation's text: `utf8` repaired into it, the repairs counted in its warnings.
Annotation repaired(std::string_view utf8) {
    Annotation a;
    std::size_t replaced = repair_utf8(utf8, a.text);
    if (replaced)
        a.warnings.push_back(std::to_string(replaced) + " invalid UTF-8 sequence" + (replaced == 1 ? "" : "s") +
                             " replaced by U+FFFD");
    return a;
}

// Every pass over a.text (valid UTF-8), into the rest of a.
Annotation annotate_text(Annotation a);

}  // namespace

Annotation annotate(std::string_view utf8, const Options& options) {
    check_size(utf8.size(), options);
    return annotate_text(repaired(utf8));
}

// The text given away is kept as it is when valid (the usual case): no copy of the input beside
// the one the annotation holds, so the peak is one input's size lower (the CLI's path).
Annotation annotate(std::string&& utf8, const Options& options) {
    check_size(utf8.size(), options);
    Annotation a;
    if (next_invalid_utf8(utf8, 0).at < utf8.size()) {
        a = repaired(utf8);
        std::string().swap(utf8);  // given away: not held beside its repaired copy through the passes
    } else {
        a.text = std::move(utf8);
    }
    return annotate_text(std::move(a));
}

namespace {

Annotation annotate_text(Annotation a) {
    std::string_view text = a.text;

    Tokenized tk = tokenize(text);
    std::vector<std::string> line_reason = classify_lines(text, tk);
    std::vector<bool> skip_line(line_reason.size());
    for (std::size_t i = 0; i < line_reason.size(); ++i) {
        skip_line[i] = !line_reason[i].empty();
        if (skip_line[i]) {
            const Line& l = tk.lines[i];
            Span s{l.start, l.end};
            while (s.end > s.start && (text[s.end - 1] == ' ' || text[s.end - 1] == '\t')) --s.end;
            a.boilerplate.push_back(Boilerplate{s, line_reason[i]});
        }
    }
    // Each table is let go once the last pass that reads it is done: the later passes reuse its
    // memory instead of adding to the peak (a string per line here, 0.5 bytes a byte of news).
    std::vector<std::string>().swap(line_reason);
    Quotes quotes = pair_quotes(text, tk);
    std::vector<Sentence> sentences = split_sentences(text, tk, quotes);
    std::vector<RawClaim> raw = find_claims(text, tk, quotes, sentences, skip_line);
    std::vector<Sentence>().swap(sentences);
    std::vector<int> who = resolve_speakers(text, tk, quotes, skip_line, raw, a.speakers);
    tk = Tokenized{};  // the claims below are made of raw's own spans
    quotes = Quotes{};
    for (std::size_t i = 0; i < a.speakers.size(); ++i) a.speakers[i].id = "s" + std::to_string(i + 1);

    // claims in text order, ids after that order
    std::vector<std::size_t> order(raw.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        return raw[x].parts.front().start < raw[y].parts.front().start;
    });
    a.claims.reserve(raw.size());
    for (std::size_t i : order) {
        RawClaim& r = raw[i];
        Claim c;
        c.speaker = who[i];
        c.kind = r.kind;
        c.parts = std::move(r.parts);
        c.span = Span{c.parts.front().start, c.parts.back().end};
        c.cue = r.cue;
        c.via = std::move(r.via);
        c.confidence = c.speaker >= 0 ? r.confidence : std::min(r.confidence, claims_confidence::kNoSpeaker);
        c.id = "c" + std::to_string(a.claims.size() + 1);
        a.claims.push_back(std::move(c));
    }
    return a;
}

}  // namespace

}  // namespace whosaid
