// JSON text of one string or one double, byte for byte as nlohmann's dump() writes it
// (ensure_ascii off, error_handler_t::replace), without instantiating nlohmann::basic_json:
// its serializer, snprintf and exception types were ~20 KB of the page's wasm for two
// fallbacks that almost never run. tests/core/test_json_text.cpp holds them to nlohmann.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace whosaid {

// `s` quoted and escaped: " \ and controls (\b \f \n \r \t, else \u00xx in lower case); each
// invalid UTF-8 sequence becomes U+FFFD as nlohmann's replace handler cuts it.
void append_json_string(std::string& out, std::string_view s);

// The same written at dst, which has room for json_string_room(s.size()) bytes; returns how many
// it wrote. For a writer that keeps its own buffer (to_json), without a std::string append each.
std::size_t write_json_string(char* dst, std::string_view s);
// The most a string of `bytes` bytes takes quoted: two quotes and six bytes a byte (\u00xx; an
// invalid byte's U+FFFD takes three).
constexpr std::size_t json_string_room(std::size_t bytes) { return 6 * bytes + 2; }

// `x` as nlohmann writes a double: Grisu2's shortest round trip ("0.8", "1.0", "-0.0",
// "1e+16"), and null for NaN and infinities.
void append_json_double(std::string& out, double x);

}  // namespace whosaid
