// The session as one JSON object (docs/session.md). Every offset is a UTF-16 code unit (or a
// code point, for Python), converted here with one TextOffsets per article.
#include <nlohmann/json.hpp>

#include "facts_calendar.hpp"
#include "lexicon_calendar.hpp"
#include "utf16.hpp"
#include "whosaid/session.hpp"

namespace whosaid {
namespace {

using nlohmann::json;

// A quoted fragment's speaker is inferred from another outlet's claim, not from a cue.
constexpr double kFragmentConfidence = 0.5;

json date_json(const DateEstimate& d) {
    json j = json::object();
    j["date"] = d.date ? json(iso_date(*d.date)) : json(nullptr);
    j["source"] = d.source.empty() ? json(nullptr) : json(d.source);
    j["weekday"] = d.weekday >= 0 ? json(lexicon::kWeekdayNames[d.weekday]) : json(nullptr);
    j["earliest"] = d.earliest ? json(iso_date(*d.earliest)) : json(nullptr);
    j["latest"] = d.latest ? json(iso_date(*d.latest)) : json(nullptr);
    return j;
}

json fact_json(const std::string& text, const TextOffsets& u16, const Fact& f) {
    json j{{"kind", f.kind}, {"value", f.value}, {"approx", f.approx},
           {"start", u16(f.span.start)}, {"end", u16(f.span.end)}, {"text", text.substr(f.span.start, f.span.size())}};
    if (!f.resolved.empty()) j["resolved"] = f.resolved;
    return j;
}

}  // namespace

std::string session_to_json(const Session& s, int indent, OffsetUnit unit) {
    std::vector<TextOffsets> u16;
    u16.reserve(s.articles.size());
    for (const SessionArticle& a : s.articles) u16.emplace_back(a.annotation.text, unit);

    json articles = json::array();
    for (std::size_t k = 0; k < s.articles.size(); ++k) {
        const SessionArticle& a = s.articles[k];
        json facts = json::array();
        for (const Fact& f : a.facts) facts.push_back(fact_json(a.annotation.text, u16[k], f));
        articles.push_back({{"id", a.id},
                            {"file", a.file},
                            {"title", a.title},
                            {"published", a.published ? json(iso_date(*a.published)) : json(nullptr)},
                            {"date", a.date.date ? json(iso_date(*a.date.date)) : json(nullptr)},
                            {"date_estimate", date_json(a.date)},
                            {"event", "e" + std::to_string(a.event + 1)},
                            {"length", u16[k].total()},
                            {"facts", std::move(facts)},
                            {"warnings", a.annotation.warnings}});
    }

    json events = json::array();
    for (std::size_t k = 0; k < s.events.size(); ++k) {
        json ids = json::array();
        for (int a : s.events[k].articles) ids.push_back(s.articles[a].id);
        events.push_back({{"id", "e" + std::to_string(k + 1)}, {"articles", std::move(ids)},
                          {"date_estimate", date_json(s.events[k].date)}});
    }

    json speakers = json::array();
    for (const SessionSpeaker& sp : s.speakers) {
        json mentions = json::array();
        for (const SessionMention& m : sp.mentions) {
            const SessionArticle& a = s.articles[m.article];
            mentions.push_back({{"article", a.id},
                                {"speaker", a.annotation.speakers[m.speaker].id},
                                {"start", u16[m.article](m.span.start)},
                                {"end", u16[m.article](m.span.end)},
                                {"text", a.annotation.text.substr(m.span.start, m.span.size())}});
        }
        json members = json::array();
        for (auto [a, k] : sp.members)
            members.push_back({{"article", s.articles[a].id}, {"speaker", s.articles[a].annotation.speakers[k].id}});
        speakers.push_back({{"id", sp.id}, {"name", sp.name}, {"kind", to_string(sp.kind)}, {"title", sp.title},
                            {"aliases", sp.aliases}, {"members", std::move(members)}, {"mentions", std::move(mentions)}});
    }

    json claims = json::array();
    for (const SessionClaim& c : s.claims) {
        const SessionArticle& a = s.articles[c.article];
        const Claim* cl = c.claim >= 0 ? &a.annotation.claims[c.claim] : nullptr;
        const TextOffsets& u = u16[c.article];
        json facts = json::array();
        for (int f : c.facts) facts.push_back(fact_json(a.annotation.text, u, a.facts[f]));
        json claim{{"id", c.id},
                   {"article", a.id},
                   {"article_claim", cl ? json(cl->id) : json(nullptr)},
                   {"speaker", c.speaker >= 0 ? json(s.speakers[c.speaker].id) : json(nullptr)},
                   {"speaker_name", c.speaker >= 0 ? json(s.speakers[c.speaker].name) : json(nullptr)},
                   {"text", a.annotation.text.substr(c.span.start, c.span.size())},
                   {"start", u(c.span.start)},
                   {"end", u(c.span.end)},
                   {"kind", to_string(cl ? cl->kind : ClaimKind::Direct)},
                   {"confidence", cl ? cl->confidence : kFragmentConfidence},
                   {"facts", std::move(facts)}};
        if (!cl) claim["found_by"] = "session";  // a quoted fragment, not one of annotate's claims
        claims.push_back(std::move(claim));
    }

    json links = json::array();
    for (const SessionLink& l : s.links)
        links.push_back({{"a", s.claims[l.a].id}, {"b", s.claims[l.b].id}, {"relation", to_string(l.relation)},
                         {"score", l.score}, {"shared", l.shared}});

    json out{{"version", kVersion}, {"articles", std::move(articles)}, {"events", std::move(events)},
             {"speakers", std::move(speakers)}, {"claims", std::move(claims)}, {"links", std::move(links)}};
    return out.dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace whosaid
