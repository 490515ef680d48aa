// Internal steps of build_session(), one file each.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "whosaid/session.hpp"

namespace whosaid {

// session_speakers.cpp: merges the articles' speakers; fills session.speakers and returns,
// per article, the session speaker index of each of its speakers.
std::vector<std::vector<int>> merge_speakers(Session& session);

// session_fragments.cpp: a few words another outlet's claim holds word for word, quoted in a
// headline or in narration that no claim of the article covers ("'2nd Amendment people' his
// secret weapon"), become claims of their own (claim -1) with that claim's speaker. Keeps
// s.claims in article order, then text order.
void add_quoted_fragments(Session& session);

// session_sides.cpp: how far two session speakers can be the source of one statement:
// 1 the same speaker, 0.9 an organisation relaying a speaker of its own country (Kremlin and
// Putin), 0.5 unattributed, 0 two different people or different countries.
double speaker_compatibility(const Session& session, int a, int b);

// session_words.cpp: the content-word stems of a claim, synonyms folded ("war" -> "conflict").
std::vector<std::string> content_stems(std::string_view text);
// session_words.cpp: consecutive word pairs of a claim (hashed, sorted, unique), to tell a
// verbatim version from a paraphrase when one article holds both.
std::vector<std::uint64_t> word_pairs(std::string_view text);
// word_pairs() of each passage of `text` between quotation marks (“…” or "…") of three words
// or more: what an outlet quotes word for word, to be found inside another's longer quote.
std::vector<std::vector<std::uint64_t>> quoted_pairs(std::string_view text);
// The text of each passage of `text` between quotation marks (“…” or "…"), in order.
std::vector<std::string_view> quoted_passages(std::string_view text);

// A scored candidate between two claims of different articles.
struct Candidate {
    int a = -1, b = -1;  // session claim indexes, a < b
    double content = 0;  // 0..1 weighted word overlap
    double speaker = 0;  // speaker_compatibility
    double verbatim = 0; // 0..1 share of the shorter claim's word pairs the other repeats
    bool weak = false;   // one shared word only (same speaker): may link, is no evidence for events
    bool quoted_inside = false;  // one claim's quoted words stand word for word in the other
    std::vector<std::string> shared;
};

// session_links.cpp: candidates between claims of different articles sharing a rare stem
// (whatever their dates: grouping into events decides those).
std::vector<Candidate> claim_candidates(const Session& session);
// Score of a candidate as a same-statement link, 0..1.
double same_score(const Candidate& c);
bool is_same(const Candidate& c);
// session_best.cpp: the same-statement candidates that are, for both claims, among the best
// matches in the other article: a line said twice in one article links to the closer version.
std::vector<Candidate> best_matches(const Session& session, const std::vector<Candidate>& candidates);
// session_links.cpp: links inside one event: `same` (best_matches) as same or conflict, the
// other candidates with enough in common as related.
void make_links(Session& session, const std::vector<Candidate>& candidates, const std::vector<Candidate>& same);

// session_date.cpp: reads the date evidence in an article's facts (and text lines for datelines).
DateEstimate estimate_date(std::string_view utf8, const std::vector<Fact>& facts);
// True when two estimates can describe the same day.
bool dates_compatible(const DateEstimate& a, const DateEstimate& b);
// The constraints of both together (only meaningful when compatible).
DateEstimate intersect_dates(const DateEstimate& a, const DateEstimate& b);

// session_occasion.cpp: the story's day from an article's publication date: the weekday the
// story names, in the week up to publication ("on Tuesday" in Wednesday's paper), else that day.
DateEstimate story_date(const DateEstimate& estimate, Day published);

// session_occasion.cpp: what two articles' dates say about their reporting one event.
enum class DateFit {
    Agree,    // the same day (exact dates within a day) or the same weekday
    Unknown,  // nothing said, or exact dates a few days apart (a follow-up)
    Differ,   // different weekdays named: possible (analysis a day later), needs more in common
    Apart,    // cannot be one event (dates years apart, windows that exclude each other)
};
DateFit date_fit(const DateEstimate& a, const DateEstimate& b);

// session_events.cpp: groups articles into events by the statements they share (`same`:
// best_matches), with the date fit setting how much they must share.
void group_events(Session& session, const std::vector<Candidate>& same);

}  // namespace whosaid
