#include "boilerplate_line.hpp"

#include "boilerplate_lexicon.hpp"
#include "lowered_word.hpp"

namespace whosaid::furniture {
namespace {

const std::uint32_t kShortLine = 15;   // the most words of a stamp, a share row, a menu or a credit
const std::uint32_t kNoticeLine = 60;  // the most words of a sign-up or consent paragraph

bool ends_with(std::string_view s, std::string_view tail) {
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

bool is_nbsp(std::string_view s, std::size_t at) {
    return at + 1 < s.size() && static_cast<unsigned char>(s[at]) == 0xC2 && static_cast<unsigned char>(s[at + 1]) == 0xA0;
}

bool upper_start(std::string_view w) {
    unsigned char c = w.empty() ? 0 : static_cast<unsigned char>(w[0]);
    return (c >= 'A' && c <= 'Z') || c >= 0xC0;  // a non-ASCII lead byte: an accented capital, most often
}

// A separator between the parts of a byline row: " | ", " / ", " • ", " · ".
bool part_separator(std::string_view text, const Token& t) {
    if (t.kind != TokKind::Punct || !t.space_before || !t.space_after) return false;
    std::string_view p = tok_text(text, t);
    return p == "|" || p == "/" || p == "\xE2\x80\xA2" || p == "\xC2\xB7";
}

// Words of a piece of a line; with `capitalised`, 0 unless every one starts with a capital.
std::uint32_t count_words(std::string_view s, bool capitalised) {
    std::uint32_t words = 0;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t sp = s.find(' ', i);
        if (sp == std::string_view::npos) sp = s.size();
        if (sp > i) {
            if (capitalised && !upper_start(s.substr(i, sp - i))) return 0;
            ++words;
        }
        i = sp + 1;
    }
    return words;
}

// `phrase` (lower-case) in `lower` as whole words: "our app" but not "our approach".
bool has_phrase(const std::string& lower, std::string_view phrase) {
    auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    for (std::size_t at = lower.find(phrase); at != std::string::npos; at = lower.find(phrase, at + 1)) {
        std::size_t end = at + phrase.size();
        bool open = at == 0 || !letter(phrase.front()) || !letter(lower[at - 1]);
        bool close = end == lower.size() || !letter(phrase.back()) || !letter(lower[end]);
        if (open && close) return true;
    }
    return false;
}

}  // namespace

std::size_t find_spaced(std::string_view s, std::string_view needle, std::size_t from) {
    if (s.find(needle.substr(1), from) == std::string_view::npos) return std::string_view::npos;
    return s.find(needle, from);
}

std::string_view trim(std::string_view s) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    for (;;) {  // spaces and U+00A0 at both ends, in any order ("him.\u00A0 ")
        if (!s.empty() && space(s.front())) s.remove_prefix(1);
        else if (is_nbsp(s, 0)) s.remove_prefix(2);
        else if (!s.empty() && space(s.back())) s.remove_suffix(1);
        else if (s.size() >= 2 && is_nbsp(s, s.size() - 2)) s.remove_suffix(2);
        else return s;
    }
}

LineFacts line_facts(std::string_view text, const Tokenized& tk, const Line& line) {
    LineFacts f;
    f.s = trim(text.substr(line.start, line.end - line.start));
    f.lower.assign(f.s);
    lexicon::lower_bytes(f.lower.data(), f.lower.size());
    bool first = true;
    bool quoting = false;          // between double quote marks
    std::uint32_t quoted = 0;      // words since the last opening mark
    for (std::uint32_t i = line.tok_begin; i < line.tok_end; ++i) {
        const Token& t = tk.tokens[i];
        if (t.kind == TokKind::Quote && is_double(t.mark)) {
            // words quoted: three or more are speech; one or two may be a name or a scare quote
            if (quoting && quoted >= 3) f.quoted = true;
            quoting = !quoting;
            quoted = 0;
        }
        if (quoting && t.kind == TokKind::Word) ++quoted;
        if (t.kind == TokKind::Number) ++f.numbers;
        if (t.kind != TokKind::Word) continue;
        std::string_view w = tok_text(text, t);
        ++f.words;
        f.upper += t.upper;
        unsigned kind = word_kinds(w);  // one lookup for every set below
        f.voice = f.voice || (kind & kSpeechWord);
        if (f.words <= 4) f.masthead = f.masthead || (kind & kMastheadWord);
        if (f.words <= kShortLine) {  // stamps, rows and menus are short: only their words count
            f.all_stamp = f.all_stamp && (kind & kStampWord);
            f.all_share = f.all_share && (kind & kShareWord);
            f.all_section = f.all_section && (kind & kSectionWord);
            f.agency = f.agency || (kind & kAgencyWord);
            f.all_credit = f.all_credit && (kind & (kAgencyWord | kCreditFiller));
        }
        if (f.words <= kNoticeLine) {
            f.promo = f.promo || (kind & kPromoWord);
            f.phrase_key = f.phrase_key || (kind & kPhraseKey);
        }
        if (first) f.starts_stamp_verb = kind & kStampVerb;
        first = false;
    }
    if (quoting && quoted >= 1) f.quoted = true;  // a quotation that runs on into the next paragraph
    if (f.words > kShortLine) f.all_credit = f.all_stamp = f.all_share = f.all_section = false;
    // an embedded post is someone's words: "… pic.twitter.com/x — Jane Doe (@jdoe) May 3, 2026"
    for (std::string_view m : embed_marks()) f.quoted = f.quoted || f.lower.find(m) != std::string::npos;
    std::size_t handle = f.lower.find("(@");
    f.quoted = f.quoted || (handle != std::string::npos && f.lower.rfind("\xE2\x80\x94 ", handle) != std::string::npos);
    f.voice = f.voice || f.quoted;
    f.masthead = f.masthead && f.words <= 4 && f.upper == f.words;
    // a leading dash, bullet or arrow: "— Advertisement —", "» Read more", "- fix dripping taps"
    f.body = f.s;
    for (bool more = true; more && !f.body.empty();) {
        more = false;
        for (std::string_view mark : list_marks())
            if (f.body.substr(0, mark.size()) == mark) {
                f.body.remove_prefix(mark.size());
                f.bullet = f.bullet || (!f.body.empty() && f.body[0] == ' ');
                while (!f.body.empty() && f.body[0] == ' ') f.body.remove_prefix(1);
                more = true;
            }
    }
    std::string_view s = f.s;
    char last = s.empty() ? ' ' : s.back();
    f.sentence_end = last == '.' || last == '!' || last == '?' || last == '"' || ends_with(s, "\xE2\x80\x9D") ||
                     ends_with(s, "\xC2\xBB");
    return f;
}

const char* prefix_reason(const LineFacts& f) {
    if (f.body.empty()) return nullptr;
    for (const Prefix& p : line_prefixes(f.body[0])) {
        if (!starts_with_ci(f.body, p.text)) continue;
        // a line that reports speech keeps its claims unless it is as short as a button
        if (p.weak && f.voice && f.words > 6) return nullptr;
        return p.reason;
    }
    return nullptr;
}

bool is_list_header(const LineFacts& f) {
    if (f.s.size() > 40 || f.voice || (f.sentence_end && f.s.back() != ':')) return false;
    for (std::string_view h : list_headers())
        if (starts_with_ci(f.body, h)) return true;
    return false;
}

bool is_caption_head(const LineFacts& f) {
    if (f.words > 3) return false;
    for (std::string_view h : caption_heads())
        if (starts_with_ci(f.body, h)) return true;
    return false;
}

const char* phrase_reason(const LineFacts& f) {
    if (f.voice || !f.phrase_key || f.words > kNoticeLine) return nullptr;
    for (std::string_view p : prompt_phrases())
        if (has_phrase(f.lower, p)) return "prompt";
    if (f.lower.find("cookies") != std::string::npos &&
        (f.lower.find("agree") != std::string::npos || f.lower.find("accept") != std::string::npos))
        return "prompt";
    for (std::string_view p : credit_phrases())
        if (f.s.find(p) != std::string_view::npos) return "credit";
    return nullptr;
}

bool is_caption_credit(const LineFacts& f) {
    if (f.voice || f.words > 60 || f.s.empty()) return false;
    // a copyright sign that starts a word: "© Reuters", "(©AFP)"; not mojibake's "Ã©"
    for (std::size_t at = f.s.find("\xC2\xA9"); at != std::string_view::npos; at = f.s.find("\xC2\xA9", at + 2))
        if (at == 0 || f.s[at - 1] == ' ' || f.s[at - 1] == '(' || f.s[at - 1] == '[') return true;
    // a credit in the closing bracket: "… in Leeds on Monday. (AP Photo/Lena Brooks)"
    char close = f.s.back();
    if (close != ')' && close != ']') return false;
    std::size_t open = f.s.find_last_of(close == ')' ? '(' : '[');
    if (open == std::string_view::npos) return false;
    std::string_view inner = f.s.substr(open + 1);
    std::size_t end = 0;
    while (end < inner.size() && ((inner[end] | 0x20) >= 'a' && (inner[end] | 0x20) <= 'z')) ++end;
    if (end == 0) return false;
    // "(Getty Images)", "[Photo by …]"; an agency alone ("[Reuters]") is the story's source, but
    // with a photographer after a slash it is a caption's credit ("(Reuters/Jane Doe)")
    return caption_credit_head(inner.substr(0, end)) ||
           (agency_word(inner.substr(0, end)) && inner.find('/') != std::string_view::npos);
}

// A row of byline parts: each part a date stamp or a name, at least one a stamp with a figure
// ("Kavya Menon | Updated: Nov 28, 2026, 19:42 IST", "Harbor Daily | 2026-11-30 09:15").
bool is_stamp_parts(std::string_view text, const Tokenized& tk, const Line& line) {
    std::uint32_t parts = 0, stamps = 0;
    std::uint32_t words = 0, upper = 0, numbers = 0;
    bool stamp = true;
    auto close_part = [&]() {
        if (words == 0 && numbers == 0) return true;
        ++parts;
        if (stamp && numbers > 0) ++stamps;
        else if (!(words <= 4 && upper == words && numbers == 0)) return false;  // neither a stamp nor a name
        words = upper = numbers = 0;
        stamp = true;
        return true;
    };
    for (std::uint32_t i = line.tok_begin; i < line.tok_end; ++i) {
        const Token& t = tk.tokens[i];
        if (part_separator(text, t)) {
            if (!close_part()) return false;
        } else if (t.kind == TokKind::Number) {
            ++numbers;
        } else if (t.kind == TokKind::Word) {
            ++words;
            upper += t.upper;
            stamp = stamp && stamp_word(tok_text(text, t));
        } else if (t.kind == TokKind::Quote) {
            return false;
        }
    }
    return close_part() && parts >= 2 && stamps >= 1;
}

bool is_bio(const LineFacts& f) {
    if (f.words > 60 || f.voice) return false;
    for (std::string_view link : bio_links()) {
        std::size_t at = find_spaced(f.lower, link);  // every link opens with a space
        if (at == std::string::npos || at == 0) continue;
        // the words before the link are the author's name: capitalised, not "The …"
        std::string_view name = f.s.substr(0, at);
        std::uint32_t words = count_words(name, true);
        if (words == 0 || words > 4 || starts_with_ci(name, "the")) continue;
        std::string_view rest = f.s.substr(at + link.size());
        bool is_link = link.find(" is ") == 0 || link.find(" was ") == 0 ||
                       link.find(" has been ") == 0;
        if (!is_link) {
            if (words >= 2) return true;  // "Marcus Obi covers the Senate"
            continue;
        }
        // "is a [senior] [political] reporter": a journalist's role within four words
        std::size_t i = 0;
        for (int k = 0; k < 4 && i < rest.size(); ++k) {
            std::size_t sp = rest.find_first_of(" ,.", i);
            if (sp == std::string_view::npos) sp = rest.size();
            if (journalist_role(rest.substr(i, sp - i))) return true;
            i = sp + 1;
        }
    }
    return false;
}

}  // namespace whosaid::furniture
