// Real news (issue 11): a question put to someone whose asker goes unnamed ("Asked whether …,
// Hale said …") is reported speech of that asker, never of the one who answers. Invented text.
#include <catch2/catch.hpp>

#include "real_news.hpp"

using namespace whosaid_test;

TEST_CASE("'Asked whether …,' and 'when asked which …' put a question whose asker is not named") {
    auto a = run("Story\n\nThe vote was close.\n\n"
                 "Asked whether he had ever lost a vote, Grant said he had not.\n\n"
                 "\"We will win the county,\" Lopez told the radio station when asked which ward she feared most.\n\n"
                 "\"It was a long night for all of us in the party,\" she added.\n\n"
                 "Asked during a debate in March why he trailed so badly, Hale blamed the weather.\n\n"
                 "Asked about the strike, the minister said talks would resume.");
    REQUIRE(find(a, "whether he had ever lost") != nullptr);
    CHECK(speaker_starting(a, "whether he had ever lost") == "");
    CHECK(text_of(a, *find(a, "whether he had ever lost")) == "whether he had ever lost a vote");
    CHECK(speaker_starting(a, "he had not") == "Grant");
    CHECK(speaker_starting(a, "which ward she feared") == "");
    CHECK(speaker_starting(a, "We will win") == "Lopez");
    // the next paragraph's quotation goes on with Lopez, not with the question
    CHECK(speaker_starting(a, "It was a long night") == "Lopez");
    CHECK(speaker_starting(a, "why he trailed") == "");
    CHECK(find(a, "the strike") == nullptr);
}

TEST_CASE("'when asked by a host whether …': the host asks") {
    auto a = run("Story\n\nThe vote was close.\n\nLopez laughed when asked by a radio host whether she would run again.");
    CHECK(speaker_starting(a, "whether she would run") == "radio host");
}

TEST_CASE("'Hale was asked whether …': the one asked is not the asker; 'is asked to call' is an appeal") {
    auto a = run("Story\n\nThe vote was close.\n\n"
                 "Hale was asked whether he would run again, and said he had not decided.\n\n"
                 "Ruiz was asked to resign by the board.\n\n"
                 "Anyone with information is asked to call the police.");
    REQUIRE(find(a, "whether he would run") != nullptr);
    CHECK(speaker_starting(a, "whether he would run") == "");
    CHECK(speaker_starting(a, "he had not decided") == "Hale");
    CHECK(speaker_starting(a, "to resign") == "");
    CHECK(find(a, "to call the police") == nullptr);
}

TEST_CASE("'Hale asked Lopez about the merger': a named asker puts the topic as a question") {
    auto a = run("Story\n\nThe vote was close.\n\n"
                 "The radio host Mara Quill asked Lopez about remarks she had made at the rally.\n\n"
                 "Pollsters asked about 40 voters in the ward.\n\n"
                 "Ruiz, asked about the strike on Monday, said talks would resume.");
    REQUIRE(find(a, "Lopez about remarks") != nullptr);
    CHECK(speaker_starting(a, "Lopez about remarks") == "Mara Quill");
    CHECK(find(a, "about 40 voters") == nullptr);
    CHECK(find(a, "40 voters") == nullptr);
    CHECK(find(a, "about the strike") == nullptr);
    CHECK(speaker_starting(a, "talks would resume") == "Ruiz");
}

TEST_CASE("a reported question after a long object: 'asked the former county budget chief whether …'") {
    auto a = run("Story\n\nAt the forum, Rosa Quill asked the former county budget chief Tom Ash whether the fund would last.");
    // (the one asked stays in the text, as after a short object)
    CHECK(speaker_starting(a, "the former county budget chief Tom Ash whether the fund would last") == "Rosa Quill");
}
