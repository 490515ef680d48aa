// Serialises an Annotation as the JSON object of ../shared/gold/FORMAT.md (plus extra fields).
// All offsets in the JSON are UTF-16 code units into Annotation::text (code points when asked:
// the Python module).
#pragma once

#include <string>

#include "whosaid/utf16.hpp"
#include "whosaid/whosaid.hpp"

namespace whosaid {

// indent < 0: one line; otherwise pretty-printed with that many spaces.
std::string to_json(const Annotation& annotation, int indent = -1, OffsetUnit unit = OffsetUnit::Utf16);

}  // namespace whosaid
