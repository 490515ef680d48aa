// Calendar arithmetic for facts and article dates: proleptic Gregorian days since 1970-01-01.
#include <cstdio>
#include <cstdlib>

#include "facts_calendar.hpp"

namespace whosaid {
namespace {

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

// Days from 1970-01-01 to January 1 of year y, counted in whole 400-year cycles plus years.
Day year_start(int y) {
    long long days = 0;
    int cycles = (y - 1970) / 400;
    if (y < 1970 && (y - 1970) % 400) --cycles;
    days += static_cast<long long>(cycles) * 146097;
    for (int k = 1970 + cycles * 400; k < y; ++k) days += leap(k) ? 366 : 365;
    return static_cast<Day>(days);
}

}  // namespace

Day make_day(int year, int month, int day) {
    Day d = year_start(year);
    for (int m = 1; m < month; ++m) d += days_in_month(year, m);
    return d + day - 1;
}

static void civil(Day d, int& y, int& m, int& day) {
    y = 1970 + static_cast<int>(d / 366);  // a lower bound; walk forward at most a few years
    if (d < 0) y = 1970 + static_cast<int>(d / 365) - 1;
    while (year_start(y + 1) <= d) ++y;
    while (year_start(y) > d) --y;
    Day rest = d - year_start(y);
    m = 1;
    while (rest >= days_in_month(y, m)) rest -= days_in_month(y, m++);
    day = static_cast<int>(rest) + 1;
}

std::string iso_date(Day d) {
    int y, m, day;
    civil(d, y, m, day);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, day);
    return buf;
}

std::optional<Day> parse_iso_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    int v[3] = {0, 0, 0}, part = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (i == 4 || i == 7) { ++part; continue; }
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
        v[part] = v[part] * 10 + (s[i] - '0');
    }
    if (v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > days_in_month(v[0], v[1])) return std::nullopt;
    return make_day(v[0], v[1], v[2]);
}

int year_of(Day d) {
    int y, m, day;
    civil(d, y, m, day);
    return y;
}

int day_of_year(Day d) { return static_cast<int>(d - year_start(year_of(d))) + 1; }

Day resolve_weekday(Day d, int wd, int dir) {
    int delta = (weekday_of(d) - wd + 7) % 7;  // days back to the last such weekday
    if (dir > 0) return d + (delta == 0 ? 7 : 7 - delta);
    if (dir < 0 && delta == 0) delta = 7;
    return d - delta;
}

Day nearest_yearless(Day d, int month, int day) {
    int y = year_of(d);
    Day best = make_day(y, month, day);
    for (int k : {y - 1, y + 1}) {
        Day c = make_day(k, month, day);
        if (std::abs(c - d) < std::abs(best - d)) best = c;
    }
    return best;
}

Day add_months(Day d, int n) {
    int y, m, day;
    civil(d, y, m, day);
    int total = y * 12 + (m - 1) + n;
    y = total / 12, m = total % 12 + 1;
    if (day > days_in_month(y, m)) day = days_in_month(y, m);
    return make_day(y, m, day);
}

int weekday_of(Day d) {
    int w = static_cast<int>((d + 3) % 7);  // 1970-01-01 was a Thursday (3 when Monday = 0)
    return w < 0 ? w + 7 : w;
}

}  // namespace whosaid
