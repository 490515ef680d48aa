// The one funnel from C++ to JavaScript for every entry point of the module (bindings.cpp,
// session_bindings.cpp): plain C exports, no embind. Each call fills one buffer and returns a
// Reply in module memory that web/whosaid.mjs reads through a view: on success the buffer is
// the JSON, on failure the exception's what() (the half-built result's memory handed back
// first) and whosaid.mjs throws it as a JS Error. An exception never crosses into JS, so
// nothing leaks and the module stays usable.
#pragma once

#include <cstdint>
#include <exception>
#include <string>

namespace whosaid_wasm {

// Read by whosaid.mjs as three little-endian uint32 at the pointer returned: keep the layout.
struct Reply {
    const char* data;
    std::uint32_t size;
    std::uint32_t failed;  // 0: data is the result; 1: data is the error message
};

// Runs fill() (which writes the result into out) and answers with out, or with the message of
// any C++ exception fill() threw.
template <class F>
const Reply* guarded(std::string& out, F&& fill) noexcept {
    static Reply reply;
    reply.failed = 0;
    try {
        fill();
    } catch (const std::exception& e) {
        std::string().swap(out);
        reply.failed = 1;
        try { out = e.what(); } catch (...) {}
    } catch (...) {
        std::string().swap(out);
        reply.failed = 1;
        try { out = "unknown C++ exception"; } catch (...) {}
    }
    reply.data = out.data();
    reply.size = static_cast<std::uint32_t>(out.size());
    return &reply;
}

}  // namespace whosaid_wasm
