// Weekday and month names, written once for the facts, the session's JSON and date words:
// as the JSON writes them (capitalised; lookups compare ASCII case-insensitively), index 0 =
// Monday / January, and the short month forms news writes.
#pragma once

namespace whosaid::lexicon {

inline constexpr const char* kWeekdayNames[7] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                                 "Friday", "Saturday", "Sunday"};
inline constexpr const char* kMonthNames[12] = {"January", "February", "March",     "April",   "May",      "June",
                                                "July",    "August",   "September", "October", "November", "December"};

struct MonthAbbreviation {
    const char* word;  // lower case
    int month;         // 1..12
};
inline constexpr MonthAbbreviation kMonthAbbreviations[] = {
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7},
    {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}};

}  // namespace whosaid::lexicon
