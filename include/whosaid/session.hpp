// Sessions: several articles read side by side. Checkable facts in each article, the article's
// date (given, stated or estimated), speakers merged across articles and links between claims of
// different articles that report the same statement. Like whosaid.hpp, everything here is in
// UTF-8 *byte* offsets; session_to_json() converts to UTF-16 code units.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "whosaid/facts.hpp"
#include "whosaid/utf16.hpp"
#include "whosaid/whosaid.hpp"

namespace whosaid {

// What the text says about when its story happened. Either an exact day, or constraints.
struct DateEstimate {
    std::optional<Day> date;      // exact day (given on the command line, or stated in a dateline)
    std::string source;           // "given" | "stated" | "estimated" | "" (nothing known)
    int weekday = -1;             // the story's day of the week (0 = Monday), -1 when unknown
    unsigned weekdays_named = 0;  // every weekday the text names for its story (bit 0 = Monday)
    std::optional<Day> earliest;  // the story is on or after this day
    std::optional<Day> latest;    // the story is on or before this day
    // Yearless windows from "March 12"-style mentions: day-of-year ranges (1..366, may wrap).
    std::vector<std::pair<int, int>> yearless;
};

struct SessionInput {
    std::string file;              // as given; the JSON shows it
    std::string text;              // the article (any bytes; annotate() repairs them)
    std::optional<Day> date;       // the article's publication date (given by the user, or none)
};

// A publication date in a file name ("usa-today_2016-08-10_trump.txt", "2016-08-10.txt"):
// the first YYYY-MM-DD not run into other digits, in the part after the last '/'.
std::optional<Day> date_in_file_name(std::string_view path);

struct SessionArticle {
    std::string id;                // "a1", "a2", ... in input order
    std::string file;
    std::string title;             // first non-boilerplate line
    Annotation annotation;         // byte offsets into annotation.text
    std::vector<Fact> facts;       // bytes
    std::optional<Day> published;  // the publication date given, which weekdays resolve against
    DateEstimate date;             // the story's date: stated, resolved from `published`, or estimated
    int event = -1;                // index into Session::events
};

struct SessionMention {
    int article = -1;              // index into Session::articles
    int speaker = -1;              // index into that article's annotation.speakers
    Span span;                     // bytes into that article
};

struct SessionSpeaker {
    std::string id;                // "p1", "p2", ...
    std::string name;
    SpeakerKind kind = SpeakerKind::Person;
    std::string title;
    std::vector<std::string> aliases;       // every other name, across articles
    std::vector<SessionMention> mentions;   // bytes, per article
    std::vector<std::pair<int, int>> members;  // (article index, article speaker index)
};

struct SessionClaim {
    std::string id;                // "c1", ... session-wide, article order then text order
    int article = -1;              // index into Session::articles
    int claim = -1;                // index into that article's annotation.claims; -1 for a quoted
                                   // fragment the session found (see add_quoted_fragments)
    Span span;                     // bytes: the annotation claim's span, or the fragment's words
    int speaker = -1;              // index into Session::speakers, -1 when unattributed
    std::vector<int> facts;        // indexes into the article's facts inside the claim span
};

enum class LinkRelation { Same, Related, Conflict };
const char* to_string(LinkRelation);

struct SessionLink {
    int a = -1, b = -1;            // indexes into Session::claims; articles differ
    LinkRelation relation = LinkRelation::Related;
    double score = 0.0;            // 0..1
    std::vector<std::string> shared;  // the content-word stems both claims use
};

struct SessionEvent {
    std::vector<int> articles;     // indexes into Session::articles
    DateEstimate date;             // the constraints of all its articles together
};

struct Session {
    std::vector<SessionArticle> articles;
    std::vector<SessionEvent> events;
    std::vector<SessionSpeaker> speakers;
    std::vector<SessionClaim> claims;
    std::vector<SessionLink> links;
};

// The annotations of the last session's texts, for a caller that builds sessions of mostly the
// same articles again (the page's session view, after each edit): only a new text is annotated.
class AnnotationCache {
public:
    // annotate(text), run once while `text` stays in the cache.
    const Annotation& of(const std::string& text);
    // The session is built: the texts it did not ask for are forgotten.
    void keep_only_asked();
    std::size_t annotated() const { return annotated_; }  // annotate() runs so far
private:
    std::unordered_map<std::string, Annotation> kept_;   // the last session's
    std::unordered_map<std::string, Annotation> asked_;  // this session's so far
    std::size_t annotated_ = 0;
};

// Annotates every article (each distinct text once) and builds the session. Near-linear in the
// total input: claims are compared only inside date-compatible article pairs and only when they
// share a rare word.
Session build_session(const std::vector<SessionInput>& inputs);
// The same session, with the annotations taken from `cache` where it has them.
Session build_session(const std::vector<SessionInput>& inputs, AnnotationCache& cache);

// One JSON object (see docs/session.md); offsets in UTF-16 code units (code points for the
// Python module). indent < 0: one line.
std::string session_to_json(const Session& session, int indent = -1, OffsetUnit unit = OffsetUnit::Utf16);

}  // namespace whosaid
