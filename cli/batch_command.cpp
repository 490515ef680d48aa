// whosaid annotate --jsonl [--pretty is refused] FILE|DIR...
// Annotates many articles on all cores: one JSON line per article, in input order (a
// directory gives its files, recursively, in name order). Each line is the annotation with
// "file" first; a file that fails gives {"error": ..., "file": ...} and exit status 1 at
// the end, after every other file was written. A progress bar goes to stderr only when it
// is a terminal, so redirected output stays clean.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "io.hpp"
#include "whosaid/json.hpp"
#include "whosaid/whosaid.hpp"

namespace whosaid_cli {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> expand(const std::vector<std::string>& args) {
    std::vector<std::string> files;
    for (const std::string& arg : args) {
        if (arg == "--jsonl") continue;
        if (arg.rfind("-", 0) == 0) throw CliError("annotate --jsonl: unknown option " + arg);
        std::error_code ec;
        if (fs::is_directory(arg, ec)) {
            std::vector<std::string> inside;
            for (const auto& e : fs::recursive_directory_iterator(arg, ec))
                if (e.is_regular_file(ec)) inside.push_back(e.path().string());
            if (ec) throw CliError(arg + ": " + ec.message());
            std::sort(inside.begin(), inside.end());
            files.insert(files.end(), inside.begin(), inside.end());
        } else {
            files.push_back(arg);  // a missing file becomes that file's error line
        }
    }
    if (files.empty()) throw CliError("annotate --jsonl needs one or more FILEs or directories");
    return files;
}

std::string quoted(const std::string& s) {
    return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// One output line for one file, never throwing.
std::string annotate_line(const std::string& file) {
    try {
        std::string json = whosaid::to_json(whosaid::annotate(read_text_file(file)));
        return "{\"file\":" + quoted(file) + "," + json.substr(1) + "\n";
    } catch (const std::exception& e) {
        return "{\"error\":" + quoted(e.what()) + ",\"file\":" + quoted(file) + "}\n";
    }
}

}  // namespace

int batch_command(const std::vector<std::string>& args) {
    const std::vector<std::string> files = expand(args);
    const std::size_t n = files.size();
    const std::size_t threads = std::max<std::size_t>(1, std::min<std::size_t>(std::thread::hardware_concurrency(), n));
    // Workers stay at most `window` files ahead of the writer, so memory holds a few results, not all.
    const std::size_t window = threads * 4;
    const bool progress = isatty(STDERR_FILENO);

    std::vector<std::string> lines(n);
    std::vector<char> done(n, 0);
    std::mutex m;
    std::condition_variable cv;
    std::atomic<std::size_t> next{0};
    std::size_t written = 0;

    auto work = [&] {
        for (;;) {
            std::size_t i = next++;
            if (i >= n) return;
            {
                std::unique_lock<std::mutex> lock(m);
                cv.wait(lock, [&] { return i < written + window; });
            }
            std::string line = annotate_line(files[i]);
            std::lock_guard<std::mutex> lock(m);
            lines[i] = std::move(line);
            done[i] = 1;
            cv.notify_all();
        }
    };
    std::vector<std::thread> pool;
    for (std::size_t t = 0; t < threads; ++t) pool.emplace_back(work);

    bool failed = false, write_ok = true;
    for (std::size_t i = 0; i < n; ++i) {
        std::string line;
        {
            std::unique_lock<std::mutex> lock(m);
            cv.wait(lock, [&] { return done[i] != 0; });
            line.swap(lines[i]);
            written = i + 1;
            cv.notify_all();
        }
        if (line.rfind("{\"error\":", 0) == 0) failed = true;
        write_ok = write_ok && std::fwrite(line.data(), 1, line.size(), stdout) == line.size();
        if (progress) {
            int width = 30, filled = static_cast<int>(width * (i + 1) / n);
            std::fprintf(stderr, "\r[%s%s] %zu/%zu", std::string(filled, '#').c_str(),
                         std::string(width - filled, ' ').c_str(), i + 1, n);
        }
    }
    for (auto& t : pool) t.join();
    if (progress) std::fputc('\n', stderr);
    write_ok = std::fflush(stdout) == 0 && write_ok;
    return failed || !write_ok ? 1 : 0;
}

}  // namespace whosaid_cli
