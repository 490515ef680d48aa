// to_compact(): the columns JS reads instead of to_json's text (include/whosaid/compact.hpp).
// Its offsets and counts are held to to_json's here; tests/js (same-as-native) checks that the
// whole annotation read back from the columns equals the CLI's JSON on every fixture.
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstring>
#include <string>

#include <nlohmann/json.hpp>

#include "whosaid/compact.hpp"
#include "whosaid/json.hpp"
#include "whosaid/whosaid.hpp"
#include "utf16.hpp"

namespace {
std::uint32_t word(const std::string& buf, std::size_t i) {
    std::uint32_t w;
    std::memcpy(&w, buf.data() + 4 * i, 4);
    return w;
}
}  // namespace

TEST_CASE("to_compact's counts and UTF-16 offsets are to_json's") {
    using namespace whosaid::compact;
    // Astral characters (two UTF-16 units), accents and curly quotes before and inside claims.
    const std::string text =
        "\xF0\x9F\x98\x80 Caf\xC3\xA9 news.\n\n\xE2\x80\x9CWe will build it \xF0\x9F\x8F\x97,\xE2\x80\x9D said "
        "Anna Kowalski, the Finance Minister. \xE2\x80\x9CNot now.\xE2\x80\x9D\n\nKowalski told reporters that "
        "the plan was ready, adding: \xE2\x80\x9CIt is done.\xE2\x80\x9D\n";
    const whosaid::Annotation a = whosaid::annotate(text);
    const nlohmann::json j = nlohmann::json::parse(whosaid::to_json(a));
    std::string buf;
    whosaid::to_compact(a, buf);
    REQUIRE(buf.size() >= 4 * kHeaderWords);
    CHECK(word(buf, kFlags) == kColumns);
    CHECK(word(buf, kLength) == j["length"].get<std::uint32_t>());
    REQUIRE(word(buf, kClaims) == j["claims"].size());
    REQUIRE(word(buf, kSpeakers) == j["speakers"].size());
    CHECK(word(buf, kBoilerplate) == j["boilerplate"].size());
    REQUIRE(j["claims"].size() >= 2);
    const std::size_t claims_at = kHeaderWords + 4 * word(buf, kBoilerplate);
    std::size_t parts = 0;
    for (std::size_t i = 0; i < j["claims"].size(); ++i) {
        const auto& c = j["claims"][i];
        const std::size_t row = claims_at + 11 * i;
        CHECK(word(buf, row) == c["start"].get<std::uint32_t>());
        CHECK(word(buf, row + 1) == c["end"].get<std::uint32_t>());
        if (c["cue"].is_null()) CHECK(word(buf, row + 2) == kNone);
        else CHECK(word(buf, row + 2) == c["cue"]["start"].get<std::uint32_t>());
        CHECK(word(buf, row + 10) == c["parts"].size());
        parts += c["parts"].size();
        double confidence;
        std::memcpy(&confidence, buf.data() + word(buf, kConfidenceAt) + 8 * i, 8);
        CHECK(confidence == c["confidence"].get<double>());
    }
    CHECK(word(buf, kParts) == parts);
    CHECK(word(buf, kConfidenceAt) % 8 == 0);
    CHECK(word(buf, kBlobAt) + word(buf, kBlobBytes) == buf.size());
    // The blob starts with the version, then the boilerplate's reasons and the claims' strings.
    CHECK(buf.substr(word(buf, kBlobAt), std::strlen(whosaid::kVersion)) == whosaid::kVersion);
}

TEST_CASE("to_compact carries a string that is not valid UTF-8 as to_json writes it") {
    // to_json writes such a string by nlohmann's replace rule; the columns carry it repaired by
    // repair_utf8 (maximal subparts, as TextDecoder): the same characters, case by case.
    for (const std::string bad : {"bad \xC3(", "\x80", "a\x80" "b", "\xC3", "\xE2\x80(x", "\xF0\x9F\x98" "a", "\xC0\xAF",
                                  "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xFF\xFE", "\xE2\x80\xE2\x80\x9C", "\n\xC3\n\"\xC3\xA9"}) {
        whosaid::Annotation a = whosaid::annotate("\xE2\x80\x9CNo,\xE2\x80\x9D said Anna Kowalski.\n");
        REQUIRE(!a.speakers.empty());
        a.speakers[0].title = bad;
        const nlohmann::json j = nlohmann::json::parse(whosaid::to_json(a));
        std::string buf, repaired;
        REQUIRE(whosaid::to_compact(a, buf));
        whosaid::repair_utf8(bad, repaired);
        CHECK(j["speakers"][0]["title"].get<std::string>() == repaired);
        CHECK(buf.find(repaired, word(buf, whosaid::compact::kBlobAt)) != std::string::npos);
    }
}

TEST_CASE("to_compact refuses a span that cuts a character") {
    whosaid::Annotation a = whosaid::annotate("\xE2\x80\x9CNo,\xE2\x80\x9D said Anna Kowalski.\n");
    REQUIRE(!a.claims.empty());
    std::string buf;
    CHECK(whosaid::to_compact(a, buf));
    a.claims[0].span.start = 1;  // inside the opening quote's three bytes
    CHECK_FALSE(whosaid::to_compact(a, buf));
}
