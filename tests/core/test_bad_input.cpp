// Inputs people paste by accident or malice: each gives a valid annotation whose spans hold.
#include <catch2/catch.hpp>

#include "invariants.hpp"
#include "whosaid/json.hpp"
#include "whosaid/whosaid.hpp"

using whosaid::annotate;

TEST_CASE("empty and whitespace-only text") {
    for (std::string s : {"", " ", "\n\n\r\n", "\t \xC2\xA0"}) {
        auto a = annotate(s);
        whosaid_test::check_invariants(a);
        CHECK(a.claims.empty());
    }
}

TEST_CASE("invalid UTF-8 is replaced, counted, and offsets stay right") {
    auto a = annotate("\xFF\xFE The minister said \"we are \xC3 ready\".");
    whosaid_test::check_invariants(a);
    REQUIRE(a.warnings.size() == 1);
    CHECK(a.warnings[0].find("3 invalid") != std::string::npos);
    REQUIRE(a.claims.size() == 1);
}

TEST_CASE("NUL bytes, a BOM, lone CR line endings") {
    std::string s = "\xEF\xBB\xBFThe mayor said the road was closed.\rA\0B said \"no\".\r";
    s[s.size() - 14] = '\0';
    auto a = annotate(s);
    whosaid_test::check_invariants(a);
    CHECK(!a.claims.empty());
}

TEST_CASE("100,000 unmatched quote marks and deep nesting") {
    std::string marks;
    for (int i = 0; i < 100000; ++i) marks += (i % 3 == 0) ? "\"" : (i % 3 == 1 ? "\xE2\x80\x9C" : "\xC2\xAB");
    auto a = annotate("He said " + marks + " end.");
    whosaid_test::check_invariants(a);
    std::string nested;
    for (int i = 0; i < 20000; ++i) nested += "\xE2\x80\x9C" "a ";
    for (int i = 0; i < 20000; ++i) nested += "\xE2\x80\x9D" " b ";
    auto b = annotate(nested + ", she said.");
    whosaid_test::check_invariants(b);
}

TEST_CASE("one 1 MB line, HTML source, right-to-left and CJK text") {
    std::string line;
    while (line.size() < (1u << 20)) line += "The official said that \"the plan\" was fine, according to Reuters. ";
    auto a = annotate(line);
    whosaid_test::check_invariants(a);
    CHECK(a.claims.size() > 1000);
    auto h = annotate("<html><body><p onclick=\"x()\">The senator said <b>\"No\"</b>.</p><script>var a = \"b\";</script>");
    whosaid_test::check_invariants(h);
    auto r = annotate("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \"\xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D\", he said. \xE4\xBD\xA0\xE5\xA5\xBD\xE3\x80\x82\xE2\x80\x9C\xE6\x88\x91\xE2\x80\x9D");
    whosaid_test::check_invariants(r);
}

TEST_CASE("the size limit gives a clear error, never a partial result") {
    whosaid::Options o;
    o.max_input_bytes = 10;
    CHECK_THROWS_AS(annotate("The mayor said the road was closed.", o), whosaid::InputError);
    CHECK_THROWS_WITH(annotate("The mayor said the road was closed.", o), Catch::Contains("limit"));
}

TEST_CASE("output is deterministic") {
    std::string s = "\"We will win,\" Smith said. The minister told reporters that talks would resume.";
    CHECK(whosaid::to_json(annotate(s)) == whosaid::to_json(annotate(s)));
}

TEST_CASE("a text given away is annotated as the same text viewed, and kept without a copy") {
    const std::string valid = "\"The bridge will reopen in June,\" said the city engineer, Ada Marsh.";
    static const char kNul[] = "A\0B said \"no\" \xED\xA0\x80.";  // a NUL inside, an encoded surrogate
    for (std::string s : {valid, std::string("\xFF\xFE The minister said \"we are \xC3 ready\"."), std::string(),
                          std::string(kNul, sizeof kNul - 1)}) {
        const std::string viewed = whosaid::to_json(annotate(std::string_view(s)));
        CHECK(whosaid::to_json(annotate(std::string(s))) == viewed);
    }
    std::string given = valid;
    const char* bytes = given.data();
    auto a = annotate(std::move(given));
    CHECK(a.text.data() == bytes);  // valid UTF-8: the same buffer, moved
    CHECK(a.text == valid);
    std::string broken = valid + "\xC3";
    const char* broken_bytes = broken.data();
    auto b = annotate(std::move(broken));
    CHECK(b.text.data() != broken_bytes);  // repaired into a text of its own
    CHECK(b.text == valid + "\xEF\xBF\xBD");
    REQUIRE(b.warnings.size() == 1);
}

TEST_CASE("a text given away is refused over the size limit, as a viewed one") {
    whosaid::Options small;
    small.max_input_bytes = 10;
    CHECK_THROWS_AS(annotate(std::string(11, 'a'), small), whosaid::InputError);
    CHECK_NOTHROW(annotate(std::string(10, 'a'), small));
}
