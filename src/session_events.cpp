// Events: articles that report one occasion, found by the statements they share, not by
// their publication dates. Groups merge greedily, the pair of groups with the most shared
// evidence first; the evidence is the sum of the same-statement scores between their
// articles, and the dates set how much it takes: one statement when they name the same day,
// more when they say nothing, more still when they name different weekdays, and nothing
// joins articles whose dates cannot meet (calls two years apart with the same wording).
#include <algorithm>
#include <map>
#include <numeric>

#include "session_internal.hpp"

namespace whosaid {

namespace {

// Evidence (sum of same scores) two groups need, by what their dates say.
double needed(DateFit fit) {
    switch (fit) {
        case DateFit::Agree: return 0.4;    // one statement
        case DateFit::Unknown: return 0.8;  // one very close statement or two
        case DateFit::Differ: return 1.8;   // three or so: the same lines on another day are not enough
        default: return 1e9;
    }
}

// The fit of two merged groups with a third: any two articles that cannot meet keep them
// apart; otherwise the most favourable pair speaks (one outlet names the day the others do not).
DateFit combine(DateFit x, DateFit y) {
    if (x == DateFit::Apart || y == DateFit::Apart) return DateFit::Apart;
    return std::min(x, y);
}

}  // namespace

void group_events(Session& s, const std::vector<Candidate>& same) {
    const int n = int(s.articles.size());
    std::vector<std::vector<double>> evidence(n, std::vector<double>(n, 0.0));
    for (const Candidate& c : same) {
        int a = s.claims[c.a].article, b = s.claims[c.b].article;
        double v = same_score(c);
        evidence[a][b] += v, evidence[b][a] += v;
    }
    // evidence and fit between groups, updated as groups merge: group k starts as article k
    std::vector<std::vector<DateFit>> fit(n, std::vector<DateFit>(n, DateFit::Unknown));
    for (int a = 0; a < n; ++a)
        for (int b = 0; b < n; ++b)
            if (a != b) fit[a][b] = date_fit(s.articles[a].date, s.articles[b].date);
    std::vector<int> group_of(n);
    std::iota(group_of.begin(), group_of.end(), 0);
    std::vector<char> alive(n, 1);
    for (;;) {  // merge the best-supported pair of groups until none qualifies
        int gx = -1, gy = -1;
        double top = 0;
        for (int x = 0; x < n; ++x)
            for (int y = x + 1; alive[x] && y < n; ++y) {
                double ev = evidence[x][y];
                if (!alive[y] || ev <= 0 || ev < needed(fit[x][y])) continue;
                if (ev > top) top = ev, gx = x, gy = y;
            }
        if (gx < 0) break;
        alive[gy] = 0;
        for (int z = 0; z < n; ++z) {
            evidence[gx][z] = evidence[z][gx] = evidence[gx][z] + evidence[gy][z];
            fit[gx][z] = fit[z][gx] = combine(fit[gx][z], fit[gy][z]);
        }
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
