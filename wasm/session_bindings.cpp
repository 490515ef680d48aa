// Embind surface of the session (include/whosaid/session.hpp) for web/whosaid.mjs's
// session(articles). Kept apart from bindings.cpp (annotate's data path). Like annotate, each
// text arrives as UTF-8 bytes JS wrote into module memory (pointer, length), never inside JSON:
// sessionArticle(index, ptr, len, file, date) adds one article (index 0 starts a new list, so
// nothing a failed call left behind is read), sessionUtf8() builds the session of those, and its JSON (UTF-16 offsets, docs/session.md) goes back
// as a view of module memory, valid until the next call; releaseSessionResult() hands that
// memory back.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "js_error.hpp"
#include "whosaid/session.hpp"

using emscripten::val;
using whosaid_wasm::guarded;

namespace {

std::string session_json;                       // the last session's JSON, read by JS through a memory view
std::vector<whosaid::SessionInput> articles;    // added for the next build
// The session view reads its articles again after every edit: only a changed text is annotated anew.
whosaid::AnnotationCache annotations;

// (ptr, len): the article's UTF-8 text; date: YYYY-MM-DD, or "" when none was given.
void session_article(std::size_t index, std::uintptr_t ptr, std::size_t len, const std::string& file,
                     const std::string& date) {
    guarded(
        [&] {
            if (index == 0) articles.clear();
            whosaid::SessionInput in;
            in.file = file;
            in.text.assign(reinterpret_cast<const char*>(ptr), len);
            if (!date.empty()) {
                in.date = whosaid::parse_iso_date(date);
                if (!in.date) throw std::invalid_argument("session: \"date\" must be YYYY-MM-DD, got " + date);
            }
            articles.push_back(std::move(in));
        },
        [] { articles.clear(); });
}

// The session of the articles added. A C++ exception becomes a JS Error with its message
// (js_error.hpp), the half-built result's memory handed back first.
val session_utf8() {
    return guarded(
        [&] {
            session_json.clear();
            const std::vector<whosaid::SessionInput> inputs = std::move(articles);
            articles.clear();
            session_json = whosaid::session_to_json(whosaid::build_session(inputs, annotations));
            return val(emscripten::typed_memory_view(session_json.size(),
                                                     reinterpret_cast<const unsigned char*>(session_json.data())));
        },
        [] { std::string().swap(session_json); });
}

void release_session_result() { std::string().swap(session_json); }

}  // namespace

EMSCRIPTEN_BINDINGS(whosaid_session) {
    emscripten::function("sessionArticle", &session_article);
    emscripten::function("sessionUtf8", &session_utf8);
    emscripten::function("releaseSessionResult", &release_session_result);
}
