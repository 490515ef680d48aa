// Internal steps of build_session(), one file each.
#pragma once

#include <string>
#include <vector>

#include "whosaid/session.hpp"

namespace whosaid {

// session_speakers.cpp: merges the articles' speakers; fills session.speakers and returns,
// per article, the session speaker index of each of its speakers.
std::vector<std::vector<int>> merge_speakers(Session& session);

// session_sides.cpp: how far two session speakers can be the source of one statement:
// 1 the same speaker, 0.9 an organisation relaying a speaker of its own country (Kremlin and
// Putin), 0.5 unattributed, 0 two different people or different countries.
double speaker_compatibility(const Session& session, int a, int b);

// session_words.cpp: the content-word stems of a claim, synonyms folded ("war" -> "conflict").
std::vector<std::string> content_stems(std::string_view text);

// A scored candidate between two claims of different articles.
struct Candidate {
    int a = -1, b = -1;  // session claim indexes, a < b
    double content = 0;  // 0..1 weighted word overlap
    double speaker = 0;  // speaker_compatibility
    std::vector<std::string> shared;
};

// session_links.cpp: candidates between claims of date-compatible articles sharing a rare stem.
std::vector<Candidate> claim_candidates(const Session& session);
// Score of a candidate as a same-statement link, 0..1.
double same_score(const Candidate& c);
bool is_same(const Candidate& c);
// session_links.cpp: links from candidates inside one event.
void make_links(Session& session, const std::vector<Candidate>& candidates);

// session_events.cpp: groups articles into events from candidates and date constraints.
void group_events(Session& session, const std::vector<Candidate>& candidates);

}  // namespace whosaid
