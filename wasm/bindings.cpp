// Embind surface of the core for JavaScript. web/whosaid.mjs is the only caller; it
// encodes the text with TextEncoder.encodeInto straight into module memory (lone
// surrogates -> U+FFFD, same UTF-16 length) and passes (pointer, length), so embind's own
// UTF-16 -> UTF-8 loop (which pairs a lone surrogate with whatever follows it) never sees
// user text and the text is copied once.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

#include "js_error.hpp"
#include "whosaid/json.hpp"
#include "whosaid/whosaid.hpp"

using emscripten::val;
using whosaid_wasm::guarded;

namespace {

// The JSON of the last annotation, kept until the next call or releaseResult(): JS reads it
// through a view of module memory (TextDecoder), so embind never copies it into a string.
std::string last_json;

// (ptr, len): UTF-8 bytes JS wrote into module memory with TextEncoder.encodeInto (no embind
// string copy). max_input_bytes: a double because JS numbers are; negative or NaN means "the
// core's default", 0 means no limit. Returns a Uint8Array view of the JSON, valid until the
// next call into the module that may allocate.
val annotate_utf8(std::uintptr_t ptr, std::size_t len, double max_input_bytes) {
    return guarded([&] {
        whosaid::Options options;
        if (std::isfinite(max_input_bytes) && max_input_bytes >= 0)
            options.max_input_bytes = static_cast<std::size_t>(max_input_bytes);
        last_json.clear();
        std::string_view utf8(reinterpret_cast<const char*>(ptr), len);
        last_json = whosaid::to_json(whosaid::annotate(utf8, options));
        return val(emscripten::typed_memory_view(last_json.size(),
                                                 reinterpret_cast<const unsigned char*>(last_json.data())));
    });
}

// Hands the last result's memory back (a 50 MB article's JSON is 200 MB).
void release_result() { std::string().swap(last_json); }

std::string version() { return whosaid::kVersion; }

}  // namespace

EMSCRIPTEN_BINDINGS(whosaid) {
    emscripten::function("annotateUtf8", &annotate_utf8);
    emscripten::function("releaseResult", &release_result);
    emscripten::function("version", &version);
}
