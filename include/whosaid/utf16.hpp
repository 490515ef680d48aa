// What the offsets in the JSON count (to_json, session_to_json): UTF-16 code units (JavaScript,
// the CLI's JSON) or code points (Python). The conversion itself is internal: src/text/utf16.hpp.
#pragma once

namespace whosaid {

// What an output offset counts. A code point above U+FFFF is two UTF-16 units, one code point.
enum class OffsetUnit { Utf16, CodePoint };

}  // namespace whosaid
