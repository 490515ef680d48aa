// Claims that a whole line makes: a headline with a speech verb ("Minister says fares will rise",
// "Hillary Clinton Says No To Fox News") and a label line ("Kremlin: no talks planned"). Which
// lines are headlines is decided here too: their capitals say nothing about names.
#include "claims_lines.hpp"

#include "claims_confidence.hpp"
#include "lexicon_ascii.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace whosaid::claims_detail {

using namespace lexicon;

namespace {

// A headline in title case ("Putin Open to Talks But Says No to the USA"): its capitals say
// nothing about names, and its verbs are no attributions but for the speech verbs of headlines.
bool title_case_line(std::string_view text, const Tokenized& tk, const Line& line, bool period_allowed) {
    std::uint32_t words = 0, upper = 0;
    for (std::uint32_t i = line.tok_begin; i < line.tok_end; ++i) {
        const Token& t = tk.tokens[i];
        if (t.kind != TokKind::Word) continue;
        std::string_view w = tok_text(text, t);
        if (w.size() <= 3 && !t.upper) continue;  // "to", "of", "the" stay lower in title case
        ++words;
        upper += t.upper;
    }
    if (words < 4 || upper * 10 < words * 8) return false;
    std::uint32_t last = line.tok_end - 1;
    std::string_view end = tok_text(text, tk.tokens[last]);
    if (period_allowed && end == ".") return true;
    return !(end == "." || end == "!" || end == "?");
}



// A dash between a headline's words: an em or en dash, "--", or a hyphen standing alone.
bool is_line_dash(std::string_view w) { return is_dash_word(w) || w == "-"; }

// Does `word` (a surname) come up again after line `li`? A bounded search, once per headline.
bool named_again(std::string_view text, const Tokenized& tk, std::uint32_t li, std::string_view word) {
    if (word.size() < 3 || li + 1 >= tk.lines.size()) return false;
    std::string_view rest = text.substr(tk.lines[li].end);
    return rest.find(word) != std::string_view::npos;
}

// Speech verbs a headline reports with: "says", "tells", "warns of", "urges", "vows", …
bool headline_cue(std::string_view w, std::string_view next) {
    CueInfo info = cue_verb(w);
    if (info.frame == CueFrame::None || info.cognition || !info.strong) return false;
    if (info.frame == CueFrame::Clause || info.frame == CueFrame::Object) return cue_particle(w, next);
    // ("Biden calls Trump risk to safety": a headline's "calls" names what the speaker called
    // someone, with or without "for"/"on")
    return is_headline_complement_cue(w) && (cue_particle(w, next) || (ascii::iequals(w, "calls") && !next.empty()));
}

// Appends the claim a whole line makes: `who` said tokens [cb, ce), the cue at token `cue`.
bool line_claim(std::string_view text, const Tokenized& tk, const Quotes& q, const Phrase& who, std::uint32_t cue,
                std::uint32_t cb, std::uint32_t ce, std::uint32_t li, std::vector<RawClaim>& out) {
    RawClaim c;
    c.speaker = who;
    c.cue = Span{tk.tokens[cue].start, tk.tokens[cue].end};
    c.first_tok = cb;
    c.line = li;
    c.confidence = claims_confidence::kLabelLine;
    if (!set_text(text, tk, q, cb, ce, c)) return false;
    out.push_back(std::move(c));
    return true;
}

}  // namespace

// The text of a claim over tokens [cb, ce): direct when it is one whole quotation, mixed when it
// holds quoted words, indirect otherwise.
bool set_text(std::string_view text, const Tokenized& tk, const Quotes& q, std::uint32_t cb, std::uint32_t ce, RawClaim& c) {
    if (cb >= ce) return false;
    std::int32_t qi = q.owner[cb];
    if (qi >= 0 && q.quotes[static_cast<std::size_t>(qi)].open_tok == cb && q.quotes[static_cast<std::size_t>(qi)].last_tok + 1 >= ce) {
        c.kind = ClaimKind::Direct;
        c.parts = q.quotes[static_cast<std::size_t>(qi)].parts;
    } else {
        c.kind = ClaimKind::Indirect;
        for (std::uint32_t i = cb; i < ce; ++i)
            if (q.owner[i] >= 0) c.kind = ClaimKind::Mixed;
        if (q.owner[ce - 1] >= 0) ce = std::max(ce, q.quotes[static_cast<std::size_t>(q.owner[ce - 1])].last_tok + 1);
        c.parts.push_back(Span{tk.tokens[cb].start, tk.tokens[ce - 1].end});
    }
    c.parts.erase(std::remove_if(c.parts.begin(), c.parts.end(), [](const Span& p) { return p.empty(); }), c.parts.end());
    return !c.parts.empty() && c.parts.back().end <= text.size();
}

std::vector<bool> mark_headlines(std::string_view text, const Tokenized& tk, const std::vector<bool>& skip_line) {
    std::vector<bool> headline(tk.lines.size());
    bool first_story_line = true;
    for (std::size_t i = 0; i < tk.lines.size(); ++i) {
        const Line& l = tk.lines[i];
        if (l.tok_begin == l.tok_end || skip_line[i]) continue;
        // (an article's title line in title case, set apart by a blank line, may carry a full
        // stop: "Mayor Says Fares Will Rise.")
        bool title_line = first_story_line && i + 1 < tk.lines.size() && tk.lines[i + 1].tok_begin == tk.lines[i + 1].tok_end;
        headline[i] = title_case_line(text, tk, l, title_line);
        if (first_story_line) {
            // "Blair defends Iraq decision as inquiry opens": a headline, not a report of speech
            std::uint32_t words = 0;
            bool comma = false;
            for (std::uint32_t k = l.tok_begin; k < l.tok_end; ++k) {
                words += tk.tokens[k].kind == TokKind::Word;
                comma = comma || tok_text(text, tk.tokens[k]) == ",";
            }
            std::string_view last = tok_text(text, tk.tokens[l.tok_end - 1]);
            bool ends = last == "." || last == "!" || last == "?" || last == ":" || tk.tokens[l.tok_end - 1].kind == TokKind::Quote;
            // (a title set apart by a blank line that opens on a label may carry a full stop in
            // sentence case too, as archives store titles: "Lynch: no outside influence on the probe.")
            bool label = false;
            // ("The Latest: Clinton tells …" is a rubric before a headline's own cue)
            for (std::uint32_t k = l.tok_begin + 1; k < l.tok_end && k < l.tok_begin + 6 && !label; ++k)
                label = tok_text(text, tk.tokens[k]) == ":" && !is_rubric_label(tok_text(text, tk.tokens[k - 1])) &&
                        !is_rubric_label(tok_text(text, tk.tokens[l.tok_begin]));
            // (and a comma or a closing quotation: "Sanders: endorsements prove Clinton 'the establishment.'")
            if (title_line && label && (last == "." || tk.tokens[l.tok_end - 1].kind == TokKind::Quote)) ends = comma = false;
            if (words <= 14 && !comma && !ends) headline[i] = true;
            first_story_line = false;
        }
    }
    return headline;
}

// "Minister says rail fares will rise", "Hillary Clinton Says No To Fox News": the speaker before
// a speech verb and what follows it to the end of the line. A headline with no such verb is no claim.
bool headline_claim(std::string_view text, const Tokenized& tk, const Quotes& q, const PhraseReader& r, std::uint32_t li,
                    std::vector<RawClaim>& out) {
    const Line& line = tk.lines[li];
    for (std::uint32_t i = line.tok_begin + 1; i + 2 < line.tok_end && i < line.tok_begin + 12; ++i) {
        const Token& t = tk.tokens[i];
        if (t.kind != TokKind::Word || q.owner[i] >= 0) continue;
        std::string_view next = tk.tokens[i + 1].kind == TokKind::Word ? r.word(i + 1) : std::string_view{};
        if (!headline_cue(r.word(i), next)) continue;
        // "Council told to rethink cuts", "Minister urged to quit": the passive names who was told
        if (ascii::iequals(next, "to") && cue_verb(r.word(i)).frame != CueFrame::Clause) return false;
        Phrase who = r.before(line.tok_begin, i);
        if (!who.ok() || who.kind == PhraseKind::Document || who.kind == PhraseKind::Pronoun || who.b != line.tok_begin)
            return false;
        std::uint32_t cb = i + 1, ce = line.tok_end;
        bool particle = is_particle_of(r, i, cb);
        if (particle) ++cb;  // "warns of cuts", "calls for calm"
        if (cb < ce && ascii::iequals(r.word(cb), "that")) ++cb;
        while (ce > cb && tk.tokens[ce - 1].kind == TokKind::Punct) --ce;
        std::uint32_t words = 0;
        for (std::uint32_t k = cb; k < ce; ++k) {  // words with letters (an emoji is no word)
            unsigned char c0 = static_cast<unsigned char>(r.word(k).empty() ? 0 : r.word(k)[0]);
            words += tk.tokens[k].kind == TokKind::Word && (c0 >= 0x80 ? c0 < 0xE2 : std::isalnum(c0) != 0);
        }
        // "Mayor confirms bridge closure": a bare object is no statement; a clause or a topic is
        if (words < (particle ? 1u : 3u)) return false;
        return line_claim(text, tk, q, who, i, cb, ce, li, out);
    }
    return false;
}

// "Fare rise ‘unfair’ – rail union chief": a headline that quotes and credits its speaker after a
// closing dash. The quotation is required: "Storm hits coast – live" and a site's "– BBC News"
// title suffix credit no one.
bool dash_credit_claim(std::string_view text, const Tokenized& tk, const Quotes& q, const PhraseReader& r, std::uint32_t li,
                       std::vector<RawClaim>& out) {
    const Line& line = tk.lines[li];
    std::uint32_t e = line.tok_end;
    while (e > line.tok_begin && tk.tokens[e - 1].kind == TokKind::Punct && !is_line_dash(r.word(e - 1))) --e;
    std::uint32_t dash = e;
    for (std::uint32_t i = e; i > line.tok_begin + 2 && i + 7 > e; --i)
        if (is_line_dash(r.word(i - 1)) && q.owner[i - 1] < 0) { dash = i - 1; break; }
    if (dash == e || dash + 1 >= e) return false;
    Phrase who = r.classify(dash + 1, e);
    if (who.b != dash + 1 || who.e != e || who.kind == PhraseKind::Pronoun || who.kind == PhraseKind::Document ||
        who.kind == PhraseKind::None || is_outlet_word(r.word(e - 1)))
        return false;
    std::uint32_t ce = dash;
    while (ce > line.tok_begin && tk.tokens[ce - 1].kind == TokKind::Punct) --ce;
    bool quoted = false;
    for (std::uint32_t i = line.tok_begin; i < ce && !quoted; ++i) quoted = q.owner[i] >= 0;
    if (!quoted || ce < line.tok_begin + 2) return false;
    return line_claim(text, tk, q, who, dash, line.tok_begin, ce, li, out);
}

bool is_particle_of(const PhraseReader& r, std::uint32_t cue, std::uint32_t i) {
    return i > cue && (ascii::iequals(r.word(i), "of") || ascii::iequals(r.word(i), "for") || ascii::iequals(r.word(i), "on") ||
                       ascii::iequals(r.word(i), "about") || ascii::iequals(r.word(i), "against"));
}

// "Kremlin: Ukraine has not asked for talks", "Ms Reddy: “We apologise.”": a line that opens
// with a speaker's name and a colon reports what follows as theirs (headlines, transcripts,
// reaction lists). Returns true when the line was taken whole.
std::vector<bool> mark_turns(std::string_view text, const Tokenized& tk, const std::vector<bool>& skip_line) {
    std::vector<bool> turn(tk.lines.size());
    auto label = [&](std::uint32_t li) -> std::string_view {  // "HARLOW" of "HARLOW: …", else empty
        const Line& line = tk.lines[li];
        if (skip_line[li] || line.tok_end < line.tok_begin + 4) return {};
        const Token& t = tk.tokens[line.tok_begin];
        const Token& colon = tk.tokens[line.tok_begin + 1];
        std::string_view w = tok_text(text, t);
        if (t.kind != TokKind::Word || !t.upper || w.size() < 3 || tok_text(text, colon) != ":") return {};
        if (is_place(w) || is_rubric_label(w)) return {};  // ("Paris: …" is a dateline, "Update: …" a rubric)
        return w;
    };
    std::unordered_map<std::string_view, std::uint32_t> opens;
    for (std::uint32_t li = 0; li < tk.lines.size(); ++li)
        if (std::string_view w = label(li); !w.empty()) ++opens[w];
    // (a transcript's speakers in capitals, "TAPPER: …" then "TRUMP: …", are turns even when each
    // speaks once: two different labels in capitals make the text a transcript)
    std::uint32_t caps_labels = 0;
    for (const auto& [w, n] : opens) caps_labels += ascii::all_caps(w) ? 1 : 0;
    for (std::uint32_t li = 0; li < tk.lines.size(); ++li)
        if (std::string_view w = label(li); !w.empty()) turn[li] = opens[w] >= 2 || (caps_labels >= 2 && ascii::all_caps(w));
    return turn;
}

bool label_line(std::string_view text, const Tokenized& tk, const Quotes& q, const PhraseReader& r, std::uint32_t li,
                bool headline, bool turn, std::vector<RawClaim>& out) {
    const Line& line = tk.lines[li];
    std::uint32_t b = line.tok_begin, colon = b;
    while (colon < line.tok_end && colon < b + 6 && !(r.word(colon) == ":" && q.owner[colon] < 0)) ++colon;
    if (colon >= line.tok_end || colon == b || r.word(colon) != ":" || line.tok_end - colon < 4) return false;
    // ("The Latest:", "Delegate Update:", "Paid Notice:": a rubric's word opens or closes it)
    if (is_rubric_label(r.word(b)) || is_rubric_label(r.word(colon - 1))) return false;
    // ("LONDON: The council met …" is a dateline; "Moscow: no talks" in a headline is the government)
    if (colon == b + 1 && ascii::all_caps(r.word(b)) && is_place(r.word(b))) return false;
    Phrase who = r.classify(b, colon);
    bool named = (who.kind == PhraseKind::Name && (who.name_e - who.name_b >= 2 || who.name_b > who.b)) ||
                 (who.kind == PhraseKind::Org && who.name_e > who.name_b);
    // "Sanders: Email Story Has Moved" in a headline: a surname the story goes on to use
    bool surname = headline && who.kind == PhraseKind::Name && who.e == colon && who.name_e - who.name_b == 1 &&
                   named_again(text, tk, li, r.word(who.name_b));
    bool one_word = turn && (who.kind == PhraseKind::Name || who.kind == PhraseKind::Org) && who.e == colon && colon == b + 1;
    named = named || surname || one_word;
    if (!named || who.e != colon) return false;
    bool clause = false;
    for (std::uint32_t i = b; i < colon; ++i) {
        std::string_view w = r.word(i);
        // "Priebus later Thursday told Fox News: “…”": a sentence with its own cue, no label
        // ("Pollsters agree – Carl Bialik: “…”" labels after the dash)
        bool dash_after = false;
        for (std::uint32_t k = i + 1; k < who.name_b && !dash_after; ++k) dash_after = is_line_dash(r.word(k));
        if (!tk.tokens[i].upper && cue_verb(w).frame != CueFrame::None && !dash_after) return false;
        // "Trump Addresses Munich Attack: ‘…’", "Clinton Wades In: …": a title-case headline's
        // clause, not a name ("Hillary Rodham Clinton", "Ursula von der Leyen" are); its
        // quotation is a claim whose speaker the headline does not name
        if (headline && who.kind == PhraseKind::Name && i >= who.name_b && i < who.name_e &&
            (who.name_e - who.name_b > 3 || (is_lower_function_word(w) && !is_name_particle(w))))
            clause = true;
    }
    if (clause) who = Phrase{};
    std::uint32_t cb = colon + 1, ce = line.tok_end;
    while (ce > cb && tk.tokens[ce - 1].kind == TokKind::Punct) --ce;
    std::uint32_t words = 0, capitals = 0;
    for (std::uint32_t i = cb; i < ce; ++i)
        if (tk.tokens[i].kind == TokKind::Word && (r.word(i).size() > 3 || tk.tokens[i].upper)) {
            ++words;
            capitals += tk.tokens[i].upper;
        }
    if (words < 3) return false;
    // "Ukraine: Putin Open to Talks But Says No": a topic before a title-case headline, not a speaker;
    // "Elizabeth Warren: Trump Is a ‘Proven Failure’" names a person, who speaks
    if (capitals * 10 >= words * 8 && who.kind != PhraseKind::Name && !clause) return false;
    if (clause && q.owner[cb] < 0) return false;
    return line_claim(text, tk, q, who, colon, cb, ce, li, out);
}

}  // namespace whosaid::claims_detail
