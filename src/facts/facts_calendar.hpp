// Calendar arithmetic (facts_calendar.cpp), shared by facts and the session's date estimates.
#pragma once

#include <string>

#include "whosaid/facts.hpp"

namespace whosaid {

Day make_day(int year, int month, int day);  // month 1..12, day 1..31
std::string iso_date(Day d);                 // "2024-11-15"
int weekday_of(Day d);                       // 0 = Monday .. 6 = Sunday
int year_of(Day d);
int day_of_year(Day d);  // 1..366
// The weekday `wd` on or before `d` (dir <= 0; "last Friday" is strictly before) or after it (dir > 0).
Day resolve_weekday(Day d, int wd, int dir);
// Month-day in the year that puts it nearest to `d`.
Day nearest_yearless(Day d, int month, int day);
// `d` moved by n months (day clamped to the month's end).
Day add_months(Day d, int n);

}  // namespace whosaid
