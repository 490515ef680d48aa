// Every folder under tests/fixtures/ holds input.txt and expected.json (the JSON the CLI prints,
// reviewed by a person). scripts/regen-fixtures.sh rewrites expected.json after a deliberate change.
#include <filesystem>
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
