// Real news (issue 11): what stands around a cue and is not what was said, in invented sentences.
#include <catch2/catch.hpp>

#include "real_news.hpp"

using namespace whosaid_test;

TEST_CASE("a long fronted place or occasion before 'X said, “…”' is no claim") {
    auto a = run("Story\n\nAt a rally for the mayor at the county fairground on the edge of town yesterday, Brown said, "
                 "\u201cWe drove in from the coast.\u201d\n"
                 "In an interview with a local radio station published online on Wednesday, Grant said, "
                 "\u201cNobody told me anything.\u201d");
    CHECK(find(a, "At a rally") == nullptr);
    CHECK(find(a, "In an interview") == nullptr);
    CHECK(speaker_starting(a, "We drove in") == "Brown");
    CHECK(speaker_starting(a, "Nobody told me") == "Grant");
}

TEST_CASE("a year between the cue and 'that' is an adjunct ('said in 2008 that …')") {
    auto a = run("Story\n\nThe vote was close.\n\nSenator Hale said in 2008 that rural voters would decide the race.");
    CHECK(speaker_starting(a, "rural voters would decide") == "Hale");
}

TEST_CASE("'--' is the typewritten dash: an aside between two of them sits between subject and cue") {
    auto a = run("Story\n\nThe vote was close.\n\nThe minister -- who has been under fire for days -- said she regretted her remarks.");
    CHECK(speaker_starting(a, "she regretted") == "minister");
}

TEST_CASE("'advised', 'encouraged', 'instructed', 'pressed' report speech only with what was urged after the one addressed") {
    auto a = run("Story\n\nThe vote was close.\n\nMaria Lopez, a pollster who advises the governor on housing, joined the campaign.\n"
                 "Two banks advised on the merger of the grocers.\n"
                 "The union advised its members not to cross the picket line.\n"
                 "The coach encouraged his \"boys\" - often by shouting from the stand - to run harder.\n"
                 "The host pressed Hale on Sunday about his plans for the port.\n"
                 "The envoy pressed Mr. Ruiz to sign the ceasefire.");
    CHECK(find(a, "the governor on housing") == nullptr);
    CHECK(find(a, "on the merger") == nullptr);
    CHECK(speaker_starting(a, "its members not to cross") == "union");
    CHECK(speaker_starting(a, "his \"boys\"") == "coach");
    CHECK(find(a, "on Sunday about his plans") == nullptr);
    CHECK(find(a, "about his plans") == nullptr);
    CHECK(speaker_starting(a, "Mr. Ruiz to sign") == "envoy");
}

TEST_CASE("'Noting that …, Wang said': a fronted cue participle's clause is said by the one after it") {
    auto a = run("Story\n\nThe talks ended.\n\n"
                 "Noting that the world is undergoing deep changes, Wang said both sides should talk more.\n"
                 "Recalling that moment, David Ashton, who ran the campaign, said the race was lost.");
    CHECK(speaker_starting(a, "the world is undergoing") == "Wang");
    REQUIRE(find(a, "the world is undergoing") != nullptr);
    CHECK(text_of(a, *find(a, "the world is undergoing")) == "the world is undergoing deep changes");
    CHECK(speaker_starting(a, "both sides should") == "Wang");
    CHECK(find(a, "moment") == nullptr);
}

TEST_CASE("'the Pakistani minister' is not the person introduced as 'Chinese Foreign Minister'") {
    auto a = run("Ministers meet\n\nChinese Foreign Minister Wang Yi on Monday held talks with his Pakistani counterpart in Beijing.\n\n"
                 "Wang said China is ready to deepen cooperation.\n\n"
                 "The Pakistani minister said Pakistan firmly backs the corridor project.\n\n"
                 "The Chinese minister said the talks went well.");
    CHECK(speaker_starting(a, "Pakistan firmly backs") == "Pakistani minister");
    CHECK(speaker_starting(a, "the talks went well") == "Wang Yi");
}

TEST_CASE("'the Royal College of Nursing', 'the Chamber of Commerce': a college, academy, chamber or trust heads a body's name") {
    auto a = run("Story\n\nNurses are tired after a long winter at the hospital.\n\n"
                 "The Royal College of Nursing said it welcomed the extra staff but warned that morale remained low.\n\n"
                 "The Chamber of Commerce said exports would fall.");
    CHECK(speaker_starting(a, "it welcomed") == "Royal College of Nursing");
    CHECK(speaker_starting(a, "morale remained low") == "Royal College of Nursing");
    CHECK(speaker_starting(a, "exports would fall") == "Chamber of Commerce");
}

TEST_CASE("'compared with 30 percent who say …': a poll's share speaks its restrictive relative") {
    auto a = run("Story\n\nThe poll was taken last week.\n\n"
                 "Support for the plan stands at 40 percent, compared with 30 percent who say they might vote against it.");
    CHECK(speaker_starting(a, "they might vote against") == "30 percent");
}

TEST_CASE("'continued' reports speech only when speech follows it, not an object ('continued their search')") {
    auto a = run("Story\n\nThe lake was dark.\n\n"
                 "Divers continued their search for the phones in the lake on Friday.\n\n"
                 "\"We will find them,\" the chief said. \"It may take a week,\" he continued.\n\n"
                 "The mayor continued to insist that the budget was sound.");
    CHECK(find(a, "their search") == nullptr);
    CHECK(speaker_starting(a, "It may take a week") == "chief");
    CHECK(speaker_starting(a, "to insist that the budget") == "mayor");
}

TEST_CASE("'for weeks', 'for years' between the cue and a clause without 'that' is how long it was said") {
    auto a = run("Story\n\nThe race tightened.\n\n"
                 "Governor Ellen Marsh has said for weeks she is the only candidate who can carry the north.\n\n"
                 "The council has campaigned for years on the state of the harbour.");
    CHECK(speaker_starting(a, "she is the only candidate") == "Ellen Marsh");
    CHECK(find(a, "on the state of the harbour") == nullptr);
}
