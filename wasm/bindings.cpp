// The C surface of the core for JavaScript (no embind: its glue was 16.9 KB of the page's
// worker.js, and its C++ side code in the wasm). web/whosaid.mjs is the only caller; it
// encodes the text with TextEncoder.encodeInto straight into a block the core hands it (lone
// surrogates -> U+FFFD, same UTF-16 length), which becomes the annotation's own text, and
// reads the answer through views of module memory (js_error.hpp's Reply): the annotation's
// columns (include/whosaid/compact.hpp), no JSON text to decode and parse.
#include <emscripten/emscripten.h>

#include <algorithm>
#include <cmath>
#include <new>
#include <stdexcept>
#include <cstddef>
#include <string>
#include <string_view>

#include "js_error.hpp"
#include "whosaid/compact.hpp"
#include "whosaid/whosaid.hpp"

using whosaid_wasm::guarded;
using whosaid_wasm::Reply;

namespace {

// The columns of the last annotation (to_compact), kept until the next call or
// whosaid_release_result(): JS reads them through views of module memory before anything
// else runs in it.
std::string last_result;

// The text of the next annotation, written by JS (whosaid_text_block), moved out by whosaid_annotate.
std::string pending_text;

}  // namespace

extern "C" {

// A block of `size` bytes for the next whosaid_annotate's text, which JS encodes into; null
// when memory cannot be had. The text then moves into the annotation (annotate(std::string&&))
// and is never copied: the wasm heap holds the input once at the peak, not twice.
EMSCRIPTEN_KEEPALIVE char* whosaid_text_block(std::size_t size) {
    try {
        pending_text.assign(size, '\0');
        return pending_text.data();
    } catch (const std::bad_alloc&) {
        std::string().swap(pending_text);
        return nullptr;
    }
}

// The text JS wrote into whosaid_text_block, `len` bytes of UTF-8 (at most the block's size).
// max_input_bytes: a double because JS numbers are; negative or NaN means "the core's default",
// 0 means no limit.
EMSCRIPTEN_KEEPALIVE const Reply* whosaid_annotate(std::size_t len, double max_input_bytes) {
    std::string text = std::move(pending_text);
    std::string().swap(pending_text);
    text.resize(std::min(len, text.size()));
    return guarded(last_result, [&] {
        whosaid::Options options;
        if (std::isfinite(max_input_bytes) && max_input_bytes >= 0)
            options.max_input_bytes = static_cast<std::size_t>(max_input_bytes);
        std::string().swap(last_result);
        if (!whosaid::to_compact(whosaid::annotate(std::move(text), options), last_result))
            throw std::logic_error("whosaid: internal error: a span does not fall on character boundaries");
    });
}

// Hands the last result's memory back.
EMSCRIPTEN_KEEPALIVE void whosaid_release_result() { std::string().swap(last_result); }

// The core's version, NUL-terminated.
EMSCRIPTEN_KEEPALIVE const char* whosaid_version() { return whosaid::kVersion; }

}  // extern "C"
