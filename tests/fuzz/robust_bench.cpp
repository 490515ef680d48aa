// Linear-time check for adversarial inputs: annotates 1 MB and 10 MB of the same shape and
// prints the CPU time per MB of each and their ratio (about 1 when time is linear). Prints only:
// no thresholds (machines differ). Build and run (a Release build, not the sanitizer one):
//   cmake --build build/native --target whosaid_robust_bench && build/native/tests/fuzz/whosaid_robust_bench
// Optional argument: the large size in MB (default 10).
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>

#include "adversarial.hpp"
#include "whosaid/json.hpp"
#include "whosaid/whosaid.hpp"

namespace adv = whosaid_adversarial;

static double seconds_to_annotate(const std::string& s, std::size_t& claims) {
    // CPU time of this process, not wall time: other work on the machine does not count.
    std::clock_t t0 = std::clock();
    whosaid::Annotation a = whosaid::annotate(s);
    std::string json = whosaid::to_json(a);
    std::clock_t t1 = std::clock();
    claims = a.claims.size();
    return double(t1 - t0) / CLOCKS_PER_SEC;
}

// `--check`: a bounded growth check for `npm test`, not a timing test: every shape at 256 KB and
// at 1 MB (4x), best of three CPU times each; exits 1 when the time per MB grows more than 6x,
// which only a super-linear pass can do (a machine that is slow or busy slows both sizes alike).
int main(int argc, char** argv) {
    const bool check = argc > 1 && std::string(argv[1]) == "--check";
    const std::size_t mb = 1 << 20;
    const std::size_t small_size = check ? mb / 4 : mb;
    const std::size_t large = check ? mb : (argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 10) * mb;
    const int tries = check ? 3 : 1;
    int failed = 0;
    struct Shape {
        const char* name;
        std::function<std::string(std::size_t)> make;  // bytes -> text of about that size
    } shapes[] = {
        {"quote storm (mixed unmatched marks)", [](std::size_t n) { return adv::quote_storm(n / 4); }},
        {"one line, no breaks", [](std::size_t n) { return adv::one_line(n); }},
        {"nested quotes, balanced", [](std::size_t n) { return adv::nested(n / 9, true); }},
        {"nested quotes, openers only", [](std::size_t n) { return adv::nested(n / 5, false); }},
        {"short quoted paragraphs", [](std::size_t n) { return adv::paragraphs(n); }},
        {"name-like runs, no sentence end", [](std::size_t n) { return adv::names(n); }},
        {"random bytes with marks", [](std::size_t n) { return adv::binary_junk(n); }},
        {"news prose", [](std::size_t n) { return adv::prose(n); }},
        {"run-on 'Bob said, '", [](std::size_t n) { return adv::cue_run(n, "Bob said, "); }},
        {"run-on '\"x\" said Bob, '", [](std::size_t n) { return adv::cue_run(n, "\"x\" said Bob, "); }},
        {"run-on 'told Bob, '", [](std::size_t n) { return adv::cue_run(n, "told Bob, "); }},
    };
    std::printf("%-38s %12s %12s %8s\n", "shape", "ms/MB small", "ms/MB large", "ratio");
    for (const auto& shape : shapes) {
        std::string small = shape.make(small_size), big = shape.make(large);
        std::size_t c1 = 0, c2 = 0;
        double t1 = seconds_to_annotate(small, c1);
        t1 = std::min(t1, seconds_to_annotate(small, c1));  // best of two for the small one
        double t2 = seconds_to_annotate(big, c2);
        for (int k = 1; k < tries; ++k) {
            t1 = std::min(t1, seconds_to_annotate(small, c1));
            t2 = std::min(t2, seconds_to_annotate(big, c2));
        }
        // a floor of 1 ms per size keeps clock granularity from reading as growth
        double per1 = std::max(t1, 1e-3) * 1000 / (double(small.size()) / mb);
        double per2 = std::max(t2, 1e-3) * 1000 / (double(big.size()) / mb);
        bool bad = check && per2 / per1 > 6.0;
        failed += bad;
        std::printf("%-38s %12.1f %12.1f %8.2f   (%.2f MB: %zu claims)%s\n", shape.name, per1, per2, per2 / per1,
                    double(big.size()) / mb, c2, bad ? "  FAILED: grows faster than linear" : "");
        std::fflush(stdout);
    }
    return failed ? 1 : 0;
}
