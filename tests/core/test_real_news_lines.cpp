// Real news (issue 11): lines whose shape says who speaks (transcripts, datelines), invented text.
#include <catch2/catch.hpp>

#include "real_news.hpp"

using namespace whosaid_test;

TEST_CASE("a transcript's one-word turn labels ('HARLOW:', 'Matthews:') name who speaks") {
    auto a = run("Story\n\nThe governor spoke to the host on Sunday.\n\n"
                 "HARLOW: Do you think the mayor has run a fair campaign this year?\n\n"
                 "FALLON: Well, I think the whole city needs to work together.\n\n"
                 "HARLOW: And will you back him in the autumn?\n\n"
                 "FALLON: I will back whoever the party picks.\n\n"
                 "Matthews: The market hates a surprise.\n\n"
                 "Matthews: So does the council.");
    CHECK(speaker_starting(a, "Do you think the mayor") == "HARLOW");
    CHECK(speaker_starting(a, "I will back whoever") == "FALLON");
    CHECK(speaker_starting(a, "The market hates") == "Matthews");
}

TEST_CASE("a capital in capitals before a colon opens a dateline, not a label line") {
    auto a = run("Story\n\nThe budget was late.\n\nLONDON: The city council met on Monday to discuss the budget.");
    CHECK(find(a, "The city council met") == nullptr);
}

TEST_CASE("transcript speakers in capitals are turns even when each speaks once") {
    auto a = run("Story\n\nPartial transcript as follows:\n\n"
                 "HOSKINS: The minister joins us now. Does the plan go far enough?\n\n"
                 "GRANT: We will cut fares for every commuter by next spring.\n\n"
                 "LOOK: Crowds gather outside the station as the plan is unveiled");
    CHECK(speaker_starting(a, "We will cut fares") == "GRANT");
    CHECK(find(a, "Crowds gather") == nullptr);
}

TEST_CASE("a title line 'Roe: …' stored with a full stop is still a headline label") {
    auto a = run("Roe: No outside pressure on the council inquiry into the depot sale.\n\n"
                 "LEEDS (AP) — Council leader Ann Roe says the inquiry is free of pressure.\n");
    CHECK(speaker_starting(a, "No outside pressure on the council inquiry") == "Ann Roe");
    auto q = run("Roe: Grants prove the council 'the friend of builders.'\n\nCouncil leader Ann Roe spoke at noon.\n");
    CHECK(speaker_starting(q, "Grants prove the council") == "Ann Roe");
    // a rubric before the colon labels nobody: the headline's own cue speaks
    auto b = run("The Latest: Mayor tells voters she backs the depot plan.\n\nThe mayor spoke at noon.\n");
    CHECK(find(b, "No outside") == nullptr);
    CHECK(speaker_starting(b, "she backs the depot plan") == "Mayor");
}

TEST_CASE("a headline's verdict verb reports its object: 'Ann Roe Slams Tram Plan …', 'Council criticizes …'") {
    auto a = run("Ann Roe Slams Tram Plan As Giveaway To Builders\n\nThe mayor spoke at noon.\n");
    CHECK(speaker_starting(a, "Tram Plan As Giveaway") == "Ann Roe");
    auto b = run("Story\n\nThe council criticizes the tram plan as a giveaway to builders.");
    CHECK(speaker_starting(b, "the tram plan as a giveaway") == "council");
    auto d = run("Mayor calls tram plan risk to city finances\n\nThe mayor spoke at noon.\n");
    CHECK(speaker_starting(d, "tram plan risk to city finances") == "Mayor");
    auto c = run("Market Blast Kills Five Traders Near Port\n\nThe police spoke at noon.\n");
    CHECK(c.claims.empty());
}
