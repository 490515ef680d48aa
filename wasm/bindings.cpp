// The C surface of the core for JavaScript (no embind: its glue was 16.9 KB of the page's
// worker.js, and its C++ side code in the wasm). web/whosaid.mjs is the only caller; it
// encodes the text with TextEncoder.encodeInto straight into module memory (lone
// surrogates -> U+FFFD, same UTF-16 length) and passes (pointer, length), so the text is
// copied once, and reads the answer through a view of module memory (js_error.hpp's Reply).
#include <emscripten/emscripten.h>

#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>

#include "js_error.hpp"
#include "whosaid/json.hpp"
#include "whosaid/whosaid.hpp"

using whosaid_wasm::guarded;
using whosaid_wasm::Reply;

namespace {

// The JSON of the last annotation, kept until the next call or whosaid_release_result(): JS
// reads it through a view of module memory (TextDecoder) before anything else runs in it.
std::string last_json;

}  // namespace

extern "C" {

// (ptr, len): UTF-8 bytes JS wrote into module memory. max_input_bytes: a double because JS
// numbers are; negative or NaN means "the core's default", 0 means no limit.
EMSCRIPTEN_KEEPALIVE const Reply* whosaid_annotate(const char* ptr, std::size_t len, double max_input_bytes) {
    return guarded(last_json, [&] {
        whosaid::Options options;
        if (std::isfinite(max_input_bytes) && max_input_bytes >= 0)
            options.max_input_bytes = static_cast<std::size_t>(max_input_bytes);
        last_json.clear();
        last_json = whosaid::to_json(whosaid::annotate(std::string_view(ptr, len), options));
    });
}

// Hands the last result's memory back (a 50 MB article's JSON is 200 MB).
EMSCRIPTEN_KEEPALIVE void whosaid_release_result() { std::string().swap(last_json); }

// The core's version, NUL-terminated.
EMSCRIPTEN_KEEPALIVE const char* whosaid_version() { return whosaid::kVersion; }

}  // extern "C"
