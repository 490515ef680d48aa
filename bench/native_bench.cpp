// native_bench FILE [REPS]: times the core on one input, as the benchmark's native runner
// (bench/run.mjs compiles it against build/native/libwhosaid_core.a).
// Prints one JSON line: best-of-REPS milliseconds for annotate() and for to_json(), output
// bytes, and the process's peak RSS (getrusage), so bench/run.mjs can compare runners.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>

#include "whosaid/json.hpp"
#include "whosaid/whosaid.hpp"

namespace {

double now_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: native_bench FILE [REPS]\n");
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "native_bench: cannot open %s\n", argv[1]);
        return 1;
    }
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const int reps = argc > 2 ? std::max(1, std::atoi(argv[2])) : 1;
    whosaid::Options options;
    options.max_input_bytes = 0;

    double best_annotate = 1e300, best_json = 1e300;
    std::size_t json_bytes = 0, claims = 0;
    for (int r = 0; r < reps; ++r) {
        double t0 = now_ms();
        whosaid::Annotation a = whosaid::annotate(text, options);
        double t1 = now_ms();
        std::string json = whosaid::to_json(a);
        double t2 = now_ms();
        best_annotate = std::min(best_annotate, t1 - t0);
        best_json = std::min(best_json, t2 - t1);
        json_bytes = json.size();
        claims = a.claims.size();
    }
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);  // ru_maxrss is in KiB on Linux
    std::printf("{\"bytes\":%zu,\"reps\":%d,\"annotate_ms\":%.3f,\"json_ms\":%.3f,\"json_bytes\":%zu,"
                "\"claims\":%zu,\"peak_rss_bytes\":%lld}\n",
                text.size(), reps, best_annotate, best_json, json_bytes, claims,
                static_cast<long long>(ru.ru_maxrss) * 1024);
    return 0;
}
