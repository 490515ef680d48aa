// Every folder under tests/fixtures/ holds input.txt and expected.json (the JSON the CLI prints,
// reviewed by a person). scripts/regen-fixtures.sh rewrites expected.json after a deliberate change.
#include <filesystem>
#include <set>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "invariants.hpp"
#include "whosaid/json.hpp"
#include "whosaid/whosaid.hpp"

namespace fs = std::filesystem;

static std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

TEST_CASE("fixtures: the core's JSON equals each reviewed expected.json") {
    std::size_t cases = 0;
    for (const auto& dir : fs::directory_iterator(WHOSAID_FIXTURES_DIR)) {
        if (!dir.is_directory()) continue;
        fs::path input = dir.path() / "input.txt", expected = dir.path() / "expected.json";
        if (!fs::exists(input)) continue;
        ++cases;
        SECTION(dir.path().filename().string()) {
            REQUIRE(fs::exists(expected));
            whosaid::Annotation a = whosaid::annotate(slurp(input));
            whosaid_test::check_invariants(a);
            auto got = nlohmann::json::parse(whosaid::to_json(a));
            auto want = nlohmann::json::parse(slurp(expected));
            if (got != want) {
                // a readable diff: which paths changed
                INFO(nlohmann::json::diff(want, got).dump(2));
                CHECK(got == want);
            }
        }
    }
    CHECK(cases >= 10);
}

// A fixture may also hold gold.json (the format of ../shared/gold/FORMAT.md), written by a person
// from the text alone: its "boilerplate" lines are exactly the lines the core sets apart, and no
// line holding one of its claims is set apart (furniture rules must never grey out story).
namespace {
std::string trimmed(std::string s) {
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    while (!s.empty() && space(s.back())) s.pop_back();
    std::size_t b = 0;
    while (b < s.size() && space(s[b])) ++b;
    return s.substr(b);
}
}  // namespace

TEST_CASE("fixtures: boilerplate lines equal gold.json's, and no gold claim is in one") {
    std::size_t cases = 0;
    for (const auto& dir : fs::directory_iterator(WHOSAID_FIXTURES_DIR)) {
        fs::path input = dir.path() / "input.txt", gold = dir.path() / "gold.json";
        if (!fs::exists(input) || !fs::exists(gold)) continue;
        ++cases;
        SECTION(dir.path().filename().string()) {
            whosaid::Annotation a = whosaid::annotate(slurp(input));
            auto want = nlohmann::json::parse(slurp(gold));
            std::set<std::string> got_lines, want_lines;
            for (const auto& b : a.boilerplate) got_lines.insert(trimmed(a.text.substr(b.span.start, b.span.size())));
            for (const auto& line : want.at("boilerplate")) want_lines.insert(trimmed(line.get<std::string>()));
            for (const auto& line : want_lines) {
                INFO("gold boilerplate line not set apart: " << line);
                CHECK(got_lines.count(line) == 1);
            }
            for (const auto& line : got_lines) {
                INFO("set apart, but story in gold: " << line);
                CHECK(want_lines.count(line) == 1);
            }
            for (const auto& claim : want.at("claims")) {
                std::string text = claim.at("text").get<std::string>();
                std::size_t at = a.text.find(text);
                INFO("gold claim: " << text);
                REQUIRE(at != std::string::npos);
                for (const auto& b : a.boilerplate) CHECK_FALSE((b.span.start <= at && at < b.span.end));
            }
        }
    }
    CHECK(cases >= 5);
}
