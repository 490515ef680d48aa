// build_session(): annotate each article (or take its annotation from a cache), find its facts
// and date, merge speakers, compare claims, group articles into events and keep the links
// inside each event.
#include "facts.hpp"
#include "session_steps.hpp"

namespace whosaid {
namespace {

// The first line that is neither empty nor boilerplate ("Politics & News" is navigation).
std::string title_of(const Annotation& a) {
    std::string_view t = a.text;
    std::size_t bp = 0;
    for (std::size_t start = 0; start < t.size();) {
        std::size_t end = t.find('\n', start);
        if (end == std::string_view::npos) end = t.size();
        while (bp < a.boilerplate.size() && a.boilerplate[bp].span.start < start) ++bp;
        bool boiler = bp < a.boilerplate.size() && a.boilerplate[bp].span.start == start;
        std::string_view line = t.substr(start, end - start);
        if (!boiler && line.find_first_not_of(" \t\r") != std::string_view::npos) return std::string(line);
        start = end + 1;
    }
    return "";
}

}  // namespace

const char* to_string(LinkRelation r) {
    switch (r) {
        case LinkRelation::Same: return "same";
        case LinkRelation::Conflict: return "conflict";
        default: return "related";
    }
}

Session build_session(const std::vector<SessionInput>& inputs) {
    AnnotationCache once;  // a text given twice is still annotated once
    return build_session(inputs, once);
}

Session build_session(const std::vector<SessionInput>& inputs, AnnotationCache& cache) {
    Session s;
    for (const SessionInput& in : inputs) {
        SessionArticle art;
        art.id = "a" + std::to_string(s.articles.size() + 1);
        art.file = in.file;
        art.annotation = cache.of(in.text);
        art.title = title_of(art.annotation);
        art.published = in.date;
        art.facts = find_facts(art.annotation.text, in.date);
        art.date = estimate_date(art.annotation.text, art.facts);
        if (in.date && art.date.source != "stated") art.date = story_date(art.date, *in.date);
        else if (art.date.date) art.facts = find_facts(art.annotation.text, art.date.date);  // resolve relative dates
        s.articles.push_back(std::move(art));
    }
    cache.keep_only_asked();
    std::vector<std::vector<int>> local = merge_speakers(s);
    for (std::size_t a = 0; a < s.articles.size(); ++a) {
        const SessionArticle& art = s.articles[a];
        for (std::size_t k = 0; k < art.annotation.claims.size(); ++k) {
            const Claim& c = art.annotation.claims[k];
            SessionClaim sc;
            sc.article = int(a), sc.claim = int(k), sc.span = c.span;
            sc.speaker = c.speaker >= 0 ? local[a][c.speaker] : -1;
            s.claims.push_back(std::move(sc));
        }
    }
    add_quoted_fragments(s);
    for (std::size_t k = 0; k < s.claims.size(); ++k) s.claims[k].id = "c" + std::to_string(k + 1);
    std::size_t f = 0;
    for (std::size_t k = 0; k < s.claims.size(); ++k) {
        SessionClaim& sc = s.claims[k];
        const SessionArticle& art = s.articles[sc.article];
        if (k == 0 || s.claims[k - 1].article != sc.article) f = 0;
        // claims are sorted by start; facts too, so one forward cursor finds each claim's facts
        while (f < art.facts.size() && art.facts[f].span.start < sc.span.start) ++f;
        for (std::size_t g = f; g < art.facts.size() && art.facts[g].span.start < sc.span.end; ++g)
            if (art.facts[g].span.end <= sc.span.end) sc.facts.push_back(int(g));
    }
    std::vector<Candidate> candidates = claim_candidates(s);
    std::vector<Candidate> same = best_matches(s, candidates);
    group_events(s, same);
    make_links(s, candidates, same);
    return s;
}

}  // namespace whosaid
