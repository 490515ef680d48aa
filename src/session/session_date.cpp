// When did an article's story happen? A date given by the user wins; then a dateline (a
// full date on a short line near the top); otherwise constraints: the story's weekday (the
// first one named), a window from "first ... in almost two years" + "last ... in December
// 2022", a lower bound from "since <date>", and yearless windows around "March 12" (news
// names a day without its year only when it is near).
#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "facts_words.hpp"
#include "facts_calendar.hpp"
#include "session_steps.hpp"

namespace whosaid {
namespace {

constexpr int kYearlessReach = 45;  // days around a yearless "March 12" the story can be
constexpr std::size_t kLookBack = 90;  // bytes of the same sentence searched for "first", "last", "since"
constexpr int kDatelineLines = 5;   // lines from the top that may hold a dateline
constexpr int kDatelineWords = 12;  // a dateline or byline is short

// The text of the sentence before `pos`, at most kLookBack bytes, lower case.
std::string before(std::string_view text, std::uint32_t pos) {
    std::size_t from = pos > kLookBack ? pos - kLookBack : 0;
    for (std::size_t k = pos; k > from; --k) {
        char c = text[k - 1];
        if (c == '\n' || c == '.' || c == '!' || c == '?') { from = k; break; }
    }
    return facts::lower(text.substr(from, pos - from));
}

bool has_word(const std::string& s, std::string_view w) {
    for (std::size_t p = s.find(w); p != std::string::npos; p = s.find(w, p + 1)) {
        bool left = p == 0 || !std::isalpha(static_cast<unsigned char>(s[p - 1]));
        bool right = p + w.size() >= s.size() || !std::isalpha(static_cast<unsigned char>(s[p + w.size()]));
        if (left && right) return true;
    }
    return false;
}

// First day a date value ("2022-12", "2014", "2022-03-12") can mean, and the last.
bool date_range(const std::string& v, Day& lo, Day& hi) {
    if (v.size() < 4 || v[0] == '-') return false;
    int y = std::atoi(v.substr(0, 4).c_str());
    if (v.size() == 4) return lo = make_day(y, 1, 1), hi = make_day(y, 12, 31), true;
    int m = std::atoi(v.substr(5, 2).c_str());
    if (v.size() == 7) return lo = make_day(y, m, 1), hi = add_months(lo, 1) - 1, true;
    lo = hi = make_day(y, m, std::atoi(v.substr(8, 2).c_str()));
    return true;
}

// "P2Y" -> 24 months; 0 for units below a month.
int duration_months(const std::string& v) {
    if (v.size() < 3 || v[0] != 'P' || v[1] == 'T') return 0;
    int n = std::atoi(v.c_str() + 1);
    char u = v.back();
    return u == 'Y' ? n * 12 : u == 'M' ? n : 0;
}

// Byte offset where the first `lines` non-empty lines end.
std::size_t top_end(std::string_view text, int lines) {
    std::size_t k = 0;
    for (int seen = 0; k < text.size(); ++k)
        if (text[k] == '\n' && k > 0 && text[k - 1] != '\n' && ++seen == lines) break;
    return k;
}

int words_on_line(std::string_view text, std::uint32_t pos) {
    std::size_t a = text.rfind('\n', pos), b = text.find('\n', pos);
    a = a == std::string_view::npos ? 0 : a + 1;
    b = b == std::string_view::npos ? text.size() : b;
    int words = 0;
    bool in = false;
    for (std::size_t k = a; k < b; ++k) {
        bool space = text[k] == ' ' || text[k] == '\t';
        if (!space && !in) ++words;
        in = !space;
    }
    return words;
}

bool in_range(int doy, std::pair<int, int> r) {
    return r.first <= r.second ? doy >= r.first && doy <= r.second : doy >= r.first || doy <= r.second;
}

bool ranges_meet(std::pair<int, int> a, std::pair<int, int> b) {
    return in_range(a.first, b) || in_range(a.second, b) || in_range(b.first, a) || in_range(b.second, a);
}

// Does a day window [lo, hi] contain a day inside the yearless range r?
bool window_meets(Day lo, Day hi, std::pair<int, int> r) {
    if (hi - lo >= 366) return true;
    for (Day d = lo; d <= hi; ++d)
        if (in_range(day_of_year(d), r)) return true;
    return false;
}

}  // namespace

DateEstimate estimate_date(std::string_view text, const std::vector<Fact>& facts) {
    DateEstimate e;
    std::optional<Day> anchor;     // "last ... in December 2022"
    int since_months = 0;          // "first ... in almost two years"
    bool since_approx = false;
    const std::size_t top = top_end(text, kDatelineLines);
    for (const Fact& f : facts) {
        if (f.kind == "weekday" && f.value.size() > 0) {
            std::string w = facts::lower(text.substr(f.span.start, f.span.size()));
            int day = facts::weekday(f.value);
            if (w.rfind("last", 0) == 0 || w.rfind("next", 0) == 0 || day < 0) continue;
            if (e.weekday < 0) e.weekday = day;
            e.weekdays_named |= 1u << day;
        } else if (f.kind == "date") {
            Day lo, hi;
            if (f.value[0] == '-') {
                int doy = day_of_year(make_day(2001, std::atoi(f.value.substr(2, 2).c_str()),
                                               std::atoi(f.value.substr(5, 2).c_str())));
                int a = doy - kYearlessReach, b = doy + kYearlessReach;
                e.yearless.push_back({a < 1 ? a + 365 : a, b > 365 ? b - 365 : b});
                continue;
            }
            if (!date_range(f.value, lo, hi)) continue;
            if (f.value.size() == 10 && !e.date && f.span.start < top &&
                words_on_line(text, f.span.start) <= kDatelineWords) {
                e.date = lo, e.source = "stated";
                continue;
            }
            std::string ctx = before(text, f.span.start);
            if (has_word(ctx, "since") || has_word(ctx, "last")) {
                if (!e.earliest || *e.earliest < lo) e.earliest = lo;
                if (has_word(ctx, "last") && !anchor) anchor = lo;
            }
        } else if (f.kind == "duration" && !since_months) {
            std::string ctx = before(text, f.span.start);
            if (has_word(ctx, "first") && ctx.size() >= 3 && ctx.compare(ctx.size() - 3, 3, "in ") == 0)
                since_months = duration_months(f.value), since_approx = f.approx;
        }
    }
    if (e.date) return e;
    if (anchor && since_months) {  // the story is that long after the last time
        Day mid = add_months(*anchor, since_months);
        Day lo = add_months(mid, since_approx ? -3 : -1), hi = add_months(mid, since_approx ? 1 : 2);
        e.earliest = e.earliest ? std::max(*e.earliest, lo) : lo;
        e.latest = hi;
    }
    if (e.weekday >= 0 || e.earliest || e.latest || !e.yearless.empty()) e.source = "estimated";
    // a weekday inside a window of under a week names one day
    if (e.weekday >= 0 && e.earliest && e.latest && *e.latest - *e.earliest < 7) {
        Day d = resolve_weekday(*e.latest, e.weekday, 0);
        if (d >= *e.earliest) e.date = d;
    }
    return e;
}

bool dates_compatible(const DateEstimate& a, const DateEstimate& b) {
    if (a.date && b.date) return *a.date == *b.date;
    if (a.weekday >= 0 && b.weekday >= 0 && a.weekday != b.weekday) return false;
    for (const auto* p : {&a, &b}) {
        const DateEstimate& x = *p;
        const DateEstimate& y = p == &a ? b : a;
        if (x.date) {
            if (y.weekday >= 0 && weekday_of(*x.date) != y.weekday) return false;
            if ((y.earliest && *x.date < *y.earliest) || (y.latest && *x.date > *y.latest)) return false;
            for (auto r : y.yearless)
                if (!in_range(day_of_year(*x.date), r)) return false;
        }
    }
    Day lo = std::max(a.earliest.value_or(-1000000), b.earliest.value_or(-1000000));
    Day hi = std::min(a.latest.value_or(1000000), b.latest.value_or(1000000));
    if (lo > hi) return false;
    bool bounded = a.latest || b.latest;
    for (const auto* p : {&a, &b})
        for (auto r : p->yearless) {
            if (bounded && !window_meets(lo, hi, r)) return false;
            for (auto s : (p == &a ? b : a).yearless)
                if (!ranges_meet(r, s)) return false;
        }
    return true;
}

DateEstimate intersect_dates(const DateEstimate& a, const DateEstimate& b) {
    DateEstimate e = a;
    if (!e.date) e.date = b.date;
    if (e.weekday < 0) e.weekday = b.weekday;
    e.weekdays_named |= b.weekdays_named;
    if (b.earliest && (!e.earliest || *e.earliest < *b.earliest)) e.earliest = b.earliest;
    if (b.latest && (!e.latest || *e.latest > *b.latest)) e.latest = b.latest;
    e.yearless.insert(e.yearless.end(), b.yearless.begin(), b.yearless.end());
    if (e.source.empty() || (b.source == "given")) e.source = b.source;
    return e;
}

}  // namespace whosaid
