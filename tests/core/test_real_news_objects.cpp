// Real news (issue 11): where a cue's object or clause ends, what starts the next claim, and who
// can head a source, in invented sentences.
#include <catch2/catch.hpp>

#include "real_news.hpp"

using namespace whosaid_test;

TEST_CASE("a day after a cue's object ends what was defended ('defended her budget Tuesday, hours after')") {
    auto a = run("Story\n\nThe vote was close.\n\n"
                 "The mayor defended her budget Tuesday, hours after the council voted it down.\n\n"
                 "The senator praised the new rail plan this week on his morning radio show.");
    const whosaid::Claim* budget = find(a, "her budget");
    REQUIRE(budget != nullptr);
    CHECK(text_of(a, *budget) == "her budget");
    const whosaid::Claim* rail = find(a, "the new rail plan");
    REQUIRE(rail != nullptr);
    CHECK(text_of(a, *rail) == "the new rail plan");
}

TEST_CASE("a day inside a complement stays in it ('called the report Friday a shameful lie')") {
    auto a = run("Story\n\nThe vote was close.\n\n"
                 "Senator Hale called the report Friday a shameful lie.\n\n"
                 "The minister blamed himself on Saturday for dropping his own reform bill.");
    const whosaid::Claim* lie = find(a, "the report");
    REQUIRE(lie != nullptr);
    CHECK(text_of(a, *lie) == "the report Friday a shameful lie");
    const whosaid::Claim* bill = find(a, "himself");
    REQUIRE(bill != nullptr);
    CHECK(text_of(a, *bill) == "himself on Saturday for dropping his own reform bill");
}

TEST_CASE("a justice is a role: 'The chief justice -- who … -- said'") {
    auto a = run("Story\n\nThe court rose early.\n\n"
                 "The chief justice -- who has clashed with the governor over the past weeks -- said she "
                 "regretted her words.");
    CHECK(speaker_starting(a, "she regretted her words") == "chief justice");
}

TEST_CASE("a participle cue after a dash or 'by' is the speaker's next claim") {
    auto a = run("Story\n\nThe trial went on.\n\n"
                 "Judge Ruth Amos said she could see no difference between the two men - noting that she had seen "
                 "the defendant carry weapons.\n\n"
                 "Senator Hale answered a question on trade by asserting that he hires foreign workers himself.");
    const whosaid::Claim* first = find(a, "she could see no difference");
    REQUIRE(first != nullptr);
    CHECK(text_of(a, *first) == "she could see no difference between the two men");
    CHECK(speaker_starting(a, "she had seen the defendant") == "Ruth Amos");
    CHECK(speaker_starting(a, "he hires foreign workers") == "Hale");
}

TEST_CASE("'… and has expressed support for …' and '…, about the same number who said …' end a claim") {
    auto a = run("Story\n\nThe debate went on.\n\n"
                 "Senator Lina Hale said she wants a safe zone for civilians and has expressed support for wider "
                 "military action.\n\n"
                 "Sixty percent said the party was hostile to them, about the same number who said the party truly cares.");
    const whosaid::Claim* zone = find(a, "she wants a safe zone");
    REQUIRE(zone != nullptr);
    CHECK(text_of(a, *zone) == "she wants a safe zone for civilians");
    CHECK(speaker_starting(a, "support for wider military") == "Lina Hale");
    const whosaid::Claim* hostile = find(a, "the party was hostile");
    REQUIRE(hostile != nullptr);
    CHECK(text_of(a, *hostile) == "the party was hostile to them");
}

TEST_CASE("a subject restricted by a relative or participle speaks: 'Farmers trying to sell … say'") {
    auto a = run("Story\n\nThe vote was close.\n\n"
                 "Farmers trying to sell their land before the winter say they have a new problem.\n\n"
                 "Local groups that have endorsed the mayor say they want the vote delayed.\n\n"
                 "Cook declined to say whether the rule had been broken.");
    CHECK(speaker_starting(a, "they have a new problem") == "Farmers");
    // (the relative may stay in the name, as a group's description)
    CHECK(speaker_starting(a, "they want the vote delayed").rfind("Local groups", 0) == 0);
    CHECK(find(a, "whether the rule") == nullptr);
}

TEST_CASE("', calling on X to …' and ', calling for X' keep the particle in the cue, out of what was said") {
    auto a = run("Story\n\nThe bishop spoke at the vigil, calling on neighbours to shelter the homeless.\n"
                 "The mayor toured the flooded streets, calling for patience from every household.");
    CHECK(speaker_starting(a, "neighbours to shelter the homeless") == "bishop");
    CHECK(speaker_starting(a, "patience from every household") == "mayor");
    CHECK(find(a, "on neighbours to shelter the homeless") == nullptr);
}

TEST_CASE("a request cue's plain subject: a plural, a group, or the subject after a fronted time") {
    auto a = run("Story\n\nUnion backers urged the mayor not to back down.\n"
                 "On Monday, the city urged people to stay indoors.\n"
                 "Some have urged voters to focus on the vote in May.\n"
                 "Ten-year yields rose 3 basis points to 4.91% on the day.");
    CHECK(speaker_starting(a, "the mayor not to back down") == "Union backers");
    CHECK(speaker_starting(a, "people to stay indoors") == "city");
    CHECK(speaker_starting(a, "voters to focus") == "Some");
    CHECK(find(a, "4.91") == nullptr);
}

TEST_CASE("'called him divisive': a speaker gives a person a quality; a phone call gives none") {
    auto a = run("Story\n\nAt the hustings, Councillor Ada Finch called him divisive and left early.\n"
                 "Critics call themselves very patient.\n"
                 "She called him back on Tuesday.\n"
                 "Later she called Grant immediately.");
    CHECK(speaker_starting(a, "him divisive") == "Ada Finch");
    CHECK(speaker_starting(a, "themselves very patient") == "Critics");
    CHECK(find(a, "him back") == nullptr);
    CHECK(find(a, "Grant immediately") == nullptr);
}
