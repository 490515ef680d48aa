// Embind surface of the session (include/whosaid/session.hpp) for web/whosaid.mjs's
// session(articles). Kept apart from bindings.cpp (annotate's data path). Like annotate,
// the input arrives as UTF-8 bytes JS wrote into module memory (pointer, length): here a
// JSON array [{"file": "...", "text": "...", "date": "YYYY-MM-DD"?}], and the session JSON
// (UTF-16 offsets, docs/session.md) goes back as a view of module memory, valid until the
// next call; releaseSessionResult() hands that memory back.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "js_error.hpp"
#include "whosaid/session.hpp"

using emscripten::val;
using whosaid_wasm::guarded;

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

// (ptr, len): the JSON array above, UTF-8. A C++ exception becomes a JS Error with its
// message (js_error.hpp), the half-built result's memory handed back first.
val session_utf8(std::uintptr_t ptr, std::size_t len) {
    return guarded(
        [&] {
            session_json.clear();
            const auto inputs = read_inputs(std::string_view(reinterpret_cast<const char*>(ptr), len));
            session_json = whosaid::session_to_json(whosaid::build_session(inputs));
            return val(emscripten::typed_memory_view(session_json.size(),
                                                     reinterpret_cast<const unsigned char*>(session_json.data())));
        },
        [] { std::string().swap(session_json); });
}

void release_session_result() { std::string().swap(session_json); }

}  // namespace

EMSCRIPTEN_BINDINGS(whosaid_session) {
    emscripten::function("sessionUtf8", &session_utf8);
    emscripten::function("releaseSessionResult", &release_session_result);
}
