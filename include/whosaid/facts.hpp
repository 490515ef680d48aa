// The facts and days a session reports (whosaid/session.hpp): the data only. Finding them is
// internal (src/facts/facts.hpp, facts_calendar.hpp), so the facts layer depends on this header
// and not on the session's.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "whosaid/whosaid.hpp"

namespace whosaid {

// A calendar day as days since 1970-01-01 (proleptic Gregorian).
using Day = std::int32_t;
std::optional<Day> parse_iso_date(std::string_view s);  // "YYYY-MM-DD" only

// A checkable fact: a number, percentage, amount, count, duration or date.
struct Fact {
    Span span;             // UTF-8 bytes into the article
    std::string kind;      // "number" | "percent" | "amount" | "count" | "duration" | "date" | "weekday" | "relative_date"
    std::string value;     // normalised: "20" (number, percent), "USD 5000000", "3" (count), "PT1H" (ISO 8601
                           // duration), "2022-03-12" / "2022-12" / "2014" / "--03-12" (date), "Friday" (weekday),
                           // "P-1D" (relative date: yesterday), "P-1W" (last week)
    bool approx = false;   // "about", "almost", "nearly", "some", "more than" ...
    std::string resolved;  // weekday / relative / yearless date resolved against the article date ("2024-11-15"), or ""
};

}  // namespace whosaid
