// Calendar helpers shared by facts and date estimates (internal).
#pragma once

#include "whosaid/session.hpp"

namespace whosaid {

int year_of(Day d);
int day_of_year(Day d);  // 1..366
// The weekday `wd` on or before `d` (dir <= 0; "last Friday" is strictly before) or after it (dir > 0).
Day resolve_weekday(Day d, int wd, int dir);
// Month-day in the year that puts it nearest to `d`.
Day nearest_yearless(Day d, int month, int day);
// `d` moved by n months (day clamped to the month's end).
Day add_months(Day d, int n);

}  // namespace whosaid
