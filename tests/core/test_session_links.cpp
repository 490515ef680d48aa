// Linking real coverage: articles of one event grouped by what they share when their dates
// differ, paraphrases linked (a quote and reported speech, negation kept), and the near
// misses kept apart (the same line on another day, the same words from another person, a
// line said twice in one article). All sentences are invented for these tests.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "facts_calendar.hpp"
#include "session_steps.hpp"
#include "whosaid/session.hpp"

using namespace whosaid;

namespace {

// Monday's news conference, reported in reported speech.
const char* kMondayNews =
    "City keeps fares frozen\n\n"
    "Mayor Jane Ortiz said on Monday that the city would not raise bus fares this year.\n"
    "\"We will build two new tram lines by 2028,\" Ortiz told reporters at City Hall.\n"
    "Council member Tom Reyes said the budget for road repairs would be cut by 5 percent.\n";

// Thursday's analysis of the same conference, quoting where the news paraphrased.
const char* kThursdayAnalysis =
    "What the fare freeze means\n\n"
    "\"We will not raise bus fares this year,\" Mayor Jane Ortiz said at a news conference on Monday.\n"
    "She also said the city would build two new tram lines by 2028.\n"
    "Analysts said on Thursday that the plan could cost the city more than $40 million.\n";

// The mayor says the same line again on Friday, at another event.
const char* kFridayRepeat =
    "Mayor repeats fare pledge\n\n"
    "\"We will not raise bus fares this year,\" Mayor Jane Ortiz said on Friday at the opening of a library.\n"
    "Ortiz said the library would open on weekends from next month.\n";

// Another person, the same words, the same day.
const char* kOtherSpeaker =
    "Budget row at City Hall\n\n"
    "Council member Tom Reyes said on Monday that the city would not raise bus fares this year.\n"
    "Reyes said the plan to build tram lines was too costly.\n";

// A radio interview quoted at length: other outlets quote a line of it, or a few of its words.
const char* kRadioInterview =
    "Mayor on the harbour plan\n\n"
    "\"I like the plan, but these are hard times for the harbour. We need a strong council. "
    "And I am just not quite there yet,\" Mayor Jane Ortiz told a radio show on Sunday.\n";

std::string claim_text(const Session& s, int claim) {
    const SessionClaim& c = s.claims[claim];
    return s.articles[c.article].annotation.text.substr(c.span.start, c.span.size());
}

bool linked(const Session& s, const std::string& in_one, const std::string& in_other) {
    for (const SessionLink& l : s.links) {
        if (l.relation == LinkRelation::Related) continue;
        std::string a = claim_text(s, l.a), b = claim_text(s, l.b);
        if ((a.find(in_one) != std::string::npos && b.find(in_other) != std::string::npos) ||
            (b.find(in_one) != std::string::npos && a.find(in_other) != std::string::npos))
            return true;
    }
    return false;
}

int same_links(const Session& s) {
    int n = 0;
    for (const SessionLink& l : s.links) n += l.relation != LinkRelation::Related;
    return n;
}

}  // namespace

TEST_CASE("articles of one event published days apart are grouped by the statements they share") {
    Day monday = make_day(2026, 3, 2), thursday = make_day(2026, 3, 5);
    Session s = build_session({{"news.txt", kMondayNews, monday}, {"analysis.txt", kThursdayAnalysis, thursday}});
    CHECK(s.articles[0].event == s.articles[1].event);
    CHECK(s.articles[0].published == monday);
    CHECK(*s.articles[1].date.date == monday);  // "on Monday" in Thursday's paper
    CHECK(linked(s, "would not raise bus fares", "We will not raise bus fares"));
    CHECK(linked(s, "two new tram lines", "two new tram lines"));

    // without any dates: the weekday both name ties them
    s = build_session({{"news.txt", kMondayNews, {}}, {"analysis.txt", kThursdayAnalysis, {}}});
    CHECK(s.articles[0].event == s.articles[1].event);
    CHECK(same_links(s) == 2);
}

TEST_CASE("a quote and its reported-speech version are one statement, negation is kept") {
    std::string quote = "\"We will not raise bus fares this year,\" Mayor Jane Ortiz said on Monday.\n";
    std::string reported = "Mayor Jane Ortiz said on Monday that the city would not raise bus fares this year.\n";
    std::string opposite = "Mayor Jane Ortiz said on Monday that the city would raise bus fares this year.\n";
    Session s = build_session({{"a.txt", quote, {}}, {"b.txt", reported, {}}});
    CHECK(same_links(s) == 1);
    s = build_session({{"a.txt", quote, {}}, {"b.txt", opposite, {}}});
    CHECK(same_links(s) == 0);  // "will not raise" and "would raise" are not one statement
}

TEST_CASE("the same line on another day is another statement") {
    Session s = build_session({{"news.txt", kMondayNews, {}}, {"analysis.txt", kThursdayAnalysis, {}},
                               {"friday.txt", kFridayRepeat, {}}});
    CHECK(s.articles[0].event == s.articles[1].event);
    CHECK(s.articles[2].event != s.articles[0].event);  // word for word, but said on Friday
    for (const SessionLink& l : s.links) {
        CHECK(s.claims[l.a].article != 2);
        CHECK(s.claims[l.b].article != 2);
    }
    // publication dates years apart: never one event
    s = build_session({{"news.txt", kMondayNews, make_day(2026, 3, 2)}, {"again.txt", kMondayNews, make_day(2028, 3, 6)}});
    CHECK(s.articles[0].event != s.articles[1].event);
    CHECK(s.links.empty());
}

TEST_CASE("two people saying the same words are two statements") {
    Session s = build_session({{"news.txt", kMondayNews, {}}, {"analysis.txt", kThursdayAnalysis, {}},
                               {"reyes.txt", kOtherSpeaker, {}}});
    for (const SessionLink& l : s.links) {
        if (l.relation == LinkRelation::Related) continue;
        bool reyes_a = s.claims[l.a].article == 2, reyes_b = s.claims[l.b].article == 2;
        CHECK(!(reyes_a || reyes_b));
    }
}

TEST_CASE("of a line said twice in one article, the exact quote is the one another outlet reports") {
    std::string both =
        "Mayor Jane Ortiz told a radio show on Sunday: \"Bus fares are not going to rise, not this year.\"\n"
        "On Monday she told a news conference: \"We will not raise bus fares this year.\"\n";
    std::string one = "\"We will not raise bus fares this year,\" Mayor Jane Ortiz said at a news conference.\n";
    Session s = build_session({{"both.txt", both, {}}, {"one.txt", one, {}}});
    CHECK(linked(s, "We will not raise bus fares this year", "We will not raise bus fares this year"));
    CHECK_FALSE(linked(s, "not going to rise", "We will not raise"));
}

TEST_CASE("a two-word fragment nobody is named for links to no one else's statement") {
    // same day, same topic: "attention to the issue" matches any claim on it word for word
    std::string fragment = "Rally\n\nThe protest, it was said, was for attention to the issue.\n";
    std::string statement = "Housing march\n\nOrganiser Dana Whitfield said the march would draw attention to the issue of rents in the city.\n";
    Day d = make_day(2026, 3, 2);
    Session s = build_session({{"a.txt", fragment, d}, {"b.txt", statement, d}});
    CHECK(same_links(s) == 0);
    CHECK(s.articles[0].event != s.articles[1].event);
}

TEST_CASE("two versions giving the same two figures do not conflict, a changed one does") {
    std::string a = "The Kremlin said turnout was 29 percent in the north and 43 percent in the south.\n";
    std::string b = "According to the Kremlin, turnout was 29 percent in the north and 43 percent in the south.\n";
    std::string c = "According to the Kremlin, turnout was 29 percent in the north and 48 percent in the south.\n";
    Day d = make_day(2026, 3, 2);
    Session s = build_session({{"a.txt", a, d}, {"b.txt", b, d}});
    REQUIRE(s.links.size() == 1);
    CHECK(s.links[0].relation == LinkRelation::Same);
    s = build_session({{"a.txt", a, d}, {"c.txt", c, d}});
    REQUIRE(s.links.size() == 1);
    CHECK(s.links[0].relation == LinkRelation::Conflict);
}

TEST_CASE("a few words quoted from a longer quote are of that quote, though another part is quoted word for word") {
    // the radio interview quoted at length in one outlet; the other quotes one of its lines
    // word for word (an exact quote, which names its occasion) and three more of its words
    std::string interview = kRadioInterview;
    std::string short_report =
        "Ortiz unsure on harbour plan\n\n"
        "\"We need a strong council,\" Mayor Jane Ortiz said on Sunday.\n"
        "Ortiz said she was \"not quite there yet\" on the plan.\n";
    Day d = make_day(2026, 3, 1);
    Session s = build_session({{"interview.txt", interview, d}, {"short.txt", short_report, d}});
    CHECK(linked(s, "We need a strong council,", "I like the plan"));
    CHECK(linked(s, "not quite there yet\" on the plan", "I like the plan"));
}

TEST_CASE("one speaker's words in the same order are one statement, each outlet ending it its own way") {
    // two content words in common only, but five words in the same order: one statement
    std::string rally =
        "Ortiz at the rally\n\n"
        "Mayor Jane Ortiz said the council was the author of the closure on Wednesday at a harbour rally.\n";
    std::string analysis = "Closure blame\n\nMayor Jane Ortiz said the council was \"the author\" of the shipping disaster.\n";
    std::string other = "Council replies\n\nCouncil member Tom Reyes said the council was the author of the closure.\n";
    Day d = make_day(2026, 3, 4);
    Session s = build_session({{"rally.txt", rally, d}, {"analysis.txt", analysis, d}, {"other.txt", other, d}});
    CHECK(linked(s, "author of the closure on Wednesday", "\"the author\" of the shipping"));
    // the same words from another person stay another statement
    CHECK_FALSE(linked(s, "author of the closure on Wednesday", "author of the closure."));
    CHECK_FALSE(linked(s, "\"the author\" of the shipping", "author of the closure."));
}

TEST_CASE("'nobody more … than' states a superlative, not a negation") {
    auto has_not = [](const char* text) {
        std::vector<std::string> st = content_stems(text);
        return std::find(st.begin(), st.end(), "not") != st.end();
    };
    CHECK_FALSE(has_not("there has never been a coach more patient than Dana Whitfield"));
    CHECK_FALSE(has_not("there was never a mayor - not me, not him, nobody - better for the harbour than her"));
    CHECK(has_not("the coach was never patient"));
    CHECK(has_not("she is not more patient than him"));  // "not" alone stays a negation
    // the headline says it without a negation: one statement all the same
    std::string a = "Whitfield Claims Harbour Plan Most Generous Deal Ever\n\nMayor Dana Whitfield praised the harbour plan on Tuesday.\n";
    std::string b = "Harbour deal signed\n\n\"I can tell you there has never been a deal more generous to this harbour than the one "
                    "we signed today,\" Mayor Dana Whitfield told reporters on Tuesday.\n";
    Session s = build_session({{"a.txt", a, {}}, {"b.txt", b, {}}});
    CHECK(linked(s, "Most Generous Deal Ever", "never been a deal more generous"));
}

TEST_CASE("an adjective in -ential is its noun in -ent") {
    std::vector<std::string> st = content_stems("the presidential race");
    CHECK(std::find(st.begin(), st.end(), "president") != st.end());
    CHECK(content_stems("residential") == content_stems("resident"));
}

TEST_CASE("a headline's fragment stays the statement though the body quotes it word for word") {
    // the other outlet repeats the body's quote exactly; the headline sums it up in other words
    std::string a = "Whitfield Claims New Harbour Deal Saves Hundreds Of Fishing Jobs\n\n"
                    "Mayor Dana Whitfield signed the harbour deal on Tuesday.\n"
                    "\"This harbour deal will save four hundred fishing jobs in our town,\" Whitfield said at the quay.\n";
    std::string b = "Harbour deal signed\n\nMayor Dana Whitfield signed the harbour deal on Tuesday.\n"
                    "\"This harbour deal will save four hundred fishing jobs in our town,\" Whitfield told reporters.\n";
    Session s = build_session({{"a.txt", a, {}}, {"b.txt", b, {}}});
    CHECK(linked(s, "Saves Hundreds Of Fishing Jobs", "will save four hundred fishing jobs"));
    CHECK(linked(s, "will save four hundred fishing jobs in our town", "will save four hundred fishing jobs in our town"));
}

TEST_CASE("'lacks' is a negation: 'she lacks the patience' is 'she has not shown the patience'") {
    auto has_not = [](const char* text) {
        std::vector<std::string> st = content_stems(text);
        return std::find(st.begin(), st.end(), "not") != st.end();
    };
    CHECK(has_not("the council lacks the courage to close the harbour"));
    CHECK(has_not("a plan lacking any funding"));
    // one speaker's two versions, negated both ways: one statement
    std::string a = "Harbour vote\n\nCouncil member Tom Reyes said on Monday that the mayor lacks the stamina to be mayor.\n";
    std::string b = "Harbour vote\n\n\"The mayor has not shown the stamina this office needs,\" council member Tom Reyes said on Monday.\n";
    Session s = build_session({{"a.txt", a, {}}, {"b.txt", b, {}}});
    CHECK(linked(s, "lacks the stamina", "has not shown the stamina"));
}

TEST_CASE("a few words quoted in a headline or narration are a version of the statement another outlet quotes") {
    std::string headline = "'Harbour watch volunteers' her secret weapon, mayor hints\n\n"
                           "Mayor Dana Whitfield spoke on Tuesday at the quay.\n"
                           "Later she took credit for 'keeping the ferry running all winter' in a radio interview.\n";
    std::string quote = "Harbour night\n\n"
                        "\"Although the harbour watch volunteers, maybe they can do it,\" Mayor Dana Whitfield said on Tuesday.\n"
                        "\"We are proud of keeping the ferry running all winter,\" Whitfield told the radio station.\n";
    Day d = make_day(2026, 3, 3);
    Session s = build_session({{"headline.txt", headline, d}, {"quote.txt", quote, d}});
    CHECK(linked(s, "Harbour watch volunteers", "the harbour watch volunteers, maybe"));
    CHECK(linked(s, "keeping the ferry running all winter", "We are proud of keeping the ferry"));
    int found = 0;
    for (const SessionClaim& c : s.claims)
        if (c.claim < 0) {
            ++found;
            CHECK(c.article == 0);
            CHECK(s.speakers[c.speaker].name == "Dana Whitfield");
        }
    CHECK(found == 2);
    // session claims stay in article order, then text order
    for (std::size_t k = 1; k < s.claims.size(); ++k)
        if (s.claims[k].article == s.claims[k - 1].article) CHECK(s.claims[k - 1].span.start <= s.claims[k].span.start);
}

TEST_CASE("quoted words two people said, or a claim only mentions, give a fragment no speaker") {
    std::string headline = "'Harbour watch volunteers' her secret weapon, mayor hints\n\nThe quay was busy on Tuesday.\n";
    std::string two = "Harbour night\n\n"
                      "\"The harbour watch volunteers will stay,\" Mayor Dana Whitfield said on Tuesday.\n"
                      "\"The harbour watch volunteers must go,\" council member Tom Reyes said on Tuesday.\n";
    Day d = make_day(2026, 3, 3);
    Session s = build_session({{"headline.txt", headline, d}, {"two.txt", two, d}});
    for (const SessionClaim& c : s.claims) CHECK(c.claim >= 0);  // two speakers: whose words?
    // Reyes only mentions her words inside his quote: they stay hers
    std::string mention = "Harbour night\n\n"
                          "\"The harbour watch volunteers will stay,\" Mayor Dana Whitfield said on Tuesday.\n"
                          "\"Her talk of 'harbour watch volunteers' is empty,\" council member Tom Reyes said on Tuesday.\n";
    s = build_session({{"headline.txt", headline, d}, {"mention.txt", mention, d}});
    CHECK(linked(s, "Harbour watch volunteers", "The harbour watch volunteers will stay"));
}

TEST_CASE("an ordinal in figures is the word") {
    CHECK(content_stems("the 2nd bridge") == content_stems("the second bridge"));
    CHECK(word_pairs("the 3rd bridge") == word_pairs("the third bridge"));
    CHECK(content_stems("the 21st bridge") != content_stems("the first bridge"));
}

TEST_CASE("'I don't know' on its own hedges, it negates nothing") {
    auto has_not = [](const char* text) {
        std::vector<std::string> st = content_stems(text);
        return std::find(st.begin(), st.end(), "not") != st.end();
    };
    CHECK_FALSE(has_not("the volunteers, maybe they can, I don't know."));
    CHECK_FALSE(has_not("I do not know, the ferry may run"));
    CHECK(has_not("I don't know the volunteers"));
    CHECK(has_not("they don't know."));
}

TEST_CASE("two statements about one person that share only the person's name are two statements") {
    std::string a = "Reyes on the governor\n\n"
                    "Council member Tom Reyes said on Monday that Governor Helen Mbeki \"built the wall\".\n"
                    "Anna Lee said the ferry was late.\nBo Park said the tram was cheap.\nCy Dunn said the bridge was closed.\n";
    std::string b = "Reyes again\n\n"
                    "Council member Tom Reyes on Monday called Governor Helen Mbeki \"a generous donor\".\n"
                    "Dee Fox said the bus was full.\nEd Gray said the road was wet.\nFay Hill said the port was busy.\n";
    Session s = build_session({{"a.txt", a, {}}, {"b.txt", b, {}}});
    CHECK_FALSE(linked(s, "\"built the wall\"", "\"a generous donor\""));
}

TEST_CASE("reported speech naming no day of its own stays a version though the other outlet repeats the quote exactly") {
    // a preview sums the speech up in its own words and quotes one line of the released excerpts;
    // the report of the speech quotes that line word for word: the summary is of the same speech
    std::string preview = "Ortiz to sell the harbour deal\n\n"
                          "Mayor Jane Ortiz will argue in her address that the harbour deal is the best deal the town has signed.\n"
                          "\"I can tell you there has never been a deal better for this town than the harbour deal,\" Ortiz will say, "
                          "according to excerpts.\n";
    std::string report = "Ortiz sells the deal\n\n"
                         "\"I can tell you there has never been a deal better for this town than the harbour deal,\" Mayor Jane Ortiz "
                         "told the council.\n";
    Session s = build_session({{"preview.txt", preview, {}}, {"report.txt", report, {}}});
    CHECK(linked(s, "the best deal the town has signed", "never been a deal better"));
    CHECK(linked(s, "never been a deal better", "never been a deal better"));
    // reported speech whose sentence names another day is that day's version: it stays apart
    std::string both = "Ortiz on the harbour deal\n\n"
                       "Mayor Jane Ortiz told a radio show on Sunday that the harbour deal was the best deal the town had signed.\n"
                       "\"I can tell you there has never been a deal better for this town than the harbour deal,\" Ortiz told "
                       "the council on Monday.\n";
    s = build_session({{"both.txt", both, {}}, {"report.txt", report, {}}});
    CHECK(linked(s, "never been a deal better", "never been a deal better"));
    CHECK_FALSE(linked(s, "the best deal the town had signed", "never been a deal better"));
}

TEST_CASE("'quite' is no content word, and not 'quit'") {
    CHECK(content_stems("not quite ready") == content_stems("not ready"));
    std::vector<std::string> st = content_stems("the coach will quit");
    CHECK(std::find(st.begin(), st.end(), "quit") != st.end());
    CHECK(content_stems("quite") != content_stems("quit"));
}

TEST_CASE("a claim quoting four words or more of its speaker's longer quote is that statement, whatever narration it holds") {
    std::string interview = kRadioInterview;
    // the span runs on into the outlet's narration about the plan: most of its words are not hers
    std::string report = "Ortiz holds back\n\n"
                         "Mayor Jane Ortiz said on Sunday she was \"not quite there yet\" on backing the harbour plan, which faces "
                         "a council vote on Tuesday after months of delay over its cost.\n";
    Day d = make_day(2026, 3, 1);
    Session s = build_session({{"interview.txt", interview, d}, {"report.txt", report, d}});
    CHECK(linked(s, "I like the plan", "\"not quite there yet\" on backing"));
    // another person using the same four words says another thing
    std::string other = "Reyes holds back\n\n"
                        "Council member Tom Reyes said on Sunday he was \"not quite there yet\" on backing the harbour plan, which "
                        "faces a council vote on Tuesday after months of delay over its cost.\n";
    s = build_session({{"interview.txt", interview, d}, {"other.txt", other, d}});
    CHECK_FALSE(linked(s, "I like the plan", "\"not quite there yet\" on backing"));
}
