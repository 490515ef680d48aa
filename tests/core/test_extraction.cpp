// Behaviour of the extractor on the kinds of sentences English news uses to report speech.
#include <catch2/catch.hpp>

#include "invariants.hpp"
#include "whosaid/whosaid.hpp"

namespace {

std::string claim_text(const whosaid::Annotation& a, const whosaid::Claim& c) {
    return a.text.substr(c.span.start, c.span.size());
}

std::string speaker_of(const whosaid::Annotation& a, const whosaid::Claim& c) {
    return c.speaker < 0 ? "" : a.speakers[static_cast<std::size_t>(c.speaker)].name;
}

whosaid::Annotation run(const std::string& text) {
    whosaid::Annotation a = whosaid::annotate(text);
    whosaid_test::check_invariants(a);
    return a;
}

}  // namespace

TEST_CASE("a quote with the cue after it, in every quote style") {
    for (std::string q : {"\"We will win,\" Smith said.", "\xE2\x80\x9CWe will win,\xE2\x80\x9D Smith said.",
                          "\xC2\xABWe will win\xC2\xBB, Smith said.", "\xE2\x80\x9EWe will win\xE2\x80\x9C, Smith said.",
                          "'We will win,' Smith said.", "\xC2\xABWe will win,\xE2\x80\x9D Smith said."}) {
        auto a = run("John Smith is the party leader. " + q);
        INFO(q);
        REQUIRE(a.claims.size() == 1);
        CHECK(a.claims[0].kind == whosaid::ClaimKind::Direct);
        CHECK(claim_text(a, a.claims[0]).rfind("We will win", 0) == 0);
        CHECK(speaker_of(a, a.claims[0]) == "John Smith");
    }
}

TEST_CASE("inverted cue, colon lead-in and a quote left open at the paragraph end") {
    auto a = run("\"It is over,\" said Jane Doe.\nThe minister said: \"We are ready.\"\nPeskov said: \"No decision yet");
    REQUIRE(a.claims.size() == 3);
    CHECK(speaker_of(a, a.claims[0]) == "Jane Doe");
    CHECK(speaker_of(a, a.claims[1]) == "minister");
    CHECK(claim_text(a, a.claims[2]) == "No decision yet");
}

TEST_CASE("a split quotation is one claim in two parts") {
    auto a = run("\"I understand,\" she said, \"but we must act.\"");
    REQUIRE(a.claims.size() == 1);
    CHECK(a.claims[0].parts.size() == 2);
}

TEST_CASE("reported speech: the clause without the cue and the speaker") {
    auto a = run("Kremlin spokesman Dmitry Peskov said on Monday that no meeting was planned.");
    REQUIRE(a.claims.size() == 1);
    CHECK(a.claims[0].kind == whosaid::ClaimKind::Indirect);
    CHECK(claim_text(a, a.claims[0]) == "no meeting was planned");
    CHECK(speaker_of(a, a.claims[0]) == "Dmitry Peskov");
    CHECK(a.speakers[0].title == "Kremlin spokesman");
}

TEST_CASE("according to, before and after the clause") {
    auto a = run("According to the Kremlin, the call lasted an hour. Talks will resume, according to officials.");
    REQUIRE(a.claims.size() == 2);
    CHECK(claim_text(a, a.claims[0]) == "the call lasted an hour");
    CHECK(speaker_of(a, a.claims[0]) == "Kremlin");
    CHECK(claim_text(a, a.claims[1]) == "Talks will resume");
}

TEST_CASE("mixed: reported speech with a quoted fragment") {
    auto a = run("Putin said the strikes were \"a forced response\" to attacks.");
    REQUIRE(a.claims.size() == 1);
    CHECK(a.claims[0].kind == whosaid::ClaimKind::Mixed);
}

TEST_CASE("scare quotes and titles are not claims") {
    auto a = run("Moscow calls it a \"special operation\". The film \"The Last Word\" opens today. "
                 "The so-called \"Partygate\" affair goes on.");
    CHECK(a.claims.empty());
}

TEST_CASE("relay channels are recorded as via, not as the speaker") {
    auto a = run("Foreign Minister Sergei Lavrov told TASS that talks were possible.");
    REQUIRE(a.claims.size() == 1);
    CHECK(speaker_of(a, a.claims[0]) == "Sergei Lavrov");
    CHECK(a.claims[0].via == "TASS");
}

TEST_CASE("speakers: surnames, roles and misspellings merge; different first names do not") {
    auto a = run("German Chancellor Olaf Scholz spoke to reporters. Scholz said the talks were useful. "
                 "The chancellor said Europe was united. Olaf Schultz added that he was hopeful.\n"
                 "Hillary Clinton said she was proud. Chelsea Clinton said she was not running.");
    REQUIRE(a.claims.size() == 5);
    CHECK(speaker_of(a, a.claims[0]) == "Olaf Scholz");
    CHECK(speaker_of(a, a.claims[1]) == "Olaf Scholz");
    CHECK(speaker_of(a, a.claims[2]) == "Olaf Scholz");
    CHECK(speaker_of(a, a.claims[3]) == "Hillary Clinton");
    CHECK(speaker_of(a, a.claims[4]) == "Chelsea Clinton");
}

TEST_CASE("pronouns take the nearest compatible speaker") {
    auto a = run("Senator Elizabeth Warren criticised the merger. She said it would raise prices.");
    REQUIRE(a.claims.size() == 2);
    CHECK(speaker_of(a, a.claims[1]) == "Elizabeth Warren");
}

TEST_CASE("boilerplate lines are set apart and hold no claims") {
    auto a = run("Also read: Minister says \"all is well\"\nFILE PHOTO: A man walks. \xC2\xA9 Reuters\n"
                 "The mayor said the roads were open.\nLeave a Reply\n");
    REQUIRE(a.boilerplate.size() == 3);
    REQUIRE(a.claims.size() == 1);
    CHECK(claim_text(a, a.claims[0]) == "the roads were open");
}
