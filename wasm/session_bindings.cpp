// C surface of the session (include/whosaid/session.hpp) for web/whosaid.mjs's
// session(articles). Kept apart from bindings.cpp (annotate's data path). Like annotate,
// the input arrives as UTF-8 bytes JS wrote into module memory (pointer, length): here a
// JSON array [{"file": "...", "text": "...", "date": "YYYY-MM-DD"?}], and the session JSON
// (UTF-16 offsets, docs/session.md) goes back as a view of module memory (js_error.hpp's
// Reply), valid until the next call; whosaid_release_session_result() hands that memory back.
#include <emscripten/emscripten.h>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "js_error.hpp"
#include "whosaid/session.hpp"

using whosaid_wasm::guarded;
using whosaid_wasm::Reply;

namespace {

std::string session_json;  // the last session's JSON, read by JS through a memory view

std::vector<whosaid::SessionInput> read_inputs(std::string_view utf8) {
    const auto doc = nlohmann::json::parse(utf8.begin(), utf8.end());  // throws parse_error
    if (!doc.is_array()) throw std::invalid_argument("session: expected an array of articles");
    std::vector<whosaid::SessionInput> inputs;
    inputs.reserve(doc.size());
    for (const auto& item : doc) {
        if (!item.is_object() || !item.contains("text") || !item["text"].is_string())
            throw std::invalid_argument("session: every article needs a \"text\" string");
        whosaid::SessionInput in;
        in.text = item["text"].get<std::string>();
        in.file = item.contains("file") && item["file"].is_string() ? item["file"].get<std::string>()
                                                                     : "article " + std::to_string(inputs.size() + 1);
        if (item.contains("date") && !item["date"].is_null()) {
            if (!item["date"].is_string()) throw std::invalid_argument("session: \"date\" must be YYYY-MM-DD");
            in.date = whosaid::parse_iso_date(item["date"].get<std::string>());
            if (!in.date) throw std::invalid_argument("session: \"date\" must be YYYY-MM-DD, got " + item["date"].get<std::string>());
        }
        inputs.push_back(std::move(in));
    }
    return inputs;
}

}  // namespace

extern "C" {

// (ptr, len): the JSON array above, UTF-8. A C++ exception becomes a failed Reply with its
// message (js_error.hpp), the half-built result's memory handed back first.
EMSCRIPTEN_KEEPALIVE const Reply* whosaid_session(const char* ptr, std::size_t len) {
    return guarded(session_json, [&] {
        session_json.clear();
        const auto inputs = read_inputs(std::string_view(ptr, len));
        session_json = whosaid::session_to_json(whosaid::build_session(inputs));
    });
}

EMSCRIPTEN_KEEPALIVE void whosaid_release_session_result() { std::string().swap(session_json); }

}  // extern "C"
