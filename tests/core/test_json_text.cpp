// to_json's strings and doubles are nlohmann's bytes without nlohmann's serializer in the
// page's wasm (src/api/json_text.cpp): held to nlohmann's dump() here, on valid and broken
// UTF-8 and on doubles of every kind.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "json_text.hpp"

namespace {
std::string nlohmann_string(const std::string& s) {
    return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}
std::string ours_string(const std::string& s) {
    std::string out = "x";  // appends after what is there
    whosaid::append_json_string(out, s);
    return out.substr(1);
}
std::string nlohmann_double(double x) { return nlohmann::json(x).dump(); }
std::string ours_double(double x) {
    std::string out;
    whosaid::append_json_double(out, x);
    return out;
}
}  // namespace

TEST_CASE("append_json_string writes nlohmann's bytes for valid and invalid UTF-8") {
    const std::vector<std::string> cases = {
        "", "plain", "quote \" back \\ slash", "\b\f\n\r\t\x01\x1f\x7f", "caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D \xF0\x9F\x98\x80",
        "\x80", "a\x80" "b", "\xC3", "a\xC3", "\xC3(", "\xE2\x80", "\xE2\x80(x", "\xF0\x9F\x98", "\xF0\x9F\x98" "a",
        "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xFF\xFE", "\xE2\x80\xE2\x80\x9C", "\n\xC3\n\"\xC3\xA9",
    };
    for (const std::string& s : cases) {
        INFO(nlohmann_string(s));
        CHECK(ours_string(s) == nlohmann_string(s));
    }
    // Random bytes weighted towards UTF-8 lead and continuation bytes and escapes.
    std::mt19937 rng(14);
    const unsigned char pool[] = {'a', ' ', '"', '\\', '\n', 0x01, 0x7f, 0x80, 0x9f, 0xa0, 0xbf, 0xc2, 0xc3, 0xdf,
                                  0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xc0, 0x8f, 0x90};
    for (int n = 0; n < 20000; ++n) {
        std::string s(rng() % 12, ' ');
        for (char& c : s) c = static_cast<char>(pool[rng() % sizeof pool]);
        if (ours_string(s) != nlohmann_string(s)) {
            INFO(nlohmann_string(s));
            CHECK(ours_string(s) == nlohmann_string(s));
        }
    }
}

TEST_CASE("append_json_double writes nlohmann's bytes") {
    const double inf = std::numeric_limits<double>::infinity();
    const std::vector<double> cases = {0.0, -0.0, 0.8, 1.0, 0.63, 0.7 * 0.9, -0.5, 1e6, 1234567.89, 1e16, 1e-7, 5e-324,
                                       1.7976931348623157e308, inf, -inf, std::nan("")};
    for (double x : cases) {
        INFO(nlohmann_double(x));
        CHECK(ours_double(x) == nlohmann_double(x));
    }
    std::mt19937_64 rng(14);
    for (int n = 0; n < 20000; ++n) {
        std::uint64_t bits = rng();
        double x;
        std::memcpy(&x, &bits, sizeof x);
        if (ours_double(x) != nlohmann_double(x)) {
            INFO(nlohmann_double(x));
            CHECK(ours_double(x) == nlohmann_double(x));
        }
    }
}
