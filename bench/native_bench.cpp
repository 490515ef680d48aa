// native_bench FILE [REPS]: times the core on one input, as the benchmark's native runner
// (bench/run.mjs compiles it against build/native/libwhosaid_core.a).
// Prints one JSON line: best-of-REPS milliseconds for annotate() and for to_json() (wall clock,
// and the thread's CPU time, which a machine shared with other work inflates less), output
// bytes, and the process's peak RSS (getrusage), so bench/run.mjs can compare runners.
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "whosaid/json.hpp"
#include "whosaid/whosaid.hpp"

namespace {

double now_ms() {
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

double cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Read at its size: a string grown by istreambuf_iterator holds up to twice the input,
// which the peak RSS then counted against the core.
bool read_file(const char* path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    in.seekg(0, std::ios::end);
    out.assign(static_cast<std::size_t>(in.tellg()), '\0');
    in.seekg(0);
    in.read(out.data(), static_cast<std::streamsize>(out.size()));
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: native_bench FILE [REPS]\n");
        return 2;
    }
    std::string text;
    if (!read_file(argv[1], text)) {
        std::fprintf(stderr, "native_bench: cannot open %s\n", argv[1]);
        return 1;
    }
    const int reps = argc > 2 ? std::max(1, std::atoi(argv[2])) : 1;
    whosaid::Options options;
    options.max_input_bytes = 0;

    double best_annotate = 1e300, best_json = 1e300, best_annotate_cpu = 1e300, best_json_cpu = 1e300;
    std::size_t json_bytes = 0, claims = 0, input_bytes = 0;
    long long rss_after_annotate = 0;  // the peak before the first to_json: annotate()'s own
    rusage ru{};
    for (int r = 0; r < reps; ++r) {
        // Given away, as the CLI gives its input (annotate(std::string&&): no second copy); the
        // first rep takes the text read above, each later one a fresh read, outside the timing.
        std::string input;
        if (r == 0) input = std::move(text);
        else read_file(argv[1], input);
        const std::size_t bytes = input.size();
        double t0 = now_ms(), c0 = cpu_ms();
        whosaid::Annotation a = whosaid::annotate(std::move(input), options);
        double t1 = now_ms(), c1 = cpu_ms();
        if (r == 0) {
            getrusage(RUSAGE_SELF, &ru);
            rss_after_annotate = static_cast<long long>(ru.ru_maxrss) * 1024;
        }
        std::string json = whosaid::to_json(a);
        double t2 = now_ms(), c2 = cpu_ms();
        best_annotate = std::min(best_annotate, t1 - t0);
        best_json = std::min(best_json, t2 - t1);
        best_annotate_cpu = std::min(best_annotate_cpu, c1 - c0);
        best_json_cpu = std::min(best_json_cpu, c2 - c1);
        json_bytes = json.size();
        claims = a.claims.size();
        input_bytes = bytes;
    }
    getrusage(RUSAGE_SELF, &ru);  // ru_maxrss is in KiB on Linux
    std::printf("{\"bytes\":%zu,\"reps\":%d,\"annotate_ms\":%.3f,\"json_ms\":%.3f,\"json_bytes\":%zu,"
                "\"annotate_cpu_ms\":%.3f,\"json_cpu_ms\":%.3f,\"claims\":%zu,\"peak_rss_annotate_bytes\":%lld,\"peak_rss_bytes\":%lld}\n",
                input_bytes, reps, best_annotate, best_json, json_bytes, best_annotate_cpu, best_json_cpu, claims, rss_after_annotate,
                static_cast<long long>(ru.ru_maxrss) * 1024);
    return 0;
}
