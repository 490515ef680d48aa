// C surface of the session (include/whosaid/session.hpp) for web/whosaid.mjs's
// session(articles). Kept apart from bindings.cpp (annotate's data path). Like annotate, each
// text arrives as UTF-8 bytes JS wrote into module memory (pointer, length), never inside JSON:
// whosaid_session_article(index, …) adds one article (index 0 starts a new list, so nothing a
// failed call left behind is read), whosaid_session() builds the session of those, and its
// JSON (UTF-16 offsets, docs/session.md) goes back as a view of module memory (js_error.hpp's
// Reply), valid until the next call; whosaid_release_session_result() hands that memory back.
#include <emscripten/emscripten.h>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "js_error.hpp"
#include "whosaid/session.hpp"

using whosaid_wasm::guarded;
using whosaid_wasm::Reply;

namespace {

std::string session_json;                     // the last session's JSON, read by JS through a memory view
std::string article_reply;                    // an added article's answer: empty, or the error
std::vector<whosaid::SessionInput> articles;  // added for the next build
// The session view reads its articles again after every edit: only a changed text is annotated anew.
whosaid::AnnotationCache annotations;

}  // namespace

extern "C" {

// (text, text_len), (file, file_len), (date, date_len): UTF-8 in module memory; date is
// YYYY-MM-DD, or empty when none was given. A failed call leaves no article list behind.
EMSCRIPTEN_KEEPALIVE const Reply* whosaid_session_article(std::size_t index, const char* text, std::size_t text_len,
                                                          const char* file, std::size_t file_len, const char* date,
                                                          std::size_t date_len) {
    const Reply* reply = guarded(article_reply, [&] {
        article_reply.clear();
        if (index == 0) articles.clear();
        whosaid::SessionInput in;
        in.file.assign(file, file_len);
        in.text.assign(text, text_len);
        if (date_len > 0) {
            const std::string iso(date, date_len);
            in.date = whosaid::parse_iso_date(iso);
            if (!in.date) throw std::invalid_argument("session: \"date\" must be YYYY-MM-DD, got " + iso);
        }
        articles.push_back(std::move(in));
    });
    if (reply->failed) articles.clear();
    return reply;
}

// The session of the articles added. A C++ exception becomes a failed Reply with its message
// (js_error.hpp), the half-built result's memory handed back first.
EMSCRIPTEN_KEEPALIVE const Reply* whosaid_session() {
    return guarded(session_json, [&] {
        session_json.clear();
        const std::vector<whosaid::SessionInput> inputs = std::move(articles);
        articles.clear();
        session_json = whosaid::session_to_json(whosaid::build_session(inputs, annotations));
    });
}

EMSCRIPTEN_KEEPALIVE void whosaid_release_session_result() { std::string().swap(session_json); }

}  // extern "C"
