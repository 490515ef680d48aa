// Facts of one article (facts.cpp): numbers, amounts, durations and dates, normalised.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "whosaid/facts.hpp"

namespace whosaid {

// Facts of one article in text order, found in one left-to-right pass over its tokens.
// `article_date` (optional) resolves weekdays, "yesterday" and yearless dates.
std::vector<Fact> find_facts(std::string_view utf8, std::optional<Day> article_date = std::nullopt);

}  // namespace whosaid
