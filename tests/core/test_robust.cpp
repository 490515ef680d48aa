// Robustness: adversarial and damaged inputs keep every invariant of invariants.hpp (including
// the JSON's UTF-16 offsets and determinism). No timing asserts here: the linear-time figures
// come from tests/fuzz/robust_bench.cpp, which prints time per MB for 1 MB and 10 MB.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "invariants.hpp"
#include "whosaid/json.hpp"
#include "whosaid/whosaid.hpp"

#include "../fuzz/adversarial.hpp"

namespace fs = std::filesystem;
using whosaid_test::check_all;
using whosaid_test::check_invariants;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<std::pair<std::string, std::string>> fixture_inputs() {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& dir : fs::directory_iterator(WHOSAID_FIXTURES_DIR)) {
        fs::path input = dir.path() / "input.txt";
        if (dir.is_directory() && fs::exists(input)) out.emplace_back(dir.path().filename().string(), slurp(input));
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Damaged copies of a real article: what copy-paste, transcoding and truncation do to text.
std::vector<std::pair<std::string, std::string>> damaged(const std::string& s) {
    std::vector<std::pair<std::string, std::string>> v;
    if (s.empty()) return v;
    auto replace_all = [](std::string t, const std::string& from, const std::string& to) {
        for (std::size_t at = 0; (at = t.find(from, at)) != std::string::npos; at += to.size()) t.replace(at, from.size(), to);
        return t;
    };
    v.emplace_back("CRLF", replace_all(s, "\n", "\r\n"));
    v.emplace_back("lone CR", replace_all(s, "\n", "\r"));
    v.emplace_back("BOM", "\xEF\xBB\xBF" + s);
    v.emplace_back("no line breaks", replace_all(s, "\n", " "));
    v.emplace_back("straight quotes to curly openers", replace_all(s, "\"", "\xE2\x80\x9C"));
    v.emplace_back("quotes removed", replace_all(replace_all(s, "\"", ""), "\xE2\x80\x9D", ""));
    std::string every_7th_byte_bad = s, nul = s, latin1 = s;
    for (std::size_t i = 3; i < s.size(); i += 7) every_7th_byte_bad[i] = '\xFF';
    for (std::size_t i = 5; i < s.size(); i += 11) nul[i] = '\0';
    for (std::size_t i = 0; i < s.size(); ++i)  // UTF-8 lead bytes alone, as if decoded as Latin-1 and cut
        if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) latin1[i] = 'x';
    v.emplace_back("every 7th byte 0xFF", every_7th_byte_bad);
    v.emplace_back("NUL bytes", nul);
    v.emplace_back("continuation bytes lost", latin1);
    for (std::size_t cut : {s.size() / 3, s.size() / 2, s.size() - 1}) {  // cuts may split a UTF-8 sequence
        v.emplace_back("cut at " + std::to_string(cut), s.substr(0, cut));
        v.emplace_back("from " + std::to_string(cut), s.substr(cut));
    }
    v.emplace_back("doubled", s + s);
    return v;
}

}  // namespace

TEST_CASE("robust: every fixture is deterministic and its JSON offsets give back each text") {
    for (const auto& [name, text] : fixture_inputs()) {
        INFO(name);
        check_all(text);
    }
}

TEST_CASE("robust: damaged copies of every fixture keep the invariants") {
    for (const auto& [name, text] : fixture_inputs()) {
        for (const auto& [how, input] : damaged(text)) {
            INFO(name << ": " << how);
            check_all(input);
        }
    }
}

TEST_CASE("robust: 100,000 quote marks of every kind, unmatched") {
    for (const auto& mark : whosaid_adversarial::quote_marks()) {
        INFO("mark " << mark);
        std::string s = whosaid_adversarial::repeated_marks(mark, 100000);
        check_invariants(whosaid::annotate(s));
    }
    check_all(whosaid_adversarial::quote_storm(100000));
}

TEST_CASE("robust: one 1 MB line of quotes and attributions") {
    std::string s = whosaid_adversarial::one_line(1 << 20);
    auto a = whosaid::annotate(s);
    check_invariants(a);
    CHECK(a.claims.size() > 100);
}

TEST_CASE("robust: deeply nested quotes, balanced and not") {
    check_all(whosaid_adversarial::nested(50000, true));
    check_all(whosaid_adversarial::nested(50000, false));
}

TEST_CASE("robust: many short paragraphs, many speakers, pathological names") {
    check_invariants(whosaid::annotate(whosaid_adversarial::paragraphs(1 << 20)));
    check_invariants(whosaid::annotate(whosaid_adversarial::names(1 << 20)));
    check_invariants(whosaid::annotate(whosaid_adversarial::binary_junk(1 << 20)));
}

// Sanitizers make this 5-10x slower and 2 GB large, so there it is 5 MB (the size does not
// change what ASan can find); the native run keeps the full 20 MB.
#if defined(__SANITIZE_ADDRESS__)
#define WHOSAID_PROSE_MB 5u
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define WHOSAID_PROSE_MB 5u
#endif
#endif
#ifndef WHOSAID_PROSE_MB
#define WHOSAID_PROSE_MB 20u
#endif

TEST_CASE("robust: 20 MB of prose (5 MB under sanitizers)") {
    std::string s = whosaid_adversarial::prose(WHOSAID_PROSE_MB << 20);
    REQUIRE(s.size() >= (WHOSAID_PROSE_MB << 20));
    auto a = whosaid::annotate(s);
    check_invariants(a);
    CHECK(a.claims.size() > 1000);
    CHECK(a.speakers.size() > 10);
}

TEST_CASE("robust: the size limit is exact and refuses before any work") {
    std::string s = whosaid_adversarial::prose(4096);
    whosaid::Options o;
    o.max_input_bytes = s.size();
    check_all(s, o);  // exactly at the limit: accepted
    o.max_input_bytes = s.size() - 1;
    CHECK_THROWS_AS(whosaid::annotate(s, o), whosaid::InputError);
    o.max_input_bytes = 0;  // no limit
    check_invariants(whosaid::annotate(s, o));
    CHECK(whosaid::Options{}.max_input_bytes > (50u << 20));
}
