// Checks that hold for every annotation, whatever the input: spans inside the text and on
// code-point boundaries, texts equal to their spans, ids unique and referenced, the JSON's
// UTF-16 offsets giving back each text, output deterministic. Used by all tests and by the
// fuzzer (tests/fuzz/fuzz_annotate.cpp).
//
// The checks themselves need no test framework: violation(...) returns "" or a description of
// the first broken rule. check_invariants() wraps them for Catch2; the fuzzer defines
// WHOSAID_INVARIANTS_NO_CATCH before including this header and aborts on a violation.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "whosaid/json.hpp"
#include "whosaid/whosaid.hpp"

#ifndef WHOSAID_INVARIANTS_NO_CATCH
#include <catch2/catch.hpp>
#endif

namespace whosaid_test {

inline bool on_boundary(const std::string& text, std::uint32_t at) {
    return at == 0 || at >= text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
}

// Strict UTF-8 validity (no overlongs, no surrogates, nothing above U+10FFFF).
inline bool valid_utf8(std::string_view s) {
    std::size_t i = 0, n = s.size();
    while (i < n) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        std::size_t len;
        std::uint32_t cp;
        if (c < 0x80) { ++i; continue; }
        else if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
        else return false;
        if (i + len > n) return false;
        for (std::size_t k = 1; k < len; ++k) {
            unsigned char d = static_cast<unsigned char>(s[i + k]);
            if ((d & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (d & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        i += len;
    }
    return true;
}

// An independent UTF-16 walker (not whosaid::Utf16Offsets): for each UTF-16 code unit index
// u of `text`, the byte where that unit begins; -1 for the second half of a surrogate pair
// (an offset there would split the pair). One extra entry for the end of the text.
inline std::vector<std::int64_t> utf16_to_byte(const std::string& text) {
    std::vector<std::int64_t> at;
    at.reserve(text.size() + 1);
    for (std::size_t i = 0; i < text.size();) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        at.push_back(static_cast<std::int64_t>(i));
        if (len == 4) at.push_back(-1);
        i += len;
    }
    at.push_back(static_cast<std::int64_t>(text.size()));
    return at;
}

inline std::string span_violation(const whosaid::Annotation& a, whosaid::Span s, const char* what) {
    std::string w = std::string(what) + " [" + std::to_string(s.start) + "," + std::to_string(s.end) + ")";
    if (s.start > s.end) return w + ": start > end";
    if (s.end > a.text.size()) return w + ": past the end of the text (" + std::to_string(a.text.size()) + " bytes)";
    if (!on_boundary(a.text, s.start)) return w + ": start splits a UTF-8 sequence";
    if (!on_boundary(a.text, s.end)) return w + ": end splits a UTF-8 sequence";
    return "";
}

inline bool inside(whosaid::Span inner, whosaid::Span outer) {
    return inner.start >= outer.start && inner.end <= outer.end;
}

// The rules on the C++ structure (byte offsets).
inline std::string violation(const whosaid::Annotation& a) {
    std::string w;
#define WHOSAID_RULE(cond, msg) \
    do { if (!(cond)) return std::string(msg); } while (0)
#define WHOSAID_SPAN(span, what) \
    do { w = span_violation(a, span, what); if (!w.empty()) return w; } while (0)

    WHOSAID_RULE(valid_utf8(a.text), "Annotation::text is not valid UTF-8");
    std::set<std::string> speaker_ids;
    for (std::size_t i = 0; i < a.speakers.size(); ++i) {
        const auto& s = a.speakers[i];
        std::string who = "speaker " + s.id;
        WHOSAID_RULE(!s.id.empty(), "speaker " + std::to_string(i) + " has an empty id");
        WHOSAID_RULE(speaker_ids.insert(s.id).second, who + ": id not unique");
        WHOSAID_RULE(!s.name.empty(), who + ": empty name");
        WHOSAID_RULE(valid_utf8(s.name) && valid_utf8(s.title), who + ": name or title not valid UTF-8");
        for (const auto& alias : s.aliases) WHOSAID_RULE(valid_utf8(alias), who + ": alias not valid UTF-8");
        for (auto m : s.mentions) {
            WHOSAID_SPAN(m, (who + " mention").c_str());
            WHOSAID_RULE(!m.empty(), who + ": empty mention");
        }
    }
    std::set<std::string> claim_ids;
    std::uint32_t previous_start = 0;
    for (const auto& c : a.claims) {
        std::string what = "claim " + c.id;
        WHOSAID_RULE(!c.id.empty(), "a claim has an empty id");
        WHOSAID_RULE(claim_ids.insert(c.id).second, what + ": id not unique");
        WHOSAID_RULE(speaker_ids.count(c.id) == 0, what + ": id shared with a speaker");
        WHOSAID_RULE(c.speaker >= -1 && c.speaker < static_cast<int>(a.speakers.size()),
                     what + ": speaker index " + std::to_string(c.speaker) + " refers to no speaker");
        WHOSAID_SPAN(c.span, (what + " span").c_str());
        WHOSAID_RULE(!c.span.empty(), what + ": empty span");
        WHOSAID_RULE(c.span.start >= previous_start, what + ": not in text order");
        previous_start = c.span.start;
        WHOSAID_RULE(!c.parts.empty(), what + ": no parts");
        std::uint32_t previous_part_end = c.span.start;
        for (auto p : c.parts) {
            WHOSAID_SPAN(p, (what + " part").c_str());
            WHOSAID_RULE(inside(p, c.span), what + ": a part lies outside the claim's span");
            WHOSAID_RULE(p.start >= previous_part_end, what + ": parts overlap or are out of order");
            previous_part_end = p.end;
        }
        if (!c.cue.empty()) WHOSAID_SPAN(c.cue, (what + " cue").c_str());
        WHOSAID_RULE(valid_utf8(c.via), what + ": via not valid UTF-8");
        WHOSAID_RULE(c.confidence >= 0.0 && c.confidence <= 1.0, what + ": confidence outside 0..1");
    }
    std::uint32_t previous_line = 0;
    for (const auto& b : a.boilerplate) {
        WHOSAID_SPAN(b.span, "boilerplate");
        WHOSAID_RULE(b.span.start >= previous_line, "boilerplate lines overlap or are out of order");
        previous_line = b.span.end;
        WHOSAID_RULE(!b.reason.empty(), "boilerplate without a reason");
    }
    for (const auto& warning : a.warnings) WHOSAID_RULE(valid_utf8(warning), "a warning is not valid UTF-8");
#undef WHOSAID_SPAN
#undef WHOSAID_RULE
    return "";
}

// The rules on the JSON (UTF-16 offsets): every {start, end, text} object gives back its text
// when its offsets are walked in UTF-16 units over the annotation's text, "length" is the text's
// length in UTF-16 units, ids in the JSON are unique and every claim's speaker id exists.
inline std::string json_violation(const whosaid::Annotation& a, const std::string& json_text) {
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(json_text);
    } catch (const std::exception& e) {
        return std::string("to_json gave invalid JSON: ") + e.what();
    }
    std::vector<std::int64_t> at = utf16_to_byte(a.text);
    const std::int64_t units = static_cast<std::int64_t>(at.size()) - 1;
    if (!j.contains("length") || j["length"] != units)
        return "JSON length is not the text's length in UTF-16 units (" + std::to_string(units) + ")";

    std::string problem;
    std::size_t spans = 0;
    // Walks every object with start, end and text (claims, parts, cues, mentions, boilerplate).
    auto walk = [&](const nlohmann::json& node, const std::string& where, auto&& self) -> void {
        if (!problem.empty()) return;
        if (node.is_object()) {
            if (node.contains("start") && node.contains("end") && node.contains("text")) {
                ++spans;
                const auto& s = node["start"];
                const auto& e = node["end"];
                if (!s.is_number_unsigned() || !e.is_number_unsigned()) {
                    problem = where + ": start/end are not unsigned numbers";
                    return;
                }
                std::int64_t su = s.get<std::int64_t>(), eu = e.get<std::int64_t>();
                std::string tag = where + " [" + std::to_string(su) + "," + std::to_string(eu) + ") UTF-16";
                if (su > eu) { problem = tag + ": start > end"; return; }
                if (eu > units) { problem = tag + ": past the end of the text"; return; }
                if (at[su] < 0 || at[eu] < 0) { problem = tag + ": splits a surrogate pair"; return; }
                std::string bytes = a.text.substr(static_cast<std::size_t>(at[su]),
                                                  static_cast<std::size_t>(at[eu] - at[su]));
                if (!node["text"].is_string() || node["text"].get<std::string>() != bytes) {
                    problem = tag + ": text differs from the text at its offsets";
                    return;
                }
            }
            for (auto it = node.begin(); it != node.end(); ++it) self(it.value(), where + "." + it.key(), self);
        } else if (node.is_array()) {
            for (std::size_t i = 0; i < node.size(); ++i) self(node[i], where + "[" + std::to_string(i) + "]", self);
        }
    };
    walk(j, "$", walk);
    if (!problem.empty()) return problem;

    std::set<std::string> ids;
    for (const auto& s : j.value("speakers", nlohmann::json::array()))
        if (!ids.insert(s.value("id", "")).second) return "JSON: speaker id not unique";
    std::set<std::string> speaker_ids = ids;
    for (const auto& c : j.value("claims", nlohmann::json::array())) {
        if (!ids.insert(c.value("id", "")).second) return "JSON: claim id not unique";
        if (!c.contains("speaker")) return "JSON: claim without a speaker field";
        if (!c["speaker"].is_null() && !speaker_ids.count(c["speaker"].get<std::string>()))
            return "JSON: claim " + c.value("id", "") + " names an unknown speaker";
    }
    if (j.value("claims", nlohmann::json::array()).size() != a.claims.size()) return "JSON: claim count differs";
    if (j.value("speakers", nlohmann::json::array()).size() != a.speakers.size()) return "JSON: speaker count differs";
    return "";
}

// Everything: the structure, its JSON, and determinism (the same input annotated again gives
// the same JSON). `input` is what was annotated; pass nullptr to skip the determinism check.
inline std::string full_violation(const whosaid::Annotation& a, const std::string* input,
                                  const whosaid::Options& options = {}) {
    std::string w = violation(a);
    if (!w.empty()) return w;
    std::string json = whosaid::to_json(a);
    w = json_violation(a, json);
    if (!w.empty()) return w;
    if (input) {
        if (valid_utf8(*input) && a.text != *input) return "valid UTF-8 input was changed in Annotation::text";
        if (whosaid::to_json(whosaid::annotate(*input, options)) != json) return "not deterministic: a second annotate gave other JSON";
    }
    return "";
}

#ifndef WHOSAID_INVARIANTS_NO_CATCH
// For Catch2 tests: fails the test with the first broken rule, on the structure and its JSON.
inline void check_invariants(const whosaid::Annotation& a) {
    std::string w = violation(a);
    INFO(w);
    REQUIRE(w.empty());
    std::string json = whosaid::to_json(a);
    w = json_violation(a, json);
    INFO(w);
    REQUIRE(w.empty());
}

// check_invariants plus determinism: annotates `input` again and compares the JSON.
inline void check_all(const std::string& input, const whosaid::Options& options = {}) {
    whosaid::Annotation a = whosaid::annotate(input, options);
    std::string w = full_violation(a, &input, options);
    INFO(w);
    REQUIRE(w.empty());
}
#endif

}  // namespace whosaid_test
