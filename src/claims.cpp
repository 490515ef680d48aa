#include "claims.hpp"

#include <algorithm>

#include "lexicon.hpp"

namespace whosaid {
namespace {

using namespace lexicon;

struct Cue {
    std::uint32_t b = 0, e = 0;  // tokens of the cue ("said", "pointed out", "according to")
    CueFrame frame = CueFrame::Clause;
    bool according = false;      // "according to", "in the words of"
    bool participle = false;     // "saying", "adding": the subject is earlier in the sentence
    bool strong = true;
    bool cognition = false;      // "believes", "considers": see CueInfo
};

struct Attribution {
    Cue cue;
    Phrase who;
    std::uint32_t b = 0, e = 0;  // tokens covering the speaker phrase and the cue
    bool inverted = false;       // "said Smith"
    bool relative = false;       // "which Moscow said", "as Smith said": the clause ends at a comma
    bool tail = false;           // "…, Smith said." after what was said
    bool parenthetical = false;  // "The reforms, he said, were …": what was said goes on after it
    std::string via;
};

class SentenceReader {
public:
    SentenceReader(std::string_view text, const Tokenized& tk, const Quotes& q, std::vector<RawClaim>& out)
        : text_(text), toks_(tk.tokens), q_(q), out_(out), r_(text, tk.tokens) {}

    void read(const Sentence& s, const Sentence* previous);

private:
    // ---- small token helpers
    std::string_view w(std::uint32_t i) const { return r_.word(i); }
    bool is(std::uint32_t i, std::string_view s) const { return i < end_ && r_.is(i, s); }
    bool word_at(std::uint32_t i) const { return i < end_ && toks_[i].kind == TokKind::Word; }
    bool outside(std::uint32_t i) const { return q_.owner[i] < 0; }
    bool punct(std::uint32_t i, std::string_view s) const { return i < end_ && toks_[i].kind == TokKind::Punct && w(i) == s; }
    bool closing_quote(std::uint32_t i) const {
        return i < toks_.size() && toks_[i].kind == TokKind::Quote && q_.owner[i] >= 0 &&
               q_.quotes[static_cast<std::size_t>(q_.owner[i])].close_tok == i;
    }
    bool is_dash(std::uint32_t i) const {
        return i < end_ && toks_[i].kind == TokKind::Punct &&
               (w(i) == "\xE2\x80\x93" || w(i) == "\xE2\x80\x94" || w(i) == "-");
    }

    bool cue_at(std::uint32_t i, Cue& cue) const;
    bool attribute(const Cue& cue, Attribution& a) const;
    bool is_tail(Attribution& a) const;
    std::uint32_t content_start(const Attribution& a, std::string& via) const;
    std::uint32_t content_end(std::uint32_t from, std::uint32_t limit, bool relative) const;
    std::uint32_t skip_adjuncts(std::uint32_t i, std::string& via) const;
    std::uint32_t after_connectives(std::uint32_t i) const;
    std::uint32_t after_dateline(std::uint32_t i) const;
    std::string find_via(std::uint32_t from, std::uint32_t to) const;
    bool taken(std::uint32_t b, std::uint32_t e) const;
    std::int32_t emit(std::uint32_t cb, std::uint32_t ce, const Attribution* a, std::int32_t inherit, double conf);
    void follow_on_quotes();

    std::string_view text_;
    const std::vector<Token>& toks_;
    const Quotes& q_;
    std::vector<RawClaim>& out_;
    PhraseReader r_;
    std::uint32_t begin_ = 0, end_ = 0, line_ = 0;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> claimed_;  // token ranges taken in this sentence
    std::vector<bool> quote_claimed_ = std::vector<bool>(q_.quotes.size());  // each quotation is claimed once
    // "The minister said:" ending a paragraph: the quotation opening the next one is his
    bool has_pending_ = false;
    Attribution pending_;
    std::uint32_t pending_line_ = 0;
    std::size_t first_claim_ = 0;
    const Sentence* previous_ = nullptr;
};

bool SentenceReader::cue_at(std::uint32_t i, Cue& cue) const {
    if (!word_at(i) || !outside(i)) return false;
    if (is(i, "according") && is(i + 1, "to")) {
        cue = Cue{i, i + 2, CueFrame::Clause, true, false, true};
        return true;
    }
    if (is(i, "in") && is(i + 1, "the") && is(i + 2, "words") && is(i + 3, "of")) {
        cue = Cue{i, i + 4, CueFrame::Clause, true, false, true};
        return true;
    }
    CueInfo info = cue_verb(w(i));
    if (info.frame == CueFrame::None) return false;
    if (toks_[i].upper && i > begin_) return false;  // "United States", "Trump Says …" headlines
    if ((is(i, "states") || is(i, "reports") || is(i, "claims") || is(i, "notes") || is(i, "calls")) && i > begin_ &&
        word_at(i - 1)) {
        // "member states", "several reports", "these claims": a plural noun after a modifier, not a verb
        static const char* const kModifiers[] = {"member", "nation", "gulf", "baltic", "arab", "other", "several", "many",
                                                 "some", "these", "those", "both", "all", "most", "neighbouring",
                                                 "neighboring", "sovereign", "federal", "united", "two", "three", "four",
                                                 "such", "the", "false", "news", "media", "phone", "their", "his", "her",
                                                 "its", "our", "recent", "earlier", "previous", "further", "new"};
        for (const char* m : kModifiers)
            if (is(i - 1, m)) return false;
    }
    std::string_view next = word_at(i + 1) ? w(i + 1) : std::string_view{};
    // "…, calling the move “unfriendly”", "…, but called it “a step in the right direction”"
    bool calling = i > begin_ && ((is(i, "calling") && punct(i - 1, ",")) ||
                                  ((is(i, "called") || is(i, "calls")) && (is(i - 1, "and") || is(i - 1, "but"))));
    if (!calling && !cue_particle(w(i), next)) return false;
    // "asked about the bill", "Asked whether …": a question put to someone, not a statement
    if ((is(i, "asked") || is(i, "asks") || is(i, "asking")) && !(i > begin_ && (closing_quote(i - 1) || punct(i - 1, ",")) &&
                                                                  q_.owner[i - 1] >= 0)) {
        // ("“Who will pay?” asked Edwards." is a question quoted, and stays a claim)
        bool request = false;
        for (std::uint32_t k = i + 1; k < end_ && k < i + 6 && word_at(k); ++k)
            if (is(k, "to") || is(k, "for")) request = true;
        if (!request) return false;
    }
    cue = Cue{i, i + 1, info.frame, false, false, info.strong};
    cue.cognition = info.cognition;
    std::string_view v = w(i);
    cue.participle = v.size() > 4 && v.substr(v.size() - 3) == "ing";
    // the particle belongs to the cue: "pointed out", "spoke of", "called for", "opened up"
    if ((is(i, "called") || is(i, "calls") || is(i, "spoke") || is(i, "speaks") || is(i, "pointed") ||
         is(i, "points") || is(i, "opened") || is(i, "appealed")) && !calling)
        cue.e = i + 2;
    // a plea, a call: "reiterated his plea for", "renewed his call for"
    return true;
}

// Finds who speaks for a cue: the phrase before it ("Smith said"), after it ("said Smith",
// "according to Smith"), or, for a participle ("…, saying"), the subject found earlier.
bool SentenceReader::attribute(const Cue& cue, Attribution& a) const {
    a = Attribution{};
    a.cue = cue;
    if (cue.according) {
        Phrase p = r_.after(cue.e, end_);
        if (!p.ok()) return false;
        std::uint32_t e = p.e;
        // "according to a tweet issued by Scholz’s spokesperson Steffen Hebestreit"
        if (p.kind == PhraseKind::Document) {
            std::uint32_t j = p.e;
            if (is(j, "issued") || is(j, "released") || is(j, "published") || is(j, "posted")) ++j;
            if (is(j, "by") || is(j, "from") || is(j, "of")) {
                Phrase by = r_.after(j + 1, end_);
                if (by.ok()) {
                    a.via = std::string(text_.substr(toks_[p.b].start, toks_[p.e - 1].end - toks_[p.b].start));
                    p = by;
                    e = by.e;
                }
            }
        }
        a.who = p;
        a.b = cue.b;
        a.e = e;
        return true;
    }
    // "which Moscow said", "as Smith said", "when he told"
    Phrase p = r_.before(begin_, cue.b);
    if (p.ok()) {
        a.who = p;
        a.b = p.b;
        a.e = cue.e;
        if (p.b > begin_ && word_at(p.b - 1) &&
            (is(p.b - 1, "which") || is(p.b - 1, "who") || is(p.b - 1, "as") || is(p.b - 1, "what")))
            a.relative = true;
        return true;
    }
    // inverted: "…,” said Smith." / "…, said the ministry" (never "told X": X is who was told)
    if (cue.b > begin_ && cue.frame != CueFrame::Object && (punct(cue.b - 1, ",") || closing_quote(cue.b - 1))) {
        Phrase after = r_.after(cue.e, end_);
        // "said its chairman, Shaun Davies": the name after the role speaks
        if (after.ok() && after.kind == PhraseKind::Role && punct(after.e, ",")) {
            Phrase name = r_.after(after.e + 1, end_);
            if (name.ok() && name.kind == PhraseKind::Name) {
                name.title_b = after.b;
                name.title_e = after.e;
                name.b = after.b;
                after = name;
            }
        }
        if (after.ok() && after.kind != PhraseKind::Pronoun) {
            a.who = after;
            a.b = cue.b;
            a.e = after.e;
            a.inverted = true;
            return true;
        }
        if (after.ok()) {  // "…,” said he." is rare but unambiguous
            a.who = after;
            a.b = cue.b;
            a.e = after.e;
            a.inverted = true;
            return true;
        }
    }
    // "Officials familiar with the talks, who spoke on condition of anonymity, said …": the
    // sentence opens with the speaker and an aside runs up to the verb
    if (cue.b > begin_ && punct(cue.b - 1, ",") && !cue.participle) {
        std::uint32_t s0 = after_connectives(begin_);
        Phrase subj = r_.after(s0, cue.b);
        if (subj.ok() && subj.kind != PhraseKind::Pronoun && subj.kind != PhraseKind::Document && subj.e < cue.b &&
            cue.b - subj.e <= 16) {
            // no other speaker's verb in between ("who spoke" is fine) and no quotation, unless it
            // sits in a relative clause ("who has described the business as a “burning platform”")
            bool relative = punct(subj.e, ",") && (is(subj.e + 1, "who") || is(subj.e + 1, "which") || is(subj.e + 1, "whose"));
            bool clean = true;
            for (std::uint32_t k = subj.e; k + 1 < cue.b; ++k)
                if ((!outside(k) && !relative) ||
                    (word_at(k) && cue_verb(w(k)).frame != CueFrame::None && r_.before(subj.e, k).ok()))
                    clean = false;
            if (clean) {
                a.who = subj;
                a.b = subj.b;
                a.e = cue.e;
                return true;
            }
        }
    }
    // the passive "X was quoted as saying"
    if (cue.participle && cue.b >= begin_ + 3 && is(cue.b - 1, "as") && is(cue.b - 2, "quoted")) {
        Phrase q = r_.before(begin_, cue.b - 2);
        if (q.ok()) {
            a.who = q;
            a.b = q.b;
            a.e = cue.e;
            return true;
        }
    }
    return false;
}

// Is the attribution a tail after what was said ("…, the Kremlin said on Friday.")?
bool SentenceReader::is_tail(Attribution& a) const {
    if (a.b <= begin_) return false;
    std::uint32_t before = a.b - 1;
    bool separated = punct(before, ",") || closing_quote(before) || is_dash(before) || punct(before, ":");
    if (!separated) return false;
    std::uint32_t i = a.e;
    if (a.cue.frame == CueFrame::Object && i < end_ && word_at(i)) {
        // "…,” Biden told reporters at the White House." : the person told, then the tail
        if (is(i, "him") || is(i, "her") || is(i, "them") || is(i, "us") || is(i, "me") || is(i, "reporters") ||
            is(i, "journalists") || is(i, "lawmakers") || is(i, "supporters") || is(i, "parliament") || is(i, "mps")) {
            ++i;
        } else {
            Phrase obj = r_.after(i, end_);
            if (obj.ok() && obj.kind != PhraseKind::Pronoun) i = obj.e;
        }
        if (i < end_ && word_at(i) && is(i, "that")) return false;
        // "…,” Bush told a crowd of about 8,000.": whoever was told, no clause follows
        bool clause = false;
        for (std::uint32_t k = i; k < end_ && !clause; ++k)
            clause = is(k, "that") || toks_[k].kind == TokKind::Quote || punct(k, ":");
        if (!clause) return true;
    }
    if (i >= end_) return true;
    if (toks_[i].kind == TokKind::Punct) {
        std::string_view p = w(i);
        if (p == "." || p == "!" || p == "?" || p == ";" || p == "\xE2\x80\xA6") return true;
        if (p == ",") {
            // "…,” he said, “…” (split quote); "…, he said, adding that …"; "…, she said, citing …"
            std::uint32_t n = i + 1;
            if (n >= end_ || !word_at(n) || closing_quote(a.b - 1)) return true;
            std::string_view v = w(n);
            bool participle = v.size() > 4 && v.substr(v.size() - 3) == "ing";
            if (participle || is(n, "according") || is(n, "citing") || is(n, "in") || is(n, "on") || is(n, "at") ||
                is(n, "as") || is(n, "while") || is(n, "when") || is(n, "after") || is(n, "before") || is(n, "but") ||
                is(n, "and") || is(n, "though") || is(n, "although"))
                return true;
            // "The reforms, he said, were “about fairness”": the sentence goes on after the cue
            a.parenthetical = a.b > begin_ && punct(a.b - 1, ",");
            return !a.parenthetical;
        }
        if (p == ":") return false;
        return is_dash(i);
    }
    if (toks_[i].kind == TokKind::Quote) return false;
    // adjuncts only: "on Friday", "in a statement", "told reporters", "late on Monday", "to Reuters"
    static const char* const kTailStarts[] = {"on", "in", "at", "during", "after", "before", "to", "late",
                                               "early", "last", "this", "yesterday", "today", "told", "via",
                                               "by", "citing", "while", "when", "as", "earlier", "later",
                                               "according", "afterwards", "too", "again", "recently",
                                               "tonight", "monday", "tuesday", "wednesday", "thursday",
                                               "friday", "saturday", "sunday", "with", "from", "about"};
    for (const char* s : kTailStarts)
        if (is(i, s)) return true;
    return false;
}

// "WASHINGTON (AP) —", "MOSCOW, Oct 3 (Reuters) -", "KYIV, Ukraine —": a dateline at the start of
// a paragraph; returns the first token after it, or `i` when there is none.
std::uint32_t SentenceReader::after_dateline(std::uint32_t i) const {
    if (i >= end_ || !word_at(i) || (i > 0 && toks_[i - 1].line == toks_[i].line)) return i;
    std::string_view first = w(i);
    bool caps = first.size() >= 3;
    for (char c : first)
        if (c >= 'a' && c <= 'z') caps = false;
    if (!caps) return i;
    for (std::uint32_t k = i + 1; k < end_ && k < i + 14; ++k)
        if (is_dash(k) || w(k) == "\xE2\x80\x94") return k + 1;
    return i;
}

std::uint32_t SentenceReader::after_connectives(std::uint32_t i) const {
    i = after_dateline(i);
    // "But", "And", "However,": not part of what was said
    while (i < end_ && word_at(i) && (is(i, "but") || is(i, "and") || is(i, "so") || is(i, "however") ||
                                      is(i, "meanwhile") || is(i, "yet"))) {
        ++i;
        if (punct(i, ",")) ++i;
    }
    return i;
}

// Skips what may sit between a cue and the reported clause: "on Monday", ", in tweets via
// Twitter,", "in a statement", "to reporters", "that".
std::uint32_t SentenceReader::skip_adjuncts(std::uint32_t i, std::string& via) const {
    for (int guard = 0; guard < 8 && i < end_; ++guard) {
        if (is(i, "that")) return i + 1;
        if (word_at(i) && (is_time_word(w(i)) || is(i, "however") || is(i, "also") || is(i, "again") ||
                           is(i, "too") || is(i, "afterwards") || is(i, "afterward") || is(i, "then") ||
                           (w(i).size() > 4 && w(i).substr(w(i).size() - 2) == "ly" && !toks_[i].upper && !is(i, "only")))) {
            ++i;
            continue;
        }
        if ((is(i, "on") || is(i, "last") || is(i, "this") || is(i, "late") || is(i, "early") || is(i, "next")) &&
            word_at(i + 1) && is_time_word(w(i + 1))) {
            i += 2;
            continue;
        }
        if ((is(i, "in") || is(i, "on") || is(i, "to") || is(i, "via") || is(i, "through")) && word_at(i + 1)) {
            // "in a statement", "on Telegram", "to reporters", "in an interview with the BBC"
            std::uint32_t j = i + 1;
            if (is(j, "a") || is(j, "an") || is(j, "the") || is(j, "his") || is(j, "her") || is(j, "their") || is(j, "its")) ++j;
            std::uint32_t k = j;
            while (k < end_ && word_at(k) && k - j < 5 && (is_document(w(k)) || is_media(w(k)) || toks_[k].upper || is(k, "news")))
                ++k;
            if (k > j) {
                // "with the BBC", "on Telegram"
                while ((is(k, "with") || is(k, "on") || is(k, "via") || is(k, "to")) && word_at(k + 1)) {
                    std::uint32_t m = k + 1;
                    if (is(m, "the") || is(m, "a")) ++m;
                    std::uint32_t n = m;
                    while (n < end_ && word_at(n) && (toks_[n].upper || is_media(w(n)) || is_document(w(n)))) ++n;
                    if (n == m) break;
                    k = n;
                }
                if (via.empty()) via = std::string(text_.substr(toks_[j].start, toks_[k - 1].end - toks_[j].start));
                i = k;
                continue;
            }
        }
        if (word_at(i) && (is(i, "in") || is(i, "during") || is(i, "at") || is(i, "after") || is(i, "before") ||
                           is(i, "with") || is(i, "on") || is(i, "to") || is(i, "outside") || is(i, "inside") ||
                           is(i, "from") || is(i, "following") || is(i, "ahead") || is(i, "near") || is(i, "via") ||
                           is(i, "through") || is(i, "over") || is(i, "under") || is(i, "late") || is(i, "early"))) {
            // "insisted in a conversation with Olaf Scholz that …", "announced after the call that …"
            std::uint32_t k = i + 1;
            while (k < end_ && k < i + 16 && word_at(k) && outside(k) && !is(k, "that")) ++k;
            if (is(k, "that") && k > i + 1) {
                std::string inner = find_via(i, k);
                if (via.empty()) via = inner;
                return k + 1;
            }
        }
        if (punct(i, ",")) {
            // an aside between commas before "that": "noted, however, that"; "announced, Monday, that"
            std::uint32_t k = i + 1;
            while (k < end_ && k - i < 10 && !punct(k, ",") && outside(k)) ++k;
            if (punct(k, ",") && is(k + 1, "that")) {
                std::string inner = find_via(i + 1, k);
                if (via.empty()) via = inner;
                return k + 2;
            }
            if (punct(k, ",") && k > i + 1) {
                // a short aside with no "that": "said, in a statement, the plan …"
                bool aside = true;
                for (std::uint32_t m = i + 1; m < k; ++m)
                    if (!word_at(m)) aside = false;
                if (aside && k - i <= 5) {
                    std::string inner = find_via(i + 1, k);
                    if (via.empty()) via = inner;
                    i = k + 1;
                    continue;
                }
            }
            return i;
        }
        break;
    }
    return i;
}

// A relay channel named between `from` and `to`: "told TASS", "citing RIA Novosti agency",
// "in a statement on Telegram", "cited by Interfax".
std::string SentenceReader::find_via(std::uint32_t from, std::uint32_t to) const {
    for (std::uint32_t i = from; i < to && i < end_; ++i) {
        if (!word_at(i)) continue;
        if (!(is(i, "told") || is(i, "to") || is(i, "by") || is(i, "citing") || is(i, "via") || is(i, "on") ||
              is(i, "in") || is(i, "cited") || is(i, "through")))
            continue;
        std::uint32_t j = i + 1;
        if (is(j, "by")) ++j;
        if (is(j, "the") || is(j, "a") || is(j, "an")) ++j;
        std::uint32_t k = j;
        bool channel = false;
        while (k < to && word_at(k) && k - j < 5 && (toks_[k].upper || is_media(w(k)) || is_document(w(k)) || is(k, "news"))) {
            // reporters and journalists are the audience, not a channel
            bool audience = is(k, "reporters") || is(k, "journalists") || is(k, "press") || is(k, "media");
            if ((is_media(w(k)) || is_document(w(k))) && !audience) channel = true;
            ++k;
        }
        if (k > j && channel) return std::string(text_.substr(toks_[j].start, toks_[k - 1].end - toks_[j].start));
    }
    return {};
}

// Where the reported clause begins after the cue, or kNoToken.
std::uint32_t SentenceReader::content_start(const Attribution& a, std::string& via) const {
    std::uint32_t i = a.e;
    if (a.cue.according) {
        // "According to X, CLAUSE": after the comma that closes the attribution
        while (i < end_ && !punct(i, ",") && outside(i) && i - a.e < 8) ++i;
        if (!punct(i, ",")) return kNoToken;
        return after_connectives(i + 1);
    }
    if (a.cue.frame == CueFrame::Object) {
        // the person told: a pronoun, "reporters", a name, a channel ("told TASS")
        if (word_at(i) && (is(i, "him") || is(i, "her") || is(i, "them") || is(i, "us") || is(i, "me") ||
                           is(i, "reporters") || is(i, "journalists") || is(i, "lawmakers") || is(i, "parliament"))) {
            ++i;
        } else {
            Phrase obj = r_.after(i, end_);
            if (obj.ok()) {
                bool channel = false;
                for (std::uint32_t k = obj.b; k < obj.e; ++k)
                    if (is_media(w(k))) channel = true;
                if (channel && via.empty()) via = std::string(text_.substr(toks_[obj.b].start, toks_[obj.e - 1].end - toks_[obj.b].start));
                i = obj.e;
            } else if (word_at(i) || toks_[i].kind == TokKind::Quote) {
                // "told the “Kazinform” agency that …": whatever the object, "that" opens the clause
                std::uint32_t k = i;
                while (k < end_ && k < i + 8 && !is(k, "that") && !punct(k, ",") && !punct(k, ".")) ++k;
                if (!is(k, "that")) return kNoToken;
                if (via.empty()) via = find_via(a.cue.b, k);
                i = k;
            }
        }
    }
    if (a.cue.frame == CueFrame::Complement) {
        // "urged that …" opens a clause; "dismissed that as …" has "that" as its object
        if (is(i, "that") && !is(i + 1, "as") && !is(i + 1, "idea") && !is(i + 1, "claim")) ++i;
        return i < end_ && (word_at(i) || toks_[i].kind == TokKind::Quote || toks_[i].kind == TokKind::Number) ? i : kNoToken;
    }
    // "warned of an impending assault", "spoke about the risks": the topic is the claim
    if ((is(i, "of") || is(i, "about") || is(i, "against")) && i + 2 < end_ &&
        (is(a.cue.b, "warned") || is(a.cue.b, "warns") || is(a.cue.b, "warning") || is(a.cue.b, "cautioned") ||
         is(a.cue.b, "complained") || is(a.cue.b, "complains")))
        return i + 1;
    // "promised to “get Britain building”", "vowed to fight on": the infinitive is the claim
    if (is(i, "to") && i + 1 < end_ && (toks_[i + 1].kind == TokKind::Quote || (word_at(i + 1) && !toks_[i + 1].upper)) &&
        !is(i + 1, "the") && !is(i + 1, "a") && !is(i + 1, "reporters") && !is(i + 1, "journalists"))
        return i + 1;
    i = skip_adjuncts(i, via);
    if (punct(i, ":") || (punct(i, ",") && i + 1 < end_ && toks_[i + 1].kind == TokKind::Quote)) ++i;
    if (i >= end_) return kNoToken;
    const Token& t = toks_[i];
    if (t.kind == TokKind::Quote || t.kind == TokKind::Number) return i;
    if (t.kind != TokKind::Word) return kNoToken;
    if (i > a.e && is(i - 1, "that")) return i;  // after "that" anything is the clause ("that at least one …")
    // a clause starts with a subject-like word, not a preposition ("said in", "said of")
    if (is(i, "of") || is(i, "in") || is(i, "on") || is(i, "at") || is(i, "to") || is(i, "for") || is(i, "with") ||
        is(i, "by") || is(i, "so") || is(i, "and") || is(i, "but") || is(i, "as") || is(i, "about") || is(i, "from"))
        return kNoToken;
    return i;
}

// Where a reported clause that starts at `from` ends: the sentence end, a tail attribution, the
// next coordinated speech verb ("…, and affirmed …"), or for relative attributions the next comma.
std::uint32_t SentenceReader::content_end(std::uint32_t from, std::uint32_t limit, bool relative) const {
    for (std::uint32_t i = from; i < limit; ++i) {
        if (!outside(i)) continue;
        if (relative && punct(i, ",")) return i;
        if (i > from + 2 && word_at(i)) {
            CueInfo info = cue_verb(w(i));
            bool past = w(i).size() > 3 && (w(i).substr(w(i).size() - 2) == "ed" || is(i, "said") || is(i, "told") || is(i, "spoke"));
            bool coordinated = is(i - 1, "and") || is(i - 1, "but") || punct(i - 1, ",") ||
                               (is(i - 1, "also") && (is(i - 2, "and") || is(i - 2, "but") || punct(i - 2, ",")));
            if (info.frame != CueFrame::None && past && coordinated &&
                cue_particle(w(i), word_at(i + 1) ? w(i + 1) : std::string_view{})) {
                std::uint32_t cut = i - 1;
                if (is(cut, "also")) --cut;
                if ((is(cut, "and") || is(cut, "but")) && cut > from && punct(cut - 1, ",")) --cut;
                return cut;
            }
        }
        if (punct(i, ",") && (is(i + 1, "according") || is(i + 1, "citing"))) return i;
        if (punct(i, ",") && (is(i + 1, "in") || is(i + 1, "on") || is(i + 1, "told") || is(i + 1, "via")) &&
            !find_via(i + 1, std::min(limit, i + 9)).empty()) {
            std::uint32_t k = i + 1;
            while (k < limit && word_at(k)) ++k;
            if (k >= limit || toks_[k].kind == TokKind::Punct) return i;
        }
        // "…, reporting that …", "…, adding that …": a participle starts the next claim
        if (punct(i, ",") && i > from + 1 && word_at(i + 1)) {
            std::string_view v = w(i + 1);
            if (v.size() > 5 && v.substr(v.size() - 3) == "ing" && cue_verb(v).frame != CueFrame::None) return i;
        }
        // "…, and Zelensky said …": a coordinated clause with its own speaker
        if ((is(i, "and") || is(i, "but") || is(i, "while") || is(i, "whereas")) && i > from + 2) {
            for (std::uint32_t k = i + 1; k < limit && k < i + 9; ++k) {
                if (!word_at(k) || !outside(k)) break;
                if (cue_verb(w(k)).frame == CueFrame::None || toks_[k].upper) continue;
                Phrase p = r_.before(i + 1, k);
                if (p.ok() && p.b == i + 1) return punct(i - 1, ",") ? i - 1 : i;
                break;
            }
        }
    }
    return limit;
}

bool SentenceReader::taken(std::uint32_t b, std::uint32_t e) const {
    for (auto [cb, ce] : claimed_)
        if (b < ce && cb < e) return true;
    return false;
}

// Emits the claim over tokens [cb, ce): direct when it is exactly one quotation, mixed when it
// holds quoted words, indirect otherwise.
std::int32_t SentenceReader::emit(std::uint32_t cb, std::uint32_t ce, const Attribution* a, std::int32_t inherit,
                                  double conf) {
    // trim punctuation at the edges (but keep a closing quote mark)
    while (ce > cb && toks_[ce - 1].kind == TokKind::Punct) --ce;
    while (cb < ce && toks_[cb].kind == TokKind::Punct) ++cb;
    if (cb >= ce) return -1;
    // a quotation that began in an earlier paragraph
    if (q_.owner[cb] >= 0) {
        const Quote& qq = q_.quotes[static_cast<std::size_t>(q_.owner[cb])];
        if (qq.open_tok < cb) cb = qq.open_tok;
    }
    // never claim a quotation twice (a long quotation spans several sentences)
    for (std::uint32_t i = cb; i < ce; ++i)
        if (q_.owner[i] >= 0 && quote_claimed_[static_cast<std::size_t>(q_.owner[i])]) return -1;
    RawClaim c;
    c.line = line_;
    c.first_tok = cb;
    std::int32_t qi = q_.owner[cb];
    const Quote* whole = nullptr;
    if (qi >= 0) {
        const Quote& qq = q_.quotes[static_cast<std::size_t>(qi)];
        if (qq.open_tok == cb && qq.last_tok + 1 >= ce) whole = &qq;
    }
    if (whole) {
        c.kind = ClaimKind::Direct;
        c.parts = whole->parts;
        ce = std::max(ce, whole->last_tok + 1);
    } else {
        bool quoted = false;
        for (std::uint32_t i = cb; i < ce; ++i)
            if (q_.owner[i] >= 0) quoted = true;
        // a clause must not end inside an open quotation: extend to its end
        if (q_.owner[ce - 1] >= 0) ce = std::max(ce, q_.quotes[static_cast<std::size_t>(q_.owner[ce - 1])].last_tok + 1);
        c.kind = quoted ? ClaimKind::Mixed : ClaimKind::Indirect;
        c.parts.push_back(Span{toks_[cb].start, toks_[ce - 1].end});
    }
    for (Span& p : c.parts)  // quoted text without the spaces just inside the marks
        while (p.end > p.start && (text_[p.end - 1] == ' ')) --p.end;
    if (c.parts.empty() || c.parts.front().empty()) return -1;
    if (a) {
        c.speaker = a->who;
        c.cue = Span{toks_[a->cue.b].start, toks_[a->cue.e - 1].end};
        c.via = a->via;
        if (!a->cue.strong) conf -= 0.15;
    }
    c.inherit = inherit;
    c.confidence = conf;
    claimed_.emplace_back(cb, ce);
    for (std::uint32_t i = cb; i < ce; ++i)
        if (q_.owner[i] >= 0) quote_claimed_[static_cast<std::size_t>(q_.owner[i])] = true;
    out_.push_back(std::move(c));
    return static_cast<std::int32_t>(out_.size() - 1);
}

void SentenceReader::read(const Sentence& s, const Sentence* previous) {
    begin_ = s.tok_begin;
    end_ = s.tok_end;
    line_ = s.line;
    claimed_.clear();
    first_claim_ = out_.size();
    previous_ = previous;

    if (has_pending_ && line_ > pending_line_ + 2) has_pending_ = false;
    if (has_pending_ && line_ > pending_line_ && begin_ < end_ && toks_[begin_].kind == TokKind::Quote &&
        q_.owner[begin_] >= 0 && q_.quotes[static_cast<std::size_t>(q_.owner[begin_])].open_tok == begin_) {
        const Quote& qq = q_.quotes[static_cast<std::size_t>(q_.owner[begin_])];
        has_pending_ = false;
        emit(begin_, std::min(qq.last_tok + 1, end_), &pending_, -1, 0.8);
    }
    std::vector<Attribution> atts;
    for (std::uint32_t i = begin_; i < end_; ++i) {
        Cue cue;
        if (!cue_at(i, cue)) continue;
        Attribution a;
        bool after_comma = cue.b > begin_ && punct(cue.b - 1, ",");
        bool coordinated = cue.b > begin_ &&
                           (is(cue.b - 1, "and") || is(cue.b - 1, "but") || (!cue.participle && after_comma) ||
                            (is(cue.b - 1, "also") && cue.b - 1 > begin_ &&
                             (is(cue.b - 2, "and") || is(cue.b - 2, "but") || punct(cue.b - 2, ","))));
        if (cue.participle && after_comma) {
            // "…, saying that …": the subject of the earlier cue, or else of the sentence, speaks
            a = Attribution{};
            a.cue = cue;
            a.b = cue.b;
            a.e = cue.e;
            if (!atts.empty()) {
                a.who = atts.back().who;
            } else {
                Phrase subj = r_.after(after_connectives(begin_), cue.b);
                if (!subj.ok() || subj.kind == PhraseKind::Document || subj.kind == PhraseKind::Pronoun) {
                    i = cue.e - 1;
                    continue;
                }
                a.who = subj;
            }
            atts.push_back(a);
        } else if (attribute(cue, a)) {
            a.tail = is_tail(a);
            atts.push_back(a);
        } else if (!atts.empty() && coordinated) {
            // "…, but added …": the subject of the earlier cue speaks; after "according to X, the
            // president … and told …" it is the clause's own subject
            a = Attribution{};
            a.cue = cue;
            a.who = atts.back().who;
            if (atts.back().cue.according) {
                std::string unused;
                std::uint32_t s0 = content_start(atts.back(), unused);
                if (s0 != kNoToken && s0 < cue.b) {
                    Phrase subj = r_.after(s0, cue.b);
                    if (subj.ok() && subj.kind != PhraseKind::Document) a.who = subj;
                }
            }
            a.b = cue.b;
            a.e = cue.e;
            atts.push_back(a);
        }
        i = cue.e - 1;
    }
    if (atts.empty()) {
        follow_on_quotes();
        return;
    }

    // The tail attribution closes what came before it; find the first one.
    std::uint32_t tail_cut = end_;
    for (const Attribution& a : atts)
        if (a.tail && !a.cue.participle) {
            tail_cut = a.b - 1;
            break;
        }

    // Pass 1: verbs with the clause after them ("X said (that) …", "X urged Y to …").
    std::int32_t last_claim = -1;
    std::uint32_t inner_att = end_;  // where the attribution of a later claim begins
    for (std::size_t k = atts.size(); k-- > 0;) {
        Attribution& a = atts[k];
        if (a.cue.according || a.tail) continue;
        // "Tokhtarov noted that Kazakhstan considers Iran …": a belief inside a report is what was
        // reported, not a new attribution
        if (a.cue.cognition && k > 0) continue;
        std::string via = a.via;
        std::uint32_t cb = a.parenthetical ? a.e + 1 : content_start(a, via);
        // "As the minister said, the talks will resume": what was said follows the comma
        bool as_said = a.relative && a.b > begin_ && is(a.b - 1, "as") && a.b - 1 == after_connectives(begin_) &&
                       punct(a.e, ",");
        if (as_said) {
            cb = a.e + 1;
            a.relative = false;
        }
        if (cb == kNoToken || cb >= end_) continue;
        std::uint32_t limit = cb < tail_cut ? tail_cut : end_;
        std::uint32_t ce = content_end(cb, limit, a.relative);
        if (inner_att > cb && inner_att < ce) {
            // "…costs for temporary accommodation, which it said had risen": end before "which it said";
            // "reporting that during the call, Scholz urged …": a fronted adverbial is no claim of its own
            ce = inner_att;
            if (ce > cb && (is(ce - 1, "which") || is(ce - 1, "who") || is(ce - 1, "as") || is(ce - 1, "that"))) --ce;
            if (ce - cb < 5 || is(cb, "during") || is(cb, "in") || is(cb, "on") || is(cb, "at") || is(cb, "after") ||
                is(cb, "before") || is(cb, "while") || is(cb, "when"))
                continue;
        }
        if (ce <= cb || taken(cb, ce)) continue;
        // "confirmed the talks": a bare object is no statement; a clause or a quotation is
        if (a.cue.frame == CueFrame::Clause && !is(cb - 1, "that") && toks_[cb].kind != TokKind::Quote &&
            !punct(cb - 1, ":") && ce - cb < 4)
            continue;
        // a channel is named around the clause, never inside it
        if (via.empty()) via = find_via(a.cue.b, cb);
        if (via.empty()) via = find_via(ce, end_);
        a.via = via;
        double conf = a.who.kind == PhraseKind::Name ? 0.85 : 0.75;
        std::int32_t inherit = -1;
        if (a.cue.participle && a.b == a.cue.b && last_claim >= 0) inherit = last_claim;
        std::int32_t id = emit(cb, ce, &a, inherit, conf);
        if (id >= 0) {
            last_claim = id;
            inner_att = std::min(inner_att, a.b);
        }
    }

    // A lead-in ending the paragraph with a colon waits for the next paragraph's quotation.
    if (!atts.empty() && out_.size() == first_claim_ && end_ > begin_ && punct(end_ - 1, ":") &&
        atts.back().e + 1 >= end_ - 1 && !atts.back().tail) {
        has_pending_ = true;
        pending_ = atts.back();
        pending_line_ = line_;
    }

    // Pass 2: tail attributions ("“…,” he said." / "…, the Kremlin said on Friday.").
    for (Attribution& a : atts) {
        if (!a.tail) continue;
        std::uint32_t cb = after_connectives(begin_);
        std::uint32_t ce = a.b;
        if (a.cue.according && taken(cb, ce)) {
            // "…, he said, according to Interfax": a channel for the claim already made
            if (!out_.empty() && out_.size() > first_claim_ && out_.back().via.empty())
                out_.back().via = std::string(text_.substr(toks_[a.who.b].start, toks_[a.who.e - 1].end - toks_[a.who.b].start));
            continue;
        }
        // start after an earlier claim of this sentence ends
        for (auto [b, e] : claimed_)
            if (e <= ce && e > cb) cb = e;
        if (ce <= cb || taken(cb, ce)) continue;
        a.via = a.via.empty() ? find_via(a.cue.b, end_) : a.via;
        double conf = a.who.kind == PhraseKind::Pronoun ? 0.8 : 0.85;
        std::int32_t id = emit(cb, ce, &a, -1, conf);
        // a split quotation: "“…,” Smith said, “…”" continues after the attribution
        if (id >= 0 && punct(a.e, ",") && a.e + 1 < end_ && toks_[a.e + 1].kind == TokKind::Quote && q_.owner[a.e + 1] >= 0) {
            const Quote& q2 = q_.quotes[static_cast<std::size_t>(q_.owner[a.e + 1])];
            RawClaim& c = out_[static_cast<std::size_t>(id)];
            if (q2.open_tok == a.e + 1 && c.kind == ClaimKind::Direct) {
                c.parts.insert(c.parts.end(), q2.parts.begin(), q2.parts.end());
                claimed_.emplace_back(q2.open_tok, q2.last_tok + 1);
                quote_claimed_[static_cast<std::size_t>(q_.owner[a.e + 1])] = true;
            }
        }
        // "…, according to the Kremlin, and both sides agreed that …": the same source goes on
        if (id >= 0 && punct(a.e, ",") && is(a.e + 1, "and") && a.e + 3 < end_ && word_at(a.e + 2)) {
            std::uint32_t nb = a.e + 2, ne = content_end(nb, end_, false);
            if (ne > nb + 3 && !taken(nb, ne)) emit(nb, ne, &a, -1, conf - 0.1);
        }
    }

    // Pass 3: "according to X, …" when nothing more specific claimed the clause.
    for (Attribution& a : atts) {
        if (!a.cue.according || a.tail) continue;
        std::string via = a.via;
        std::uint32_t cb = content_start(a, via);
        if (cb == kNoToken) continue;
        std::uint32_t ce = content_end(cb, end_, false);
        if (taken(cb, ce)) continue;
        emit(cb, ce, &a, -1, 0.8);
    }
    follow_on_quotes();
}

// Quotations no cue claimed: a sentence that is one long quotation continues the last speaker
// ("“But nevertheless, …”"); "“…” – Jane Doe" credits after a dash; short scare quotes
// ("the so-called “special operation”") and titles are not claims.
void SentenceReader::follow_on_quotes() {
    for (std::uint32_t i = begin_; i < end_; ++i) {
        std::int32_t qi = q_.owner[i];
        if (qi < 0) continue;
        const Quote& qq = q_.quotes[static_cast<std::size_t>(qi)];
        if (qq.open_tok != i) {
            i = std::max(i, std::min(qq.last_tok, end_ - 1));
            continue;
        }
        std::uint32_t last = std::min(qq.last_tok, end_ - 1);
        if (taken(i, last + 1)) {
            i = last;
            continue;
        }
        // "“…” – Jane Doe"
        std::uint32_t after = qq.last_tok + 1;
        if (after < end_ && is_dash(after)) {
            Phrase p = r_.after(after + 1, end_);
            if (p.ok() && p.kind != PhraseKind::Pronoun && (p.e >= end_ || toks_[p.e].kind == TokKind::Punct)) {
                Attribution a;
                a.who = p;
                a.cue = Cue{after, after + 1, CueFrame::Clause, false, false, true};
                a.b = after;
                a.e = p.e;
                emit(i, after, &a, -1, 0.7);
                i = last;
                continue;
            }
        }
        // "Asked whether …, Delgado was blunt: “…”": a colon after a clause whose subject is a
        // speaker hands the quotation to that subject
        if (i > begin_ && punct(i - 1, ":") && outside(i - 1)) {
            std::uint32_t start = after_connectives(begin_);
            for (std::uint32_t k = i - 1; k > start; --k)
                if (punct(k - 1, ",") && outside(k - 1)) {
                    start = k;
                    break;
                }
            Phrase subj = r_.after(start, i - 1);
            if (subj.ok() && subj.kind != PhraseKind::Document && i - 1 - subj.e <= 6) {
                Attribution a;
                a.who = subj;
                a.cue = Cue{i - 1, i, CueFrame::Clause, false, false, true};
                a.b = subj.b;
                a.e = i;
                emit(i, last + 1, &a, -1, 0.7);
                i = last;
                continue;
            }
        }
        bool titled = i > begin_ && word_at(i - 1) && is_title_cue(w(i - 1));
        bool whole_sentence = i == after_connectives(begin_) && (after >= end_ || toks_[after].kind == TokKind::Punct);
        if (!titled && (whole_sentence || qq.words >= 6)) {
            // inherit the most recent claim within the last two paragraphs
            std::int32_t from = -1;
            for (std::size_t k = out_.size(); k-- > 0;) {
                if (out_[k].line + 2 < line_) break;
                from = static_cast<std::int32_t>(k);
                break;
            }
            if (from >= 0 || qq.words >= 8) emit(i, last + 1, nullptr, from, from >= 0 ? 0.55 : 0.3);
        }
        i = last;
    }
}

// "This was stated by X": the previous sentence is X's claim.
bool this_was_stated(const PhraseReader& r, const Sentence& s, Phrase& who, Span& cue) {
    std::uint32_t i = s.tok_begin;
    if (s.tok_end - i < 5) return false;
    if (!(r.is(i, "this") || r.is(i, "that") || r.is(i, "it"))) return false;
    if (!(r.is(i + 1, "was") || r.is(i + 1, "is"))) return false;
    if (cue_verb(r.word(i + 2)).frame == CueFrame::None && !r.is(i + 2, "quoted")) return false;
    if (!r.is(i + 3, "by")) return false;
    who = r.after(i + 4, s.tok_end);
    cue = Span{r.tok(i).start, r.tok(i + 3).end};
    return who.ok();
}

// A headline in title case ("Putin Open to Talks But Says No to the USA"): its capitals say
// nothing about names, and its verbs are no attributions.
bool title_case_line(std::string_view text, const Tokenized& tk, const Line& line) {
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
    return !(end == "." || end == "!" || end == "?");
}

}  // namespace

std::vector<RawClaim> find_claims(std::string_view text, const Tokenized& tk, const Quotes& q,
                                  const std::vector<Sentence>& sentences, const std::vector<bool>& skip_line) {
    std::vector<RawClaim> out;
    SentenceReader reader(text, tk, q, out);
    PhraseReader r(text, tk.tokens);
    const Sentence* previous = nullptr;
    bool previous_claimed = true;  // did the previous sentence yield a claim?
    std::vector<bool> headline(tk.lines.size());
    bool first_story_line = true;
    for (std::size_t i = 0; i < tk.lines.size(); ++i) {
        const Line& l = tk.lines[i];
        if (l.tok_begin == l.tok_end || skip_line[i]) continue;
        headline[i] = title_case_line(text, tk, l);
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
            if (words <= 14 && !comma && !ends) headline[i] = true;
            first_story_line = false;
        }
    }
    for (const Sentence& s : sentences) {
        if (skip_line[s.line] || headline[s.line]) continue;
        Phrase who;
        Span cue;
        if (previous && !previous_claimed && this_was_stated(r, s, who, cue)) {
            // claim the whole previous sentence
            std::uint32_t b = previous->tok_begin, e = previous->tok_end;
            while (e > b && tk.tokens[e - 1].kind == TokKind::Punct) --e;
            if (e > b) {
                RawClaim c;
                c.parts.push_back(Span{tk.tokens[b].start, tk.tokens[e - 1].end});
                c.cue = cue;
                c.speaker = who;
                c.kind = ClaimKind::Indirect;
                for (std::uint32_t k = b; k < e; ++k)
                    if (q.owner[k] >= 0) c.kind = ClaimKind::Mixed;
                c.confidence = 0.7;
                c.first_tok = b;
                c.line = previous->line;
                out.push_back(std::move(c));
            }
        }
        std::size_t before = out.size();
        reader.read(s, previous);
        previous_claimed = out.size() != before;
        previous = &s;
    }
    return out;
}

}  // namespace whosaid
