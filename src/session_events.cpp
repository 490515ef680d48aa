// Events: articles that report the same day. Articles join greedily, the pair with the most
// same-statement evidence first, and only while the dates of everyone in the group stay
// compatible: once 001 and 003 agree on a Friday in late 2024, a Friday in March cannot join.
// The less the dates say, the more shared statements it takes.
#include <algorithm>
#include <map>
#include <numeric>

#include "session_internal.hpp"

namespace whosaid {

namespace {

// Shared statements needed for two articles to be one event: an exact date in common says
// almost everything, a weekday in common much, nothing in common little.
int needed(const DateEstimate& a, const DateEstimate& b) {
    if (a.date && b.date) return 1;
    if (a.weekday >= 0 && a.weekday == b.weekday) return 2;
    return 3;
}

}  // namespace

void group_events(Session& s, const std::vector<Candidate>& candidates) {
    std::map<std::pair<int, int>, std::pair<int, double>> evidence;  // article pair -> (count, sum)
    for (const Candidate& c : candidates) {
        if (!is_same(c)) continue;
        int a = s.claims[c.a].article, b = s.claims[c.b].article;
        auto& e = evidence[{std::min(a, b), std::max(a, b)}];
        e.first += 1, e.second += same_score(c);
    }
    std::vector<std::pair<std::pair<int, int>, std::pair<int, double>>> order(evidence.begin(), evidence.end());
    std::sort(order.begin(), order.end(), [](const auto& x, const auto& y) { return x.second.second > y.second.second; });

    const int n = int(s.articles.size());
    std::vector<int> group(n);
    std::iota(group.begin(), group.end(), 0);
    std::vector<DateEstimate> dates(n);
    for (int k = 0; k < n; ++k) dates[k] = s.articles[k].date;
    for (const auto& [pair, ev] : order) {
        int ga = group[pair.first], gb = group[pair.second];
        if (ga == gb || ev.first < needed(s.articles[pair.first].date, s.articles[pair.second].date)) continue;
        if (!dates_compatible(dates[ga], dates[gb])) continue;
        dates[ga] = intersect_dates(dates[ga], dates[gb]);
        for (int& g : group)
            if (g == gb) g = ga;
    }
    s.events.clear();
    std::map<int, int> index;
    for (int k = 0; k < n; ++k) {
        auto [it, fresh] = index.emplace(group[k], int(s.events.size()));
        if (fresh) s.events.push_back({{}, dates[group[k]]});
        s.events[it->second].articles.push_back(k);
        s.articles[k].event = it->second;
    }
}

}  // namespace whosaid
