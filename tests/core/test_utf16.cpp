#include <catch2/catch.hpp>

#include "utf16.hpp"

using whosaid::OffsetUnit;
using whosaid::repair_utf8;
using whosaid::TextOffsets;
using whosaid::Utf16Offsets;

TEST_CASE("UTF-16 offsets of ASCII equal byte offsets") {
    Utf16Offsets u("Hello, world");
    CHECK(u(0) == 0);
    CHECK(u(5) == 5);
    CHECK(u(12) == 12);
    CHECK(u.total() == 12);
}

TEST_CASE("non-BMP characters count as two UTF-16 units") {
    std::string s = "a\xF0\x9F\x98\x80" "b";  // a😀b: 1 + 4 + 1 bytes, 1 + 2 + 1 units
    Utf16Offsets u(s);
    CHECK(u(1) == 1);
    CHECK(u(5) == 3);
    CHECK(u(6) == 4);
    CHECK(u.total() == 4);
}

TEST_CASE("combining marks, curly quotes and CRLF") {
    // e + U+0301 (2 bytes, 1 unit), U+201C (3 bytes, 1 unit), CR LF (2 bytes, 2 units)
    std::string s = "e\xCC\x81\xE2\x80\x9C\r\nx";
    Utf16Offsets u(s);
    CHECK(u(1) == 1);
    CHECK(u(3) == 2);
    CHECK(u(6) == 3);
    CHECK(u(8) == 5);
    CHECK(u.total() == 6);
}

TEST_CASE("offsets stay right past many checkpoints") {
    std::string s;
    for (int i = 0; i < 1000; ++i) s += "\xF0\x9F\x98\x80z";  // 5 bytes, 3 units each
    Utf16Offsets u(s);
    for (std::uint32_t i = 0; i <= 1000; ++i) REQUIRE(u(i * 5) == i * 3);
    CHECK(u.total() == 3000);
}

TEST_CASE("code-point offsets (Python's unit): every character counts one, astral ones too") {
    // a😀b é (e + U+0301) “ CR LF: bytes 1+4+1 + 1+2 + 3 + 2, code points 1+1+1 + 1+1 + 1 + 2
    std::string s = "a\xF0\x9F\x98\x80" "be\xCC\x81\xE2\x80\x9C\r\n";
    TextOffsets cp(s, OffsetUnit::CodePoint);
    CHECK(cp(1) == 1);
    CHECK(cp(5) == 2);
    CHECK(cp(6) == 3);
    CHECK(cp(7) == 4);
    CHECK(cp(9) == 5);
    CHECK(cp(12) == 6);
    CHECK(cp.total() == 8);
    CHECK(TextOffsets(s).total() == 9);  // the default stays UTF-16: the emoji is two units
}

TEST_CASE("code-point offsets stay right past many checkpoints") {
    std::string s;
    for (int i = 0; i < 1000; ++i) s += "\xF0\x9F\x98\x80\xC3\xA9z";  // 7 bytes, 3 code points each
    TextOffsets cp(s, OffsetUnit::CodePoint);
    for (std::uint32_t i = 0; i <= 1000; ++i) REQUIRE(cp(i * 7) == i * 3);
    CHECK(cp.total() == 3000);
}

TEST_CASE("invalid UTF-8 becomes U+FFFD, one per maximal subpart") {
    std::string out;
    CHECK(repair_utf8("ok", out) == 0);
    CHECK(out == "ok");
    CHECK(repair_utf8("a\xFF" "b", out) == 1);
    CHECK(out == "a\xEF\xBF\xBD" "b");
    // a truncated 3-byte sequence is one subpart
    CHECK(repair_utf8("\xE2\x80" "x", out) == 1);
    CHECK(out == "\xEF\xBF\xBDx");
    // an encoded surrogate (ED A0 80) is three bad bytes
    CHECK(repair_utf8("\xED\xA0\x80", out) == 3);
    // overlong encodings are refused
    CHECK(repair_utf8("\xC0\xAF", out) == 2);
    // a 4-byte sequence cut at the end of input
    CHECK(repair_utf8("\xF0\x9F\x98", out) == 1);
}

TEST_CASE("the first invalid subpart: where it starts and how long it is") {
    using whosaid::next_invalid_utf8;
    const std::string ascii(40, 'a');  // past the eight-byte steps
    CHECK(next_invalid_utf8(ascii, 0).at == 40);
    CHECK(next_invalid_utf8(ascii, 0).len == 0);
    CHECK(next_invalid_utf8("caf\xC3\xA9 ok", 0).at == 8);  // valid 2-byte sequence: none
    const std::string late = ascii + "\xE2\x80" "x";
    CHECK(next_invalid_utf8(late, 0).at == 40);
    CHECK(next_invalid_utf8(late, 0).len == 2);  // a truncated 3-byte sequence is one subpart
    CHECK(next_invalid_utf8("\xED\xA0\x80", 0).len == 1);  // a surrogate: three subparts of one
    CHECK(next_invalid_utf8("\xED\xA0\x80", 1).at == 1);
    CHECK(next_invalid_utf8("ab\xFF" "cd\xFE", 3).at == 5);  // from a later byte
}
