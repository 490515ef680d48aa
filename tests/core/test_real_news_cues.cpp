// Real news (issue 11 item 3): reported speech beyond "said that", in invented sentences.
#include <catch2/catch.hpp>

#include "real_news.hpp"

using namespace whosaid_test;

TEST_CASE("'put the death toll at 40': an estimate given is what was said") {
    auto a = run("Story\n\nThe storm hit the coast overnight.\n\n"
                 "Officials put the death toll at 40.\n\n"
                 "They put the blame on the council.");
    CHECK(speaker_starting(a, "the death toll at 40") == "Officials");
    CHECK(find(a, "the blame") == nullptr);
}

TEST_CASE("'Hale issued a warning that …': the maker of a named statement speaks its clause") {
    auto a = run("Story\n\nThe budget was published.\n\n"
                 "Finance Minister Ruth Hale issued a warning that more cuts would follow.");
    CHECK(speaker_starting(a, "more cuts would follow") == "Ruth Hale");
}

TEST_CASE("'In her opinion, …' opening a sentence reports what its owner thinks, as 'In her words' does") {
    auto a = run("Story\n\nThe ruling came on Monday.\n\n"
                 "Judge Ann Webb heard the case. In her opinion, the law was flawed.\n\n"
                 "Who leads the party in his view, he would not say.");
    CHECK(find(a, "the law was flawed") != nullptr);
    CHECK(find(a, "he would not say") == nullptr);
}

TEST_CASE("'Grant is understood to have told colleagues he would stand down': hearsay passive, plain audience, no 'that'") {
    auto a = run("Story\n\nThe party met on Monday.\n\n"
                 "Peter Grant is understood to have told colleagues he would stand down.\n\n"
                 "Maria Lopez told the crowd they had won.\n\n"
                 "Lopez told the story she loved.");
    CHECK(speaker_starting(a, "he would stand down") == "Peter Grant");
    CHECK(speaker_starting(a, "they had won") == "Maria Lopez");
    CHECK(find(a, "she loved") == nullptr);
}

TEST_CASE("'made clear he would not quit': 'made clear' before a subject pronoun or a day, without 'that'") {
    auto a = run("Story\n\nThe party met on Monday.\n\n"
                 "Peter Grant made clear he would not quit.\n\n"
                 "Grant made clear Tuesday that the vote would go ahead.\n\n"
                 "Grant made clear his anger.");
    CHECK(speaker_starting(a, "he would not quit") == "Peter Grant");
    CHECK(find(a, "the vote would go ahead") != nullptr);
    CHECK(find(a, "his anger") == nullptr);
}

TEST_CASE("'agreed' reports speech, with or without 'that' (PolNeAR counts it a speech cue, not a belief)") {
    auto a = run("Story\n\nThe party met on Monday.\n\n"
                 "Most delegates agreed they had no real choice.\n\n"
                 "Peter Grant agreed that the vote had been fair.");
    CHECK(speaker_starting(a, "they had no real choice") == "Most delegates");
    CHECK(speaker_starting(a, "the vote had been fair") == "Peter Grant");
}

TEST_CASE("regression: 'agreed' inside a readout ('according to X, and both sides agreed that') stays X's") {
    auto a = run("Story\n\nThe two presidents spoke by phone.\n\n"
                 "Hale and Ruiz also discussed the drought, according to the Kremlin, and both sides agreed that their aides "
                 "should stay in touch.");
    CHECK(speaker_starting(a, "both sides agreed that their aides") == "Kremlin");
}

TEST_CASE("an infinitive claim keeps its 'to' ('promised to build …'), a short one stays the tail's, and one after a comma is no tail") {
    auto a = run("Story\n\nThe council met on Monday.\n\n"
                 "Mayor Ana Ruiz promised to build a new bridge over the river.\n\n"
                 "After the call, the two mayors agreed to keep talking, the council said.\n\n"
                 "After the call, the two mayors agreed to keep on talking for weeks.");
    CHECK(speaker_starting(a, "to build a new bridge over the river") == "Ana Ruiz");
    CHECK(find(a, "build a new bridge") == nullptr);
    CHECK(speaker_starting(a, "After the call, the two mayors agreed to keep talking") == "council");
    CHECK(find(a, "to keep talking") == nullptr);
    // (the infinitive after "agreed" is what was said: the adverbial before it is no claim)
    CHECK(speaker_starting(a, "to keep on talking for weeks") == "mayors");
    for (const auto& c : a.claims) CHECK(text_of(a, c) != "After the call");
}

TEST_CASE("a first person reports what follows the cue, with no speaker named ('We asked readers which …')") {
    auto a = run("Story\n\nThe vote was on Monday.\n\n"
                 "We asked our readers which candidate won the debate.\n\n"
                 "I told the mayor the plan would fail badly.\n\n"
                 "The bridge will cost far too much, I said.\n\n"
                 "Peter Grant said the count was fair.");
    const whosaid::Claim* asked = find(a, "which candidate won the debate");
    REQUIRE(asked != nullptr);
    CHECK(asked->speaker < 0);  // (the writer, whom no earlier name stands for)
    const whosaid::Claim* told = find(a, "the plan would fail badly");
    REQUIRE(told != nullptr);
    CHECK(told->speaker < 0);
    // (after the writer's own words, "I said" adds no claim)
    CHECK(find(a, "The bridge will cost") == nullptr);
    CHECK(speaker_starting(a, "the count was fair") == "Peter Grant");
}

TEST_CASE("'compared X to Y' reports the likeness a speaker drew; a figure 'compared with' and a passive report none") {
    auto a = run("Story\n\nThe debate ran late.\n\n"
                 "Senator Dana Holt compared the new tax to a toll on every kitchen table.\n\n"
                 "Turnout rose by a fifth compared with the last election, the clerk said.\n\n"
                 "The plan was compared to a leaky bucket by several readers.\n\n"
                 "At the fair, the mayor compared herself to a referee between two teams.");
    CHECK(speaker_starting(a, "the new tax to a toll on every kitchen table") == "Dana Holt");
    CHECK(find(a, "the last election") == nullptr);
    CHECK(find(a, "to a leaky bucket") == nullptr);
    // (a speaker placing herself beside another states nothing annotators mark)
    CHECK(find(a, "herself to a referee") == nullptr);
}

TEST_CASE("'maintained that …' reports; 'maintained a lead' and 'maintained by' do not") {
    auto a = run("Story\n\nThe coach has always maintained that the pitch was safe.\n"
                 "The champion maintained a narrow lead in the final round.\n"
                 "The records were maintained by two clerks at the town hall.");
    CHECK(speaker_starting(a, "the pitch was safe") == "coach");
    CHECK(find(a, "a narrow lead") == nullptr);
    CHECK(a.claims.size() == 1);
}

TEST_CASE("', while also suggesting that …' and '… and to say …' start claims of their own, linked to the earlier speaker") {
    auto a = run("Story\n\nMayor Ines Hale has promised to build a footbridge over the canal, while also suggesting that the old "
                 "ferry should be scrapped.\n"
                 "Tenants are more likely to say the rent is too high and to say the opposite about the heating.");
    CHECK(speaker_starting(a, "the old ferry should be scrapped") == "Ines Hale");
    const auto* first = find(a, "to build a footbridge");
    REQUIRE(first);
    CHECK(text_of(a, *first) == "to build a footbridge over the canal");
    const auto* rent = find(a, "the rent is too high");
    REQUIRE(rent);
    CHECK(text_of(a, *rent) == "the rent is too high");
    CHECK(speaker_starting(a, "the opposite about the heating") == "Tenants");
}

TEST_CASE("after 'In a debate, while rivals called for …,' the main clause's subject speaks its ', noting that …'") {
    auto a = run("Story\n\nIn a long debate, while most of her rivals called for a bigger levy, Councillor Ada Finch kept to "
                 "the old plan, noting that the two schemes cost the same.");
    CHECK(speaker_starting(a, "the two schemes cost the same") == "Ada Finch");
    const auto* levy = find(a, "a bigger levy");
    REQUIRE(levy);
    CHECK(text_of(a, *levy) == "a bigger levy");
}

TEST_CASE("'threatened to sue' reports a threat made by someone; 'threatened the town' and a storm's threat do not") {
    auto a = run("Story\n\nCouncillor Ada Finch threatened to sue the harbour board.\n"
                 "Some angry tenants have threatened not to pay the new levy.\n"
                 "The storm threatens to flood the lower town.\n"
                 "Raiders threatened the farms on the ridge.\n\n"
                 "According to one clerk, the mayor had threatened to resign over the levy.");
    CHECK(speaker_starting(a, "to sue the harbour board") == "Ada Finch");
    CHECK(speaker_starting(a, "not to pay the new levy").find("tenants") != std::string::npos);
    CHECK(find(a, "to flood") == nullptr);
    CHECK(find(a, "the farms") == nullptr);
    CHECK(speaker_starting(a, "the mayor had threatened to resign") == "clerk");
}

TEST_CASE("a plea and an apology: 'pleaded guilty in May to …', 'apologized to voters for …'") {
    auto a = run("Story\n\nIn 2019, Tom Ash pleaded guilty in May to one count of forging harbour permits.\n"
                 "Councillor Ada Finch apologized to her ward and to the mayor for the late audit.\n"
                 "Ash has pleaded with the board for more time.");
    CHECK(speaker_starting(a, "one count of forging harbour permits") == "Tom Ash");
    CHECK(speaker_starting(a, "the late audit") == "Ada Finch");
    CHECK(find(a, "more time") == nullptr);
}

TEST_CASE("a cue's other forms report too: 'to describe X as Y', 'tenants blame X for Y', ', mentioning that …'") {
    auto a = run("Story\n\nThe board went on to describe the levy as unfair.\n"
                 "Many tenants blame the mayor for the delay.\n"
                 "The mayor spoke for an hour, mentioning that the ferry would return in May.\n"
                 "The bishop spoke at the vigil, condemning the attack on the chapel.\n"
                 "Roe did not mention the levy by name.");
    CHECK(speaker_starting(a, "the levy as unfair") == "board");
    CHECK(speaker_starting(a, "the mayor for the delay").find("tenants") != std::string::npos);
    CHECK(speaker_starting(a, "the ferry would return in May") == "mayor");
    CHECK(speaker_starting(a, "the attack on the chapel") == "bishop");
    CHECK(find(a, "the levy by name") == nullptr);
}
