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

TEST_CASE("a group described at length still speaks: a possessive before its last noun, a 'whose' relative") {
    auto a = run("Story\n\nThe vote was close.\n\n"
                 "A person familiar with the planning for Thursday's meeting says the talks will focus on one candidate.\n\n"
                 "The officials whose rules were struck down say the real change has come in the courts.\n\n"
                 "Tenant groups that have fought the plan say the vote was rushed.");
    CHECK(speaker_starting(a, "the vote was rushed") == "Tenant groups that have fought the plan");
    CHECK(speaker_starting(a, "the talks will focus") == "person familiar with the planning for Thursday's meeting");
    CHECK(speaker_starting(a, "the real change") == "officials whose rules were struck down");
}

TEST_CASE("'media reports said': a plural noun after its modifier is the source, not a cue") {
    auto a = run("Story\n\nThe vote was close.\n\n"
                 "The talks will resume on Friday, local media reports said.\n\n"
                 "News reports said the border had been closed overnight.");
    CHECK(speaker_starting(a, "The talks will resume") == "local media reports");
    CHECK(speaker_starting(a, "the border had been closed") == "News reports");
}

TEST_CASE("'as per' cites a source as 'according to' does") {
    auto a = run("Story\n\nThe vote was close.\n\n"
                 "As per the ministry, the talks will resume on Friday.\n\n"
                 "The bridge will stay shut until May, as per reports.\n\n"
                 "The work was done as per the rules.");
    CHECK(speaker_starting(a, "the talks will resume") == "ministry");
    CHECK(find(a, "The bridge will stay shut") != nullptr);
    CHECK(find(a, "The work was done") == nullptr);
}

TEST_CASE("'told the BBC's Today programme …': a channel's show closes the one told") {
    auto a = run("Story\n\nThe vote was close.\n\n"
                 "The shadow chancellor, Ann Grey, told the BBC's Today programme the figures did not add up.\n\n"
                 "Grey told Radio 4's World at One programme that the deficit would keep growing.\n\n"
                 "Her deputy told CBS's Face the Nation that the party would vote against it.");
    CHECK(speaker_starting(a, "the figures did not add up") == "Ann Grey");
    CHECK(find(a, "programme") == nullptr);
    CHECK(find(a, "the deficit would keep growing") != nullptr);
    CHECK(find(a, "the party would vote against") != nullptr);
    CHECK(find(a, "the Nation") == nullptr);
}

TEST_CASE("'The opposition termed the claim “a cruel joke”': a common-noun subject opening the sentence speaks a complement cue") {
    auto a = run("Story\n\nThe minister spoke on Tuesday.\n\n"
                 "The opposition, however, termed the claim \u201ca cruel joke\u201d and demanded a cut in taxes.\n\n"
                 "The actress called the merger a threat to shoppers.");
    CHECK(speaker_starting(a, "the claim") == "opposition");
    CHECK(speaker_starting(a, "the merger a threat") == "actress");
}

TEST_CASE("a spaced hyphen is a typed dash: 'Ann Roe - a co-host on his show - told …'") {
    auto a = run("Story\n\nThe vote was close.\n\n"
                 "Ann Roe - his co-host on the late show - told the Post that his views turned extreme in 2002.");
    CHECK(speaker_starting(a, "his views turned extreme") == "Ann Roe");
}

TEST_CASE("poll groups speak: 'Those over 60 say', 'those with a degree said', 'nine out of 10 say'") {
    auto a = run("Story\n\nThe poll was published on Monday.\n\n"
                 "Those over 60 say they trust the council by two to one.\n\n"
                 "Those with a degree said they would vote early.\n\n"
                 "Nearly nine out of 10 say they will need new skills.");
    CHECK(speaker_starting(a, "they trust the council") == "Those over 60");
    CHECK(speaker_starting(a, "they would vote early") == "Those with a degree");
    CHECK(speaker_starting(a, "they will need new skills") == "Nearly nine out of 10");
}

TEST_CASE("a short quoted title inside an appositive: 'Hemsley, the author of “Going Viral,” said'") {
    auto a = run("Story\n\nThe debate went on.\n\n"
                 "Nora Hemsley, the co-author of \u201cGoing Viral,\u201d about the spread of rumours, said the days of one shared story are gone.");
    CHECK(speaker_starting(a, "the days of one shared story") == "Nora Hemsley");
}

TEST_CASE("a group with a long relative clause still speaks ('supporters who came to … say')") {
    auto a = run("Story\n\nThe convention opened on Monday.\n\n"
                 "But many loyal supporters who came to the city to protest this week's meeting say they will back the rival.\n\n"
                 "Friends of Mr. Grant's who have seen him on the road recently say that his energy has matured.");
    CHECK(speaker_starting(a, "they will back the rival") == "loyal supporters who came to the city to protest this week's meeting");
    CHECK(find(a, "his energy has matured") != nullptr);
}

TEST_CASE("a figure between commas restates the group: 'A third of independents, 33%, say'") {
    auto a = run("Story\n\nThe poll was published on Monday.\n\n"
                 "A third of independents, 33%, say they would back the mayor.\n\n"
                 "Most renters, 58%, said the new tax was unfair.");
    CHECK(speaker_starting(a, "they would back the mayor") == "third of independents");
    CHECK(speaker_starting(a, "the new tax was unfair") == "Most renters");
}

TEST_CASE("regression: 'according to the paper she released': the source ends before the pronoun of its relative") {
    auto a = run("Story\n\nThe council met on Monday.\n\n"
                 "The new depot would cost about 40 million a year, according to the paper she released.");
    CHECK(speaker_starting(a, "The new depot would cost") == "paper");
}

TEST_CASE("a name particle inside a name before the cue: '…, Jan de Boer said'") {
    auto a = run("Story\n\nThe ferry was among the boats hit by the storm, Jan de Boer said.\n"
                 "The talks failed, Ursula von der Leyen said on Friday.");
    CHECK(speaker_starting(a, "The ferry was among") == "Jan de Boer");
    CHECK(speaker_starting(a, "The talks failed") == "Ursula von der Leyen");
}

TEST_CASE("'foreign affairs' is a portfolio inside a role: '…, Dutch foreign affairs spokesman Jan Boer said'") {
    auto a = run("Story\n\nTwo of the sailors were from Utrecht, Dutch foreign affairs spokesman Jan Boer said.");
    CHECK(speaker_starting(a, "Two of the sailors") == "Jan Boer");
}

TEST_CASE("a quotation inside a dash aside stays in the aside: 'Roe - who said she would “fight” - said that …'") {
    auto a = run("Story\n\nMayor Ann Roe - who once said she would \"fight the cuts\" - said that the city should close its depots.");
    CHECK(speaker_starting(a, "the city should close its depots") == "Ann Roe");
}

TEST_CASE("'… according to a tally by the board' with no comma: a source at the sentence's end closes the clause") {
    auto a = run("Story\n\nThe mayor leads her rival by 40 votes according to a tally by the county board.\n"
                 "Turnout rose in every ward according to the clerk's office, but the count goes on.\n"
                 "The launch of the ferry went according to plan.\n"
                 "The ferry was built according to the rules of the port.");
    CHECK(find(a, "The mayor leads her rival by 40 votes"));
    CHECK(find(a, "Turnout rose in every ward"));
    CHECK(find(a, "The launch") == nullptr);
    CHECK(find(a, "The ferry was built") == nullptr);
}

TEST_CASE("'claims by the union that …': a statement's noun with its agent after 'by' or 'from'") {
    auto a = run("Story\n\nThe council pushed back against claims by the harbour union that the crane was unsafe.\n"
                 "Mayor Ines Hale rejected suggestions from her aides that she would quit.\n"
                 "The cost was covered by grants from the county that the board had won.");
    CHECK(speaker_starting(a, "the crane was unsafe").find("union") != std::string::npos);
    CHECK(speaker_starting(a, "she would quit") == "aides");
    CHECK(find(a, "the board had won") == nullptr);
}
