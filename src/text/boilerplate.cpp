#include "boilerplate.hpp"

#include <unordered_set>

namespace whosaid {
namespace {

struct Prefix {
    const char* text;    // lower-case; compared case-insensitively at the start of a trimmed line
    const char* reason;
};

// Starts of lines that are page furniture. Each entry must be unambiguous at the start of a line.
const Prefix kPrefixes[] = {
    {"also read", "teaser"}, {"read also", "teaser"}, {"read more", "teaser"}, {"see also", "teaser"},
    {"related:", "teaser"}, {"related stories", "teaser"}, {"related articles", "teaser"}, {"related news", "teaser"},
    {"related posts", "teaser"}, {"related content", "teaser"}, {"related topics", "teaser"},
    {"recommended:", "teaser"}, {"more on this story", "teaser"}, {"more from", "teaser"}, {"watch:", "teaser"},
    {"listen:", "teaser"}, {"click here", "teaser"}, {"don't miss", "teaser"}, {"trending:", "teaser"},
    {"file photo", "credit"}, {"file picture", "credit"}, {"photo:", "credit"}, {"photo by", "credit"},
    {"photograph:", "credit"}, {"image:", "credit"}, {"image source", "credit"}, {"image caption", "credit"},
    {"picture:", "credit"}, {"(photo", "credit"}, {"(reporting by", "credit"}, {"reporting by", "credit"},
    {"additional reporting by", "credit"}, {"(additional reporting", "credit"}, {"(editing by", "credit"},
    {"(writing by", "credit"}, {"editing by", "credit"}, {"writing by", "credit"},
    {"copyright", "credit"}, {"all rights reserved", "credit"}, {"leave a reply", "prompt"},
    {"leave a comment", "prompt"}, {"your email address will not be published", "prompt"},
    {"required fields are marked", "prompt"}, {"post a comment", "prompt"}, {"comments", "prompt"},
    {"share this", "prompt"}, {"share on", "prompt"}, {"short link", "prompt"}, {"shortlink", "prompt"},
    {"subscribe", "prompt"}, {"sign up", "prompt"}, {"follow us", "prompt"}, {"newsletter", "prompt"},
    {"back to top", "navigation"}, {"skip to", "navigation"}, {"advertisement", "navigation"},
    {"home >", "navigation"}, {"home /", "navigation"}, {"you are here", "navigation"}, {"next article", "navigation"},
    {"previous article", "navigation"}, {"updated:", "byline"}, {"published:", "byline"}, {"last updated", "byline"},
    {"posted on", "byline"}, {"posted:", "byline"}, {"posted by", "byline"}, {"printable version", "navigation"},
    {"print this", "navigation"}, {"email this", "prompt"}, {"bookmark with", "prompt"},
    {"related internet links", "teaser"}, {"related links", "teaser"}, {"the bbc is not responsible", "credit"},
    {"our standards:", "credit"}, {"source:", "credit"}, {"tags:", "navigation"}, {"topics:", "navigation"},
    {"click to share", "prompt"}, {"click to email", "prompt"}, {"like this:", "prompt"}, {"loading...", "navigation"},
    {"the reprint of", "credit"}, {"reprinting", "credit"}, {"(c) ", "credit"}, {"privacy notice", "prompt"},
    {"follow bbc", "prompt"}, {"send your story", "prompt"}, {"more on this story", "teaser"}, {"top stories", "teaser"},
    {"most read", "teaser"}, {"image source", "credit"}, {"media caption", "credit"}, {"image copyright", "credit"},
    {"getty images", "credit"}, {"get our", "prompt"}, {"download the", "prompt"}, {"listen to", "teaser"},
    {"watch the", "teaser"}, {"video:", "teaser"}, {"audio:", "teaser"}, {"read the full", "teaser"},
    // list headers of other stories on real pages
    {"must read", "teaser"}, {"must-read", "teaser"}, {"most popular", "teaser"}, {"you may also like", "teaser"},
    {"you might also like", "teaser"}, {"recommended for you", "teaser"}, {"more stories", "teaser"},
    {"latest news", "teaser"}, {"editor's picks", "teaser"}, {"editors' picks", "teaser"}, {"more news", "teaser"},
    {"trending now", "teaser"}, {"popular now", "teaser"}, {"in other news", "teaser"}, {"what to read next", "teaser"},
};

// A short line naming a section: "Politics news", "World News", "UK politics live".
const char* const kSectionTails[] = {"news", "live", "latest", "headlines"};

// A line of an author's biography: "Jane Doe is a reporter covering …".
const char* const kBioRoles[] = {" is a reporter", " is a correspondent", " is a staff writer", " is a writer",
                                 " is an editor", " is a senior reporter", " is a political reporter",
                                 " is the political editor", " is a contributing", " is a columnist", " covers politics"};

// Words of a date or time stamp: "Published 14 February 2023", "Tue Nov 30, 2004 5:47 PM ET".
bool stamp_word(std::string_view w) {
    static const std::unordered_set<std::string_view> words{
        "published", "updated", "posted", "last", "modified", "on", "at", "gmt", "bst", "utc", "et", "est", "edt",
        "cet", "cest", "pt", "pst", "am", "pm", "a.m", "p.m", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
        "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "jan",
        "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december", "min", "mins",
        "read", "ago", "hours", "hour", "minutes", "day", "days", "updated", "first"};
    char buf[16];
    if (w.size() >= sizeof buf) return false;
    for (std::size_t i = 0; i < w.size(); ++i) buf[i] = (w[i] >= 'A' && w[i] <= 'Z') ? char(w[i] - 'A' + 'a') : w[i];
    return words.count(std::string_view(buf, w.size())) != 0;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != prefix[i]) return false;
    }
    // a word boundary after a word-ending prefix: "comments" but not "commentsXYZ"
    char last = prefix.back();
    if (s.size() > prefix.size() && ((last >= 'a' && last <= 'z'))) {
        char n = s[prefix.size()];
        if ((n >= 'a' && n <= 'z') || (n >= 'A' && n <= 'Z')) return false;
    }
    return true;
}

std::string_view trim(std::string_view s) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    // also U+00A0 at the ends
    while (s.size() >= 2 && static_cast<unsigned char>(s[0]) == 0xC2 && static_cast<unsigned char>(s[1]) == 0xA0) s.remove_prefix(2);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

bool contains(std::string_view s, std::string_view needle) { return s.find(needle) != std::string_view::npos; }

}  // namespace

std::vector<std::string> classify_lines(std::string_view text, const Tokenized& tk) {
    std::vector<std::string> out(tk.lines.size());
    std::unordered_set<std::string_view> seen;
    std::size_t first_story_line = tk.lines.size();  // the headline: never furniture, however short
    std::size_t previous = tk.lines.size();          // the last non-empty line before this one
    bool in_related_list = false;                    // after "Related Stories", "Most read", ...
    for (std::size_t li = 0; li < tk.lines.size(); ++li) {
        const Line& line = tk.lines[li];
        std::string_view s = trim(text.substr(line.start, line.end - line.start));
        if (s.empty()) continue;
        if (first_story_line == tk.lines.size() && previous < li && out[previous].empty() &&
            tk.lines[previous].end - tk.lines[previous].start > 30)
            first_story_line = previous;
        previous = li;
        for (const Prefix& p : kPrefixes)
            if (starts_with_ci(s, p.text)) {
                out[li] = p.reason;
                break;
            }
        if (!out[li].empty()) {
            // a list header ("Related Stories", "Most read", "More on this story") heads teasers
            in_related_list = out[li] == "teaser" && s.size() <= 30;
            continue;
        }
        std::uint32_t words = 0, upper = 0;
        bool sentence_end = false;
        for (std::uint32_t i = line.tok_begin; i < line.tok_end; ++i) {
            const Token& t = tk.tokens[i];
            if (t.kind == TokKind::Word) {
                ++words;
                upper += t.upper;
            }
        }
        if (words == 0) continue;  // a rule of "___" or "* * *" is layout, not furniture to report
        char last = s.back();
        sentence_end = last == '.' || last == '!' || last == '?' || last == '"' || (s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x9D" || s.substr(s.size() - 3) == "\xC2\xBB"));
        // items of a list of other stories under "Related Stories" / "Most read": short, unpunctuated
        if (in_related_list && words <= 16 && !sentence_end) {
            out[li] = "teaser";
            continue;
        }
        in_related_list = false;
        // notices and prompts that can sit anywhere in a line: cookies, newsletters, comments, follows
        if (words <= 40 && ((contains(s, "cookies") && (contains(s, "agree") || contains(s, "accept"))) ||
                            contains(s, "newsletter") || contains(s, "to your inbox") || contains(s, "in your inbox") ||
                            contains(s, "commenting forum") ||
                            contains(s, "WhatsApp channel") || starts_with_ci(s, "follow our") ||
                            starts_with_ci(s, "join the conversation") || starts_with_ci(s, "join our"))) {
            out[li] = "prompt";
            continue;
        }
        // a caption credit: "… on Tuesday. Pic: Jane Doe", "…morning.Credit...Tom Brenner"
        if (words <= 40 && (contains(s, "Pic:") || contains(s, "Credit...") || contains(s, "Photograph:") ||
                            contains(s, "Picture:") || contains(s, "Photo credit"))) {
            out[li] = "credit";
            continue;
        }
        if (starts_with_ci(s, "this article was") || starts_with_ci(s, "this story was") ||
            starts_with_ci(s, "this story has been") || starts_with_ci(s, "an earlier version of this")) {
            out[li] = "credit";
            continue;
        }
        // a menu: "News | Sport | What's On | Jobs | Property"
        {
            std::size_t bars = 0;
            for (std::size_t at = s.find(" | "); at != std::string_view::npos; at = s.find(" | ", at + 3)) ++bars;
            if (bars >= 2 && !sentence_end && words <= 20) {
                out[li] = "navigation";
                continue;
            }
        }
        // a section label in capitals: "CONGRESS", "WORLD NEWS"
        if (words <= 3 && !sentence_end && upper == words && s.size() >= 3) {
            bool caps = true;
            for (char c : s)
                if (c >= 'a' && c <= 'z') caps = false;
            if (caps) {
                out[li] = "navigation";
                continue;
            }
        }
        // a photo credit: a short line with a copyright sign or an agency credit
        if ((contains(s, "\xC2\xA9") || contains(s, "Getty Images") || contains(s, "/ AFP") || contains(s, "/ Reuters") ||
             contains(s, "/ AP")) && words <= 40) {
            out[li] = "credit";
            continue;
        }
        // wire credits: "Associated Press writers … contributed to this report."
        if (contains(s, "contributed to this report") || contains(s, "contributed reporting") ||
            contains(s, "contributed to this story")) {
            out[li] = "credit";
            continue;
        }
        // "Politics news": a section name above the story
        if (words <= 3 && !sentence_end) {
            std::string_view tail = tok_text(text, tk.tokens[line.tok_end - 1]);
            bool section = false;
            for (const char* t : kSectionTails) section = section || starts_with_ci(tail, t);
            if (section && tail.size() <= 9) {
                out[li] = "navigation";
                continue;
            }
        }
        // an author's biography under the story
        if (words <= 60 && li > first_story_line) {
            bool bio = false;
            for (const char* r : kBioRoles) bio = bio || contains(s, r);
            if (bio) {
                out[li] = "byline";
                continue;
            }
        }
        // "By Jane Smith": a byline
        if (starts_with_ci(s, "by ") && words <= 6 && upper + 1 >= words && !sentence_end) {
            out[li] = "byline";
            continue;
        }
        // a breadcrumb trail: "Home » World » …"
        const std::string_view crumb = " \xC2\xBB ";  // spaced, unlike a closing guillemet
        if (words <= 20 && s.find(crumb) != std::string_view::npos &&
            s.find(crumb, s.find(crumb) + crumb.size()) != std::string_view::npos) {
            out[li] = "navigation";
            continue;
        }
        // navigation: a few title-case words with "&", "|" or "»" and no sentence ("Politics & News")
        if (words <= 5 && !sentence_end && (contains(s, " & ") || contains(s, " | ") || contains(s, "\xC2\xBB")) && upper + 1 >= words) {
            out[li] = "navigation";
            continue;
        }
        // a date or time stamp: every word is a date, a time or "Published"
        bool stamp = words > 0 && words <= 10;
        bool has_digit = false;
        for (std::uint32_t i = line.tok_begin; i < line.tok_end && stamp; ++i) {
            const Token& t = tk.tokens[i];
            if (t.kind == TokKind::Number) has_digit = true;
            else if (t.kind == TokKind::Word) stamp = stamp_word(tok_text(text, t));
        }
        if (stamp && has_digit) {
            out[li] = "byline";
            continue;
        }
        // "Helen Pugh, political correspondent", "Political correspondent, BBC News"
        if (words <= 7 && !sentence_end &&
            (contains(s, "orrespondent") || contains(s, "eporter") || contains(s, "ditor,") || contains(s, "Staff writer") ||
             contains(s, "staff writer"))) {
            out[li] = "byline";
            continue;
        }
        // section links and topic tags: a few words, no sentence ("Share", "Social care", "Labour")
        if (words <= 3 && !sentence_end && s.back() != ':' && li > first_story_line) {
            out[li] = "navigation";
            continue;
        }
        // the same line again (a duplicated headline, a repeated teaser)
        if (s.size() >= 20 && !seen.insert(s).second) {
            out[li] = "duplicate";
            continue;
        }
    }
    // Teasers for other stories: a short unpunctuated headline followed by its date stamp
    // ("Hospitals 'full to bursting' as flu cases rise" / "Published 3 January").
    std::size_t next = tk.lines.size();
    for (std::size_t li = tk.lines.size(); li-- > 0;) {
        const Line& line = tk.lines[li];
        if (line.tok_begin == line.tok_end) continue;
        std::string_view s = trim(text.substr(line.start, line.end - line.start));
        if (out[li].empty() && next < tk.lines.size() && out[next] == "byline" && li > first_story_line &&
            line.tok_end - line.tok_begin <= 16) {
            std::string_view last = tok_text(text, tk.tokens[line.tok_end - 1]);
            if (last != "." && last != "!" && last != "?" && !s.empty()) out[li] = "teaser";
        }
        next = li;
    }
    return out;
}

}  // namespace whosaid
