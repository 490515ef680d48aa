// Events: articles that report one occasion, found by the statements they share, not by
// their publication dates. Groups merge greedily, the best-supported pair first. The support
// of two groups counts distinct statements: each claim adds its best same score into the
// other group, and the smaller of the two directions' sums is taken, so one line that three
// outlets repeat is one statement, not three. The dates set how much support it takes: one
// statement when they name the same day, more when they say nothing, more still when they
// name different weekdays; nothing joins articles whose dates cannot meet.
#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_map>

#include "session_steps.hpp"

namespace whosaid {

namespace {

// Support (sum of same scores over distinct statements) two groups need, by their dates.
double needed(DateFit fit) {
    switch (fit) {
        case DateFit::Agree: return 0.4;    // one statement
        case DateFit::Unknown: return 0.8;  // one very close statement or two
        case DateFit::Differ: return 2.2;   // three or so: two lines repeated on another day are not enough
        default: return 1e9;
    }
}

// The fit of two merged groups with a third: any two articles that cannot meet keep them
// apart; otherwise the most favourable pair speaks (one outlet names the day the others do not).
DateFit combine(DateFit x, DateFit y) {
    if (x == DateFit::Apart || y == DateFit::Apart) return DateFit::Apart;
    return std::min(x, y);
}

// support[x][y]: for each claim of group x, its best same score into group y, summed.
std::vector<std::vector<double>> support_between(const Session& s, const std::vector<Candidate>& same,
                                                 const std::vector<int>& group_of, int n) {
    std::unordered_map<std::uint64_t, double> best;  // (claim, other group) -> best score
    for (const Candidate& c : same) {
        if (c.weak) continue;
        double v = same_score(c);
        for (auto [self, other] : {std::pair{c.a, c.b}, std::pair{c.b, c.a}}) {
            int gs = group_of[s.claims[self].article], go = group_of[s.claims[other].article];
            if (gs == go) continue;
            double& b = best[std::uint64_t(self) << 32 | std::uint32_t(go)];
            b = std::max(b, v);
        }
    }
    std::vector<std::vector<double>> support(n, std::vector<double>(n, 0.0));
    for (const auto& [key, v] : best) support[group_of[s.claims[key >> 32].article]][key & 0xffffffffu] += v;
    return support;
}

}  // namespace

void group_events(Session& s, const std::vector<Candidate>& same) {
    const int n = int(s.articles.size());
    // group k starts as article k; fit between groups is updated as they merge
    std::vector<std::vector<DateFit>> fit(n, std::vector<DateFit>(n, DateFit::Unknown));
    for (int a = 0; a < n; ++a)
        for (int b = 0; b < n; ++b)
            if (a != b) fit[a][b] = date_fit(s.articles[a].date, s.articles[b].date);
    std::vector<int> group_of(n);
    std::iota(group_of.begin(), group_of.end(), 0);
    for (;;) {  // merge the best-supported pair of groups until none qualifies
        std::vector<std::vector<double>> support = support_between(s, same, group_of, n);
        int gx = -1, gy = -1;
        double top = 0;
        for (int x = 0; x < n; ++x)
            for (int y = x + 1; y < n; ++y) {
                double ev = std::min(support[x][y], support[y][x]);
                if (ev <= 0 || ev < needed(fit[x][y])) continue;
                if (ev > top) top = ev, gx = x, gy = y;
            }
        if (gx < 0) break;
        for (int z = 0; z < n; ++z) fit[gx][z] = fit[z][gx] = combine(fit[gx][z], fit[gy][z]);
        for (int& g : group_of)
            if (g == gy) g = gx;
    }

    s.events.clear();
    std::map<int, int> index;
    for (int k = 0; k < n; ++k) {
        auto [it, fresh] = index.emplace(group_of[k], int(s.events.size()));
        if (fresh) s.events.push_back({{}, s.articles[k].date});
        else s.events[it->second].date = intersect_dates(s.events[it->second].date, s.articles[k].date);
        s.events[it->second].articles.push_back(k);
        s.articles[k].event = it->second;
    }
}

}  // namespace whosaid
