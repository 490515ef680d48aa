// Embind surface of the core for JavaScript. web/whosaid.mjs is the only caller; it
// encodes the text with TextEncoder (lone surrogates -> U+FFFD, same UTF-16 length)
// and hands over bytes, so embind's own UTF-16 -> UTF-8 loop (which pairs a lone
// surrogate with whatever follows it) never sees user text.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cmath>
#include <exception>
#include <string>

#include "whosaid/json.hpp"
#include "whosaid/whosaid.hpp"

using emscripten::val;

namespace {

// Runs f() and turns any C++ exception into a JS Error carrying what(). An exception
// escaping into JS would otherwise arrive as a bare number (a pointer) with -fexceptions.
// The message is copied out and the catch block left (exception freed) before the JS
// throw, so nothing leaks and the module stays usable afterwards.
template <class F>
auto guarded(F&& f) -> decltype(f()) {
    std::string message;
    try {
        return f();
    } catch (const std::exception& e) {
        message = e.what();
    } catch (...) {
        message = "unknown C++ exception";
    }
    val::global("Error").new_(message).throw_();
    __builtin_unreachable();
}

// utf8: the text's bytes (JS passes a Uint8Array). max_input_bytes: a double because
// JS numbers are; negative or NaN means "the core's default", 0 means no limit.
std::string annotate_json(const std::string& utf8, double max_input_bytes) {
    return guarded([&] {
        whosaid::Options options;
        if (std::isfinite(max_input_bytes) && max_input_bytes >= 0)
            options.max_input_bytes = static_cast<std::size_t>(max_input_bytes);
        return whosaid::to_json(whosaid::annotate(utf8, options));
    });
}

std::string version() { return whosaid::kVersion; }

}  // namespace

EMSCRIPTEN_BINDINGS(whosaid) {
    emscripten::function("annotateJson", &annotate_json);
    emscripten::function("version", &version);
}
