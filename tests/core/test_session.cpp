// Sessions: speakers merged across articles, events kept apart by date, links between outlets.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "facts_calendar.hpp"
#include "whosaid/session.hpp"

using namespace whosaid;

namespace {

const char* kCallA =
    "German Chancellor Olaf Scholz and Russian President Vladimir Putin spoke by phone on Friday.\n"
    "The Kremlin said the call lasted two hours and focused on energy contracts and gas supplies to Europe.\n"
    "Scholz said the talks about the humanitarian corridors in Mariupol were difficult but useful.\n"
    "Hunter Biden said he would testify before the committee next month.\n";

const char* kCallB =
    "Russian President Vladimir Putin and Olaf Schultz held a phone call on Friday.\n"
    "According to the Kremlin, the call lasted three hours and focused on energy contracts and gas supplies to Europe.\n"
    "The German chancellor said the talks on humanitarian corridors in Mariupol were difficult but useful.\n"
    "Joe Biden said he would meet Chinese leaders next month.\n";

const char* kCallMonday =
    "Russian President Vladimir Putin and German Chancellor Olaf Scholz held a phone call on Monday.\n"
    "According to the Kremlin, the call lasted two hours and focused on energy contracts and gas supplies to Europe.\n"
    "Scholz said the talks on humanitarian corridors in Mariupol were difficult but useful.\n";

const SessionSpeaker* speaker(const Session& s, const std::string& name) {
    for (const SessionSpeaker& sp : s.speakers)
        if (sp.name == name) return &sp;
    return nullptr;
}

int links_between(const Session& s, int article_a, int article_b, LinkRelation rel) {
    int n = 0;
    for (const SessionLink& l : s.links) {
        int a = s.claims[l.a].article, b = s.claims[l.b].article;
        if (l.relation == rel && ((a == article_a && b == article_b) || (a == article_b && b == article_a))) ++n;
    }
    return n;
}

}  // namespace

TEST_CASE("speakers merge across articles, people sharing a surname stay apart") {
    Session s = build_session({{"a.txt", kCallA, {}}, {"b.txt", kCallB, {}}});
    const SessionSpeaker* scholz = speaker(s, "Olaf Scholz");
    REQUIRE(scholz);
    bool in_a = false, in_b = false;
    for (auto [article, k] : scholz->members) (article == 0 ? in_a : in_b) = true;
    CHECK(in_a);
    CHECK(in_b);  // "Olaf Schultz" and "the German chancellor" of b.txt
    const SessionSpeaker* kremlin = speaker(s, "Kremlin");
    REQUIRE(kremlin);
    CHECK(kremlin->members.size() == 2);
    const SessionSpeaker* joe = speaker(s, "Joe Biden");
    const SessionSpeaker* hunter = speaker(s, "Hunter Biden");
    REQUIRE(joe);
    REQUIRE(hunter);
    CHECK(joe != hunter);
    for (const SessionClaim& c : s.claims) {
        std::string text = s.articles[c.article].annotation.text.substr(c.span.start, c.span.size());
        if (text.find("Mariupol") != std::string::npos) CHECK(c.speaker == scholz - &s.speakers[0]);
    }
}

TEST_CASE("the same statement across outlets is linked, different figures are a conflict") {
    Session s = build_session({{"a.txt", kCallA, {}}, {"b.txt", kCallB, {}}});
    REQUIRE(s.articles[0].event == s.articles[1].event);
    CHECK(links_between(s, 0, 1, LinkRelation::Same) == 1);      // the Mariupol talks
    CHECK(links_between(s, 0, 1, LinkRelation::Conflict) == 1);  // two hours vs three hours
    for (const SessionLink& l : s.links) {
        CHECK(s.claims[l.a].article != s.claims[l.b].article);
        CHECK(l.score >= 0.0);
        CHECK(l.score <= 1.0);
        if (l.relation == LinkRelation::Same) CHECK(s.claims[l.a].speaker == s.claims[l.b].speaker);
    }
}

TEST_CASE("a hedged figure is not a conflict") {
    std::string a = "The Kremlin said the call lasted about an hour and focused on energy contracts and gas supplies.\n";
    std::string b = "The Kremlin said the call lasted an hour and focused on energy contracts and gas supplies.\n";
    Day d = make_day(2024, 11, 15);  // one shared statement is enough when the dates agree
    Session s = build_session({{"a.txt", a, d}, {"b.txt", b, d}});
    CHECK(links_between(s, 0, 1, LinkRelation::Same) == 1);
    CHECK(links_between(s, 0, 1, LinkRelation::Conflict) == 0);
}

TEST_CASE("events are kept apart by weekday and by given dates") {
    Session s = build_session({{"a.txt", kCallA, {}}, {"monday.txt", kCallMonday, {}}});
    CHECK(s.articles[0].event != s.articles[1].event);
    CHECK(s.links.empty());

    Day d1 = make_day(2022, 3, 18), d2 = make_day(2024, 11, 15);
    s = build_session({{"b.txt", kCallB, d1}, {"b-again.txt", kCallB, d2}});
    CHECK(s.articles[0].date.source == "published");  // the story day, from the publication date given
    CHECK(s.links.empty());  // word for word the same, but another day

    s = build_session({{"b.txt", kCallB, d2}, {"b-again.txt", kCallB, d2}});
    CHECK(links_between(s, 0, 1, LinkRelation::Same) >= 2);
}

TEST_CASE("the session JSON: ids, UTF-16 offsets, facts inside claims") {
    std::string a = std::string("\xF0\x9F\x93\xB0 ") + kCallA;  // an emoji: 4 bytes, 2 UTF-16 units
    Session s = build_session({{"a.txt", a, make_day(2024, 11, 15)}, {"b.txt", kCallB, {}}});
    auto j = nlohmann::json::parse(session_to_json(s));
    REQUIRE(j["articles"].size() == 2);
    CHECK(j["articles"][0]["id"] == "a1");
    CHECK(j["articles"][0]["file"] == "a.txt");
    CHECK(j["articles"][0]["date"] == "2024-11-15");
    CHECK(j["articles"][0]["title"].get<std::string>().rfind("\xF0\x9F\x93\xB0 German Chancellor", 0) == 0);
    bool found = false;
    for (const auto& c : j["claims"]) {
        if (c["article"] != "a1" || c["text"].get<std::string>().find("two hours") == std::string::npos) continue;
        found = true;
        std::size_t byte = a.find(c["text"].get<std::string>());
        CHECK(c["start"].get<std::size_t>() == byte - 2);  // the emoji counts 2, not 4
        REQUIRE(c["facts"].size() == 1);
        CHECK(c["facts"][0]["value"] == "PT2H");
    }
    CHECK(found);
    for (const auto& f : j["articles"][0]["facts"])
        if (f["kind"] == "weekday") CHECK(f["resolved"] == "2024-11-15");
    for (const auto& l : j["links"]) {
        CHECK(l["a"].get<std::string>()[0] == 'c');
        CHECK((l["relation"] == "same" || l["relation"] == "related" || l["relation"] == "conflict"));
    }
}

TEST_CASE("a session read again takes the annotations it kept: annotate runs once per new text") {
    AnnotationCache cache;
    const std::vector<SessionInput> first = {{"a.txt", kCallA, {}}, {"b.txt", kCallB, {}}, {"b-again.txt", kCallB, {}}};
    CHECK(session_to_json(build_session(first, cache)) == session_to_json(build_session(first)));
    CHECK(cache.annotated() == 2);  // b.txt's text twice, annotated once

    // One article edited, one closed: only the edited text is annotated, the result as from scratch.
    const std::vector<SessionInput> edited = {{"a.txt", kCallA, {}}, {"monday.txt", kCallMonday, {}}};
    CHECK(session_to_json(build_session(edited, cache)) == session_to_json(build_session(edited)));
    CHECK(cache.annotated() == 3);

    // kCallB was dropped with the session that no longer held it: annotated again.
    CHECK(session_to_json(build_session(first, cache)) == session_to_json(build_session(first)));
    CHECK(cache.annotated() == 4);
}
