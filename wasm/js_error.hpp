// The one funnel from C++ to JavaScript errors, for every embind entry point (bindings.cpp,
// session_bindings.cpp). An exception escaping into JS would otherwise arrive as a bare
// number (a pointer) with -fexceptions. The message is copied out and the catch block left
// (the exception freed) before the JS throw, so nothing leaks and the module stays usable.
#pragma once

#include <emscripten/val.h>

#include <exception>
#include <string>

namespace whosaid_wasm {

// Runs f() and turns any C++ exception into a JS Error carrying what(); on_error() runs
// first (e.g. to hand back a half-built result's memory).
template <class F, class OnError>
auto guarded(F&& f, OnError&& on_error) -> decltype(f()) {
    std::string message;
    try {
        return f();
    } catch (const std::exception& e) {
        message = e.what();
    } catch (...) {
        message = "unknown C++ exception";
    }
    on_error();
    emscripten::val::global("Error").new_(message).throw_();
    __builtin_unreachable();
}

template <class F>
auto guarded(F&& f) -> decltype(f()) {
    return guarded(static_cast<F&&>(f), [] {});
}

}  // namespace whosaid_wasm
