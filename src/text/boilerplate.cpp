#include "boilerplate.hpp"

#include "boilerplate_lexicon.hpp"
#include "boilerplate_line.hpp"
#include "seen_lines.hpp"

namespace whosaid {
namespace {

using furniture::find_spaced;
using furniture::LineFacts;
using furniture::starts_with_ci;

bool contains(std::string_view s, std::string_view needle) { return s.find(needle) != std::string_view::npos; }

// What one line's own shape says it is, or "" for story. `after_headline` is false for the
// headline and the lines above it, where a short line may still be the headline.
const char* shape_reason(std::string_view text, const Tokenized& tk, const Line& line, const LineFacts& f,
                         bool after_headline) {
    std::string_view s = f.s;
    if (const char* r = furniture::phrase_reason(f)) return r;
    // a menu: "News | Sport | What's On | Jobs | Property"
    std::size_t bars = 0;
    for (std::size_t at = find_spaced(s, " | "); at != std::string_view::npos; at = find_spaced(s, " | ", at + 3)) ++bars;
    if (bars >= 2 && !f.sentence_end && f.words <= 20 && !f.voice) return "navigation";
    // a section label in capitals: "CONGRESS", "WORLD NEWS"
    if (f.words <= 3 && !f.sentence_end && f.upper == f.words && s.size() >= 3 && !f.voice) {
        bool caps = true;
        for (char c : s) caps = caps && !(c >= 'a' && c <= 'z');
        if (caps) return "navigation";
    }
    if (furniture::is_caption_credit(f)) return "credit";
    // a credit alone: "Getty Images", "AFP via Getty Images", "Reuters"
    if (f.all_credit && f.agency && f.words <= 8 && !f.voice) return "credit";
    // a row of share buttons or a comment count: "Facebook Twitter WhatsApp Email Print", "Comments 27"
    if (f.all_share && f.words <= 15 && !f.sentence_end && !f.voice) return "prompt";
    // sections and menus: "Politics", "World news", "Home News Sport Business Opinion"
    if (f.all_section && f.words <= 8 && !f.sentence_end && !f.voice) return "navigation";
    // "Politics news", "UK politics live": a section name above the story
    if (f.words <= 3 && !f.sentence_end) {
        std::string_view tail = tok_text(text, tk.tokens[line.tok_end - 1]);
        bool section = false;
        for (std::string_view t : furniture::section_tails()) section = section || starts_with_ci(tail, t);
        if (section && tail.size() <= 9) return "navigation";
    }
    if (after_headline && furniture::is_bio(f)) return "byline";
    // a photographer's credit under a caption: "Mara Holt/Ledger Review", "Jane Doe/AP"
    if (f.words <= 6 && f.upper == f.words && !f.sentence_end && !f.voice && contains(s, "/") && !contains(s, " / ") &&
        !contains(s, "//"))
        return "credit";
    // "By Jane Smith": a byline
    if (starts_with_ci(s, "by ") && f.words <= 8 && f.upper + 1 >= f.words && !f.sentence_end && !f.voice)
        return "byline";
    // a breadcrumb trail: "Home » World » …", "News > World > Europe" (spaced, unlike a closing guillemet)
    for (std::string_view crumb : furniture::crumb_marks()) {
        std::size_t c1 = find_spaced(s, crumb);  // every crumb mark opens with a space
        if (f.words <= 20 && !f.voice && c1 != std::string_view::npos &&
            s.find(crumb, c1 + crumb.size()) != std::string_view::npos)
            return "navigation";
    }
    // navigation: a few title-case words with "&", "|" or "»" and no sentence ("Politics & News")
    if (f.words <= 5 && !f.sentence_end && (contains(s, " & ") || contains(s, " | ") || contains(s, "\xC2\xBB")) &&
        f.upper + 1 >= f.words)
        return "navigation";
    // a date, time or reading-time stamp: every word a date, a time or "Published"
    if (f.all_stamp && f.words <= 12 && (f.numbers > 0 || (f.starts_stamp_verb && f.words <= 4))) return "byline";
    if (furniture::is_stamp_parts(text, tk, line)) return "byline";
    // "Helen Pugh, political correspondent", "Political correspondent, BBC News"
    if (f.words <= 7 && !f.sentence_end && !f.voice &&
        (contains(f.lower, "orrespondent") || contains(f.lower, "eporter") || contains(s, "ditor,") ||
         contains(f.lower, "staff writer")))
        return "byline";
    // "Follow Jane Doe on X @jdoe", "Follow our coverage at https://…": an author's or a paper's handle
    if (starts_with_ci(s, "follow") && f.words <= 20 && !f.voice)
        for (std::string_view place : furniture::follow_places())
            if (contains(f.lower, place)) return "prompt";
    // "Associated Press writers Lena Haas and Piet Roos contributed."
    if (f.words <= 25 && !f.voice)
        for (std::string_view tail : furniture::credit_tails())
            if (f.lower.size() >= tail.size() && f.lower.compare(f.lower.size() - tail.size(), tail.size(), tail) == 0)
                return "credit";
    // section links and topic tags: a few words, no sentence ("Share", "Social care", "Labour")
    if (f.words <= 3 && !f.sentence_end && s.back() != ':' && after_headline && !f.voice && !f.bullet)
        return "navigation";
    return "";
}

const unsigned char kVoice = 1, kHeadlineShape = 2, kMasthead = 4;

// A line shaped like a headline: a few words from a capital, no closing stop, no quotation, no bullet.
bool headline_shape(const LineFacts& f) {
    if (f.words < 3 || f.words > 16 || f.sentence_end || f.quoted || f.bullet || f.s.empty()) return false;
    char first = f.s[0], last = f.s.back();
    return first >= 'A' && first <= 'Z' && last != ':' && last != ';' && last != ',';
}

// The paper's name above the headline: "Valley Courier" on the first line, a headline after it
// (a menu or a section label may stand between them).
void mark_masthead(const Tokenized& tk, const std::vector<unsigned char>& marks, std::vector<std::string>& out) {
    std::size_t first = 0;
    while (first < tk.lines.size() && tk.lines[first].tok_begin == tk.lines[first].tok_end) ++first;
    if (first >= tk.lines.size() || !(marks[first] & kMasthead) || !out[first].empty()) return;
    std::size_t next = first + 1;  // the next line that is neither blank nor furniture (a menu may come between)
    while (next < tk.lines.size() && (tk.lines[next].tok_begin == tk.lines[next].tok_end || !out[next].empty())) ++next;
    if (next < tk.lines.size() && (marks[next] & kHeadlineShape)) out[first] = "navigation";
}

// Other stories' headlines in a row after the story, with no list header: three or more lines
// shaped like headlines, one after another (blank lines between them do not count).
void mark_headline_runs(const Tokenized& tk, const std::vector<unsigned char>& marks, std::size_t headline,
                        std::vector<std::string>& out) {
    const std::size_t kRun = 3;
    std::size_t begin = tk.lines.size(), count = 0;
    auto close_run = [&](std::size_t end) {
        if (count >= kRun)
            for (std::size_t i = begin; i < end; ++i)
                if (tk.lines[i].tok_begin != tk.lines[i].tok_end) out[i] = "teaser";
        count = 0;
        begin = tk.lines.size();
    };
    for (std::size_t li = headline + 1; li < tk.lines.size(); ++li) {
        if (tk.lines[li].tok_begin == tk.lines[li].tok_end) continue;
        if (out[li].empty() && (marks[li] & kHeadlineShape)) {
            if (count++ == 0) begin = li;
        } else {
            close_run(li);
        }
    }
    close_run(tk.lines.size());
}

}  // namespace

std::vector<std::string> classify_lines(std::string_view text, const Tokenized& tk) {
    std::vector<std::string> out(tk.lines.size());
    std::vector<unsigned char> marks(tk.lines.size());  // kVoice, kHeadlineShape, kMasthead per line
    furniture::SeenLines seen;
    std::size_t first_story_line = tk.lines.size();  // the headline: never furniture, however short
    std::size_t previous = tk.lines.size();          // the last non-empty line before this one
    bool in_related_list = false;                    // after "Related Stories", "Most read", ...
    bool caption_next = false;                       // after "Image caption,": the caption itself
    for (std::size_t li = 0; li < tk.lines.size(); ++li) {
        const Line& line = tk.lines[li];
        LineFacts f = furniture::line_facts(text, tk, line);
        std::string_view s = f.s;
        if (s.empty()) continue;
        if (first_story_line == tk.lines.size() && previous < li && out[previous].empty() &&
            tk.lines[previous].end - tk.lines[previous].start > 30)
            first_story_line = previous;
        bool after_prompt = previous < li && out[previous] == "prompt";
        previous = li;
        marks[li] = (f.voice ? kVoice : 0) | (f.masthead && !f.sentence_end ? kMasthead : 0) |
                    (headline_shape(f) ? kHeadlineShape : 0);
        bool after_headline = li > first_story_line;
        if (const char* r = furniture::prefix_reason(f)) {
            out[li] = r;
            // a list header ("Related Stories", "Most read", "More on this story") heads teasers
            in_related_list = out[li] == "teaser" && s.size() <= 30;
            caption_next = furniture::is_caption_head(f);
            continue;
        }
        if (furniture::is_list_header(f)) {
            out[li] = "teaser";
            in_related_list = true;
            continue;
        }
        if (f.words == 0) continue;  // a rule of "___" or "* * *" is layout, not furniture to report
        // items of a list of other stories under "Related Stories" / "Most read": short headlines
        // (a headline may hold a verb of saying, "…, council says": it is another story's)
        if (in_related_list && f.words <= 20 && !f.quoted && (!f.sentence_end || s.back() == '?')) {
            out[li] = "teaser";
            continue;
        }
        in_related_list = false;
        if (caption_next && f.words <= 40 && !f.voice) {
            caption_next = false;
            out[li] = "credit";
            continue;
        }
        caption_next = false;
        // a sign-up, paywall or consent notice of many paragraphs: each goes on talking to the reader
        if (after_prompt && f.promo && f.words <= 60 && !f.voice) {
            out[li] = "prompt";
            continue;
        }
        out[li] = shape_reason(text, tk, line, f, after_headline);
        if (!out[li].empty()) continue;
        // the same line again (a duplicated headline, a repeated teaser)
        if (s.size() >= 20 && !seen.insert(s)) out[li] = "duplicate";
    }
    // Teasers for other stories: a short unpunctuated headline followed by its date stamp
    // ("Hospitals 'full to bursting' as flu cases rise" / "Published 3 January").
    std::size_t next = tk.lines.size();
    for (std::size_t li = tk.lines.size(); li-- > 0;) {
        const Line& line = tk.lines[li];
        if (line.tok_begin == line.tok_end) continue;
        std::string_view s = furniture::trim(text.substr(line.start, line.end - line.start));
        if (out[li].empty() && !(marks[li] & kVoice) && next < tk.lines.size() && out[next] == "byline" && li > first_story_line &&
            line.tok_end - line.tok_begin <= 16) {
            std::string_view last = tok_text(text, tk.tokens[line.tok_end - 1]);
            if (last != "." && last != "!" && last != "?" && !s.empty()) out[li] = "teaser";
        }
        next = li;
    }
    mark_masthead(tk, marks, out);
    mark_headline_runs(tk, marks, first_story_line, out);
    return out;
}

}  // namespace whosaid
