// How far two articles' dates let them report one event. A publication date is not the
// event's date: a speech on Monday is analysed on Tuesday and answered on Friday, so exact
// dates a few days apart still allow one event, and a weekday is only a hint: an analysis
// names the speech's day and its own ("Trump said on Tuesday", "grew louder Wednesday"), so
// any weekday the two name in common counts as agreement. Only dates that cannot meet
// (years apart, windows that exclude each other) keep two articles apart whatever they share.
#include <cstdlib>

#include "facts_calendar.hpp"
#include "session_steps.hpp"

namespace whosaid {
namespace {

constexpr int kSameDaySlack = 1;   // exact dates this close name one day (time zones, late editions)
constexpr int kFollowUpDays = 10;  // follow-ups of one event within this many days of each other

// The weekdays an article's story may fall on: those it names, and its exact day.
unsigned weekday_hints(const DateEstimate& d) { return d.weekdays_named | (d.date ? 1u << weekday_of(*d.date) : 0u); }

// The estimate without its exact day and weekday: what only windows say.
DateEstimate windows_only(DateEstimate d) {
    d.date.reset();
    d.weekday = -1;
    return d;
}

}  // namespace

DateEstimate story_date(const DateEstimate& estimate, Day published) {
    DateEstimate e = estimate;
    e.date = e.weekday >= 0 ? resolve_weekday(published, e.weekday, 0) : published;
    e.source = "published";
    return e;
}

DateFit date_fit(const DateEstimate& a, const DateEstimate& b) {
    if (a.date && b.date) {
        int gap = std::abs(*a.date - *b.date);
        if (gap <= kSameDaySlack) return DateFit::Agree;
        return gap <= kFollowUpDays ? DateFit::Unknown : DateFit::Apart;
    }
    // an exact day against the other's windows, then windows against windows
    DateEstimate x = a.date ? a : windows_only(a), y = b.date ? b : windows_only(b);
    x.weekday = y.weekday = -1;
    if (!dates_compatible(x, y)) return DateFit::Apart;
    // an analysis names the speech's day and its own: any weekday in common is the same day
    unsigned wa = weekday_hints(a), wb = weekday_hints(b);
    if (!wa || !wb) return DateFit::Unknown;
    return (wa & wb) ? DateFit::Agree : DateFit::Differ;
}

std::optional<Day> date_in_file_name(std::string_view path) {
    std::size_t slash = path.find_last_of("/\\");
    std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    for (std::size_t k = 0; k + 10 <= name.size(); ++k) {
        if (k > 0 && digit(name[k - 1])) continue;
        if (k + 10 < name.size() && digit(name[k + 10])) continue;
        if (auto d = parse_iso_date(name.substr(k, 10))) return d;
    }
    return std::nullopt;
}

}  // namespace whosaid
