// Real news (issue 11): who the source is when a description, an aside or "according to" stands
// around it, in invented sentences.
#include <catch2/catch.hpp>

#include "real_news.hpp"

using namespace whosaid_test;

TEST_CASE("a long anonymity aside after the subject ('…, speaking on condition of anonymity because …, said')") {
    auto a = run("Story\n\nThe vote was close.\n\n"
                 "Officials familiar with the inquiry, speaking on condition of anonymity because they were not "
                 "authorized to discuss it, said that the files had been kept intact.");
    CHECK(speaker_starting(a, "the files had been kept") == "Officials");
}

TEST_CASE("', who said' makes a plain noun before it the speaker, and a preposition is no modifier of a role") {
    auto a = run("Story\n\nThe hall was full.\n\n"
                 "The last question came from a young woman, who said she had driven in from Omaha.\n\n"
                 "The other question came from a voter, who said he had lost his job in May.");
    CHECK(speaker_starting(a, "she had driven in") == "young woman");
    CHECK(speaker_starting(a, "he had lost his job") == "voter");
}

TEST_CASE("'according to' after a lone connective or a colon introduces what follows it") {
    auto a = run("Story\n\nThe race is open.\n\n"
                 "But, according to the survey, 46 percent of tenants remain undecided.\n\n"
                 "It has not gone unnoticed: According to recent polls, the mayor holds only 14 percent of the vote.");
    CHECK(find(a, "46 percent of tenants") != nullptr);
    CHECK(find(a, "the mayor holds only") != nullptr);
    CHECK(find(a, "It has not gone") == nullptr);
}

TEST_CASE("'According to her “clawback” plan, …': a short quoted name inside the source") {
    auto a = run("Story\n\nThe plan was published.\n\n"
                 "According to her \u201cclawback\u201d plan, firms moving abroad must repay any help they received.");
    CHECK(find(a, "firms moving abroad") != nullptr);
}

TEST_CASE("an 'according to' aside inside a clause: the clause goes on after it") {
    auto a = run("Story\n\nThe contract was signed.\n\n"
                 "The firm receives, according to one report, $20 million a year from the city.\n\n"
                 "Sales fell, according to the report, which was published on Monday.");
    const whosaid::Claim* firm = find(a, "The firm receives");
    REQUIRE(firm != nullptr);
    CHECK(text_of(a, *firm).find("$20 million a year from the city") != std::string::npos);
    REQUIRE(firm->parts.size() == 2);
    const whosaid::Claim* sales = find(a, "Sales fell");
    REQUIRE(sales != nullptr);
    CHECK(text_of(a, *sales) == "Sales fell");
}
