#include "whosaid/json.hpp"

#include <cmath>

#include <nlohmann/json.hpp>

#include "whosaid/utf16.hpp"

namespace whosaid {
namespace {

using nlohmann::json;

json span_json(const Annotation& a, const Utf16Offsets& u16, Span s) {
    return json{{"start", u16(s.start)}, {"end", u16(s.end)}, {"text", a.text.substr(s.start, s.size())}};
}

}  // namespace

std::string to_json(const Annotation& a, int indent) {
    Utf16Offsets u16(a.text);
    std::vector<int> claim_counts(a.speakers.size(), 0);
    for (const Claim& c : a.claims)
        if (c.speaker >= 0) ++claim_counts[static_cast<std::size_t>(c.speaker)];

    json speakers = json::array();
    for (std::size_t i = 0; i < a.speakers.size(); ++i) {
        const Speaker& s = a.speakers[i];
        json mentions = json::array();
        for (Span m : s.mentions) mentions.push_back(span_json(a, u16, m));
        speakers.push_back({{"id", s.id},
                            {"name", s.name},
                            {"kind", to_string(s.kind)},
                            {"title", s.title},
                            {"aliases", s.aliases},
                            {"mentions", std::move(mentions)},
                            {"claim_count", claim_counts[i]}});
    }

    json claims = json::array();
    for (const Claim& c : a.claims) {
        json j = span_json(a, u16, c.span);
        j["id"] = c.id;
        if (c.speaker >= 0) {
            const Speaker& s = a.speakers[static_cast<std::size_t>(c.speaker)];
            j["speaker"] = s.id;
            j["speaker_name"] = s.name;
        } else {
            j["speaker"] = nullptr;
            j["speaker_name"] = nullptr;
        }
        j["kind"] = to_string(c.kind);
        json parts = json::array();
        for (Span p : c.parts) parts.push_back(span_json(a, u16, p));
        j["parts"] = std::move(parts);
        j["cue"] = c.cue.empty() ? json(nullptr) : span_json(a, u16, c.cue);
        j["via"] = c.via.empty() ? json(nullptr) : json(c.via);
        j["confidence"] = std::round(c.confidence * 100.0) / 100.0;
        claims.push_back(std::move(j));
    }

    json boilerplate = json::array();
    for (const Boilerplate& b : a.boilerplate) {
        json j = span_json(a, u16, b.span);
        j["reason"] = b.reason;
        boilerplate.push_back(std::move(j));
    }

    json out{{"version", kVersion},
             {"length", u16.total()},
             {"speakers", std::move(speakers)},
             {"claims", std::move(claims)},
             {"boilerplate", std::move(boilerplate)},
             {"warnings", a.warnings}};
    // Replace, never throw, should a span ever cut a code point: the output stays valid JSON.
    return out.dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace whosaid
