// Content words of a claim for comparing wordings across outlets: lower case, stop words
// dropped, light suffix stripping, and a small table of synonyms translations and outlets
// swap ("result"/"consequence", "war"/"conflict"/"crisis", "Kiev"/"Kyiv").
#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "facts_words.hpp"
#include "session_steps.hpp"
#include "tokens.hpp"

namespace whosaid {
namespace {

// Degree words ("very", "quite") are no content, and "quite" would stem to "quit".
const char* const kStopWords[] = {
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into",
    "as", "that", "which", "who", "whom", "this", "these", "those", "it", "its", "their", "his", "her", "our",
    "they", "he", "she", "we", "i", "you", "be", "been", "is", "are", "was", "were", "has", "have", "had",
    "will", "would", "should", "must", "can", "could", "may", "might", "shall", "also", "both",
    "any", "all", "such", "than", "then", "so", "if", "while", "about", "after", "before", "over", "under",
    "said", "says", "say", "told", "there", "here", "what", "when", "where", "how", "very", "quite", "more", "most",
    "other", "same", "only", "just", "even", "still", "well", "however", "meanwhile", "already", "always",
    "previously", "being", "do", "does", "did", "up", "out", "between", "against", "toward",
    "towards", "via", "per", "ever", "some", "many", "much", "each", "me", "my", "mine", "us", "him", "them",
    "your", "yours", "hers", "theirs", "myself", "himself", "herself", "itself", "ourselves", "themselves"};

// Each row: the canonical word, then words counted as the same in news wording.
const std::vector<std::vector<const char*>> kSynonyms = {
    {"result", "consequence", "outcome"},
    {"policy", "policies", "course"},
    {"conflict", "war", "crisis", "hostilities", "fighting"},
    {"deterioration", "degradation", "decline", "worsening"},
    {"negotiation", "negotiations", "negotiate", "talks", "talk"},
    {"agreement", "settlement", "deal", "accord"},
    {"initiative", "initiated", "initiate", "initiation"},
    {"contact", "touch"},
    {"tension", "tensions", "escalation"},
    {"honour", "honor", "adhere", "adhered", "fulfil", "fulfill", "respect", "comply"},
    {"contract", "contractual", "contracts"},
    {"troops", "forces", "soldiers"},
    {"kyiv", "kiev"},
    {"ready", "readiness", "willing", "prepared"},
    {"open", "openness"},
    {"resume", "relaunch", "restart", "renew", "relaunching", "resuming", "continue", "continuing"},
    {"maintain", "remain", "stay", "keep"},           // "stay in touch" / "maintain contact"
    {"raise", "increase", "hike", "rise", "raising"},  // "raise fares" / "fares will rise"
    {"cut", "reduce", "lower", "slash", "reduction"},
    {"ban", "bar", "prohibit", "forbid"},
    {"cooperation", "collaboration", "cooperate"},
    {"relation", "relations", "ties"},
    {"german", "germany"},
    {"russian", "russia"},
    {"ukrainian", "ukraine"},
    {"american", "america"},
    {"british", "britain"},
    {"french", "france"},
    {"chinese", "china"},
};

// Negation is content: "fares will not go up" and "fares will go up" are different
// statements, so every negator becomes one stem ("not") that both versions must share.
const char* const kNegators[] = {"not", "no", "never", "cannot", "nothing", "nobody", "none", "neither", "nor",
                                 "lack", "lacks", "lacked", "lacking"};
constexpr std::string_view kNegationStem = "not";

// "don't", "won’t", "can't": a contraction ending in n't.
bool contracted_negation(std::string_view w) {
    for (std::string_view end : {std::string_view("n't"), std::string_view("n\xE2\x80\x99t")})
        if (w.size() > end.size() && w.compare(w.size() - end.size(), end.size(), end) == 0) return true;
    return false;
}

// Longest first; a stem keeps at least four letters.
const char* const kSuffixes[] = {"ations", "ation", "ings", "ing", "ions", "ion", "ities", "ity", "ment", "ments",
                                 "ies",    "ied",   "ive",  "ed",  "es",   "ly",  "s"};

std::string stem(std::string w) {
    // the adjective of a noun in -ent is that noun: "presidential" / "president", "residential"
    constexpr std::string_view kEntial = "ential";
    if (w.size() >= kEntial.size() + 4 && w.compare(w.size() - kEntial.size(), kEntial.size(), kEntial) == 0)
        return w.substr(0, w.size() - 3);
    for (const char* suf : kSuffixes) {
        std::size_t n = std::char_traits<char>::length(suf);
        if (w.size() >= n + 4 && w.compare(w.size() - n, n, suf) == 0) {
            w.resize(w.size() - n);
            if (std::string(suf) == "ies" || std::string(suf) == "ied") w.push_back('y');
            break;
        }
    }
    if (w.size() > 4 && w.back() == 'e') w.pop_back();  // "negotiate"/"negotiat(ion)"
    return w;
}

struct Tables {
    std::unordered_set<std::string> stop, negators;
    std::unordered_map<std::string, std::string> canon;  // word or stem -> canonical stem
    Tables() {
        for (const char* w : kStopWords) stop.insert(w);
        for (const char* w : kNegators) negators.insert(w);
        for (const auto& row : kSynonyms) {
            std::string c = stem(row[0]);
            for (const char* w : row) canon[w] = c, canon[stem(w)] = c;
        }
    }
};

const Tables& tables() {
    static const Tables t;
    return t;
}

// "2nd" is "second": an ordinal in figures as the word (first to tenth), the way outlets
// differ in writing it; other words unchanged.
std::string ordinal_word(std::string w) {
    static const char* const kOrdinals[] = {"first", "second", "third", "fourth", "fifth",
                                            "sixth", "seventh", "eighth", "ninth", "tenth"};
    if (w.size() < 3 || w.size() > 4) return w;
    std::string_view end = std::string_view(w).substr(w.size() - 2);
    if (end != "st" && end != "nd" && end != "rd" && end != "th") return w;
    int n = 0;
    for (std::size_t k = 0; k + 2 < w.size(); ++k) {
        if (w[k] < '0' || w[k] > '9') return w;
        n = n * 10 + (w[k] - '0');
    }
    return n >= 1 && n <= 10 ? kOrdinals[n - 1] : w;
}

void add_word(std::string w, std::vector<std::string>& out) {
    const Tables& t = tables();
    w = ordinal_word(std::move(w));
    if (t.negators.count(w) || contracted_negation(w)) {
        out.emplace_back(kNegationStem);
        return;
    }
    // "he's", "I’m", "Trump's": the word before the apostrophe ("he", "i", "trump")
    std::size_t apo = std::min(w.find('\''), w.find("\xE2\x80\x99"));
    if (apo != std::string::npos && apo > 0) w.resize(apo);
    if (w.empty() || t.stop.count(w)) return;
    if (w.size() < 2 && !(w[0] >= '0' && w[0] <= '9')) return;
    if (auto it = t.canon.find(w); it != t.canon.end()) return out.push_back(it->second);
    std::string s = stem(w);
    if (auto it = t.canon.find(s); it != t.canon.end()) return out.push_back(it->second);
    out.push_back(s);
}

// A negator that quantifies ("never", "nobody", "no one", "nothing", "none") followed in its
// sentence by a comparative and "than" ("nobody more qualified than", "never a better time
// than") states a superlative, not a negation. When the token at `t` opens one: the token just
// after its "than" (every negator up to there, "not me, not him", belongs to it); else 0.
// "not" alone ("he is not more qualified than her") stays a negation.
std::size_t negated_comparison(std::string_view text, const Tokenized& tk, std::size_t t) {
    constexpr std::size_t kReach = 24;  // tokens from the negator to "than" ("never … - not me, not him, nobody - more … than")
    auto word = [&](std::size_t u) { return facts::lower(tok_text(text, tk.tokens[u])); };
    std::string w = word(t);
    if (w != "never" && w != "nobody" && w != "nothing" && w != "none" && w != "no") return 0;
    bool comparative = false;  // "more qualified", "better", "greater"
    for (std::size_t u = t + 1; u < tk.tokens.size() && u <= t + kReach; ++u) {
        std::string x = word(u);
        if (x == "." || x == "!" || x == "?" || x == ";") return 0;
        if (x == "than") return comparative ? u + 1 : 0;
        bool er = x.size() > 4 && x.compare(x.size() - 2, 2, "er") == 0 && x != "rather" && x != "other";
        if (er || x == "more" || x == "less" || x == "fewer" || x == "better" || x == "worse") comparative = true;
    }
    return 0;
}

// "I don't know" / "I do not know" standing as a clause of its own (punctuation or the end
// after "know"): a hedge on what the speaker says, not its negation. True at its negator.
bool hedge(std::string_view text, const Tokenized& tk, std::size_t t) {
    const std::size_t n = tk.tokens.size();
    auto word = [&](std::size_t u) { return u < n ? facts::lower(tok_text(text, tk.tokens[u])) : std::string(); };
    std::string w = word(t);
    bool closes = t + 2 >= n || tk.tokens[t + 2].kind == TokKind::Punct || tk.tokens[t + 2].kind == TokKind::Quote;
    if (word(t + 1) != "know" || !closes) return false;
    if (w == "not") return t >= 2 && word(t - 1) == "do" && word(t - 2) == "i";
    return t >= 1 && word(t - 1) == "i" && contracted_negation(w) && w.rfind("don", 0) == 0;
}

}  // namespace

std::vector<std::uint64_t> word_pairs(std::string_view text) {
    std::vector<std::uint64_t> out;
    Tokenized tk = tokenize(text);
    std::uint64_t prev = 0;
    bool have_prev = false;
    for (const Token& tok : tk.tokens) {
        if (tok.kind != TokKind::Word && tok.kind != TokKind::Number) continue;
        std::uint64_t h = std::hash<std::string>{}(ordinal_word(facts::lower(tok_text(text, tok))));
        if (have_prev) out.push_back(prev * 1000003u ^ h);
        prev = h, have_prev = true;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<std::string_view> quoted_passages(std::string_view text) {
    constexpr std::string_view kOpen = "\xE2\x80\x9C", kClose = "\xE2\x80\x9D";  // “ ”
    std::vector<std::string_view> out;
    std::size_t from = std::string_view::npos;  // just after the open quotation mark
    for (std::size_t k = 0; k < text.size(); ++k) {
        bool open = text.compare(k, kOpen.size(), kOpen) == 0, close = text.compare(k, kClose.size(), kClose) == 0;
        bool plain = text[k] == '"';
        if (from == std::string_view::npos) {
            if (open || plain) from = k + (plain ? 1 : kOpen.size());
        } else if (close || plain) {
            out.push_back(text.substr(from, k - from));
            from = std::string_view::npos;
        }
    }
    return out;
}

std::vector<std::vector<std::uint64_t>> quoted_pairs(std::string_view text) {
    constexpr std::size_t kMinPairs = 2;  // three words
    std::vector<std::vector<std::uint64_t>> out;
    for (std::string_view passage : quoted_passages(text)) {
        std::vector<std::uint64_t> pairs = word_pairs(passage);
        if (pairs.size() >= kMinPairs) out.push_back(std::move(pairs));
    }
    return out;
}

std::vector<std::string> content_stems(std::string_view text) {
    std::vector<std::string> out;
    Tokenized tk = tokenize(text);
    std::size_t superlative_end = 0;  // tokens before this are a "nobody more … than" comparison
    for (std::size_t t = 0; t < tk.tokens.size(); ++t) {
        const Token& tok = tk.tokens[t];
        if (tok.kind != TokKind::Word && tok.kind != TokKind::Number) continue;
        std::string w = facts::lower(tok_text(text, tok));
        // "never been anyone more qualified than her" says "the most qualified": no negation
        if (t >= superlative_end) superlative_end = std::max(superlative_end, negated_comparison(text, tk, t));
        if (t < superlative_end && (tables().negators.count(w) || contracted_negation(w))) continue;
        // "No, I meant…" answers a question: an interjection, not a negation of what follows
        bool comma_next = t + 1 < tk.tokens.size() && tok_text(text, tk.tokens[t + 1]) == ",";
        if (w == "no" && comma_next) continue;
        // "…, I don't know." hedges what it follows: no negation of the statement
        if (hedge(text, tk, t)) continue;
        // hyphen compounds count by their parts: "anti-Russian", "Russian-German"
        std::size_t from = 0;
        for (std::size_t k = 0; k <= w.size(); ++k)
            if (k == w.size() || w[k] == '-') {
                add_word(w.substr(from, k - from), out);
                from = k + 1;
            }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace whosaid
