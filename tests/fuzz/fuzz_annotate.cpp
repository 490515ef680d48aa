// libFuzzer target for whosaid::annotate: any bytes in, and every output must keep the
// invariants of tests/core/invariants.hpp (spans inside the text and on code-point boundaries,
// texts equal to their spans in bytes and in the JSON's UTF-16 offsets, ids unique and
// referenced, output deterministic). A broken rule prints the rule and aborts, so libFuzzer
// saves the input as crash-<sha1>.
//
// Built by tests/fuzz/run.sh (clang++ -fsanitize=fuzzer,address,undefined); see its header.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#define WHOSAID_INVARIANTS_NO_CATCH
#include "../core/invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string input(reinterpret_cast<const char*>(data), size);
    whosaid::Annotation a;
    try {
        a = whosaid::annotate(input);
    } catch (const whosaid::InputError&) {
        return 0;  // refused as too large: allowed (the fuzzer's inputs never are)
    }
    std::string w = whosaid_test::full_violation(a, &input);
    if (!w.empty()) {
        std::fprintf(stderr, "whosaid invariant broken: %s\n", w.c_str());
        std::abort();
    }
    return 0;
}
