// JSON text of one string or one double, byte for byte as nlohmann's dump() writes it
// (ensure_ascii off, error_handler_t::replace), without instantiating nlohmann::basic_json:
// its serializer, snprintf and exception types were ~20 KB of the page's wasm for two
// fallbacks that almost never run. tests/core/test_json_text.cpp holds them to nlohmann.
#pragma once

#include <string>
#include <string_view>

namespace whosaid {

// `s` quoted and escaped: " \ and controls (\b \f \n \r \t, else \u00xx in lower case); each
// invalid UTF-8 sequence becomes U+FFFD as nlohmann's replace handler cuts it.
void append_json_string(std::string& out, std::string_view s);

// `x` as nlohmann writes a double: Grisu2's shortest round trip ("0.8", "1.0", "-0.0",
// "1e+16"), and null for NaN and infinities.
void append_json_double(std::string& out, double x);

}  // namespace whosaid
