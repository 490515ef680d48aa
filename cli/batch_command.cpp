// whosaid annotate --jsonl [--max-bytes N] [--threads N] FILE|DIR...
// Annotates many articles on all cores: one JSON line per article, in input order (a
// directory gives its files, recursively, in name order). Each line is the annotation with
// "file" first; a file that fails, or a directory that cannot be read, gives {"error": ...,
// "file": ...} and exit status 1 at the end, after every other file was written. A progress bar
// goes to stderr only when it is a terminal, so redirected output stays clean.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "io.hpp"
#include "options.hpp"
#include "ordered_pool.hpp"
#include "whosaid/json.hpp"
#include "whosaid/whosaid.hpp"

namespace whosaid_cli {
namespace {

namespace fs = std::filesystem;

// One line of output to come: a file to annotate, or a directory that could not be read.
struct Input {
    std::string path;
    std::string error;  // not empty: this line is {"error": error, "file": path}
};

// The regular files below `dir` (symbolic links to files count; links to directories are not
// followed, so no cycle), and an Input with the error for each directory that cannot be read:
// one unreadable directory costs its own line, never the others.
void walk(const fs::path& dir, std::vector<Input>& out) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec), end;
    if (ec) {
        out.push_back({dir.string(), dir.string() + ": cannot read the directory: " + ec.message()});
        return;
    }
    for (; it != end; it.increment(ec)) {
        const fs::directory_entry& e = *it;
        std::error_code kind_ec;
        if (e.is_directory(kind_ec) && !e.is_symlink(kind_ec)) walk(e.path(), out);
        else if (e.is_regular_file(kind_ec)) out.push_back({e.path().string(), {}});
    }
    if (ec) out.push_back({dir.string(), dir.string() + ": cannot read the whole directory: " + ec.message()});
}

struct BatchArgs {
    std::vector<Input> inputs;
    std::size_t max_bytes = default_max_bytes();
    std::size_t threads = 0;  // one per core
};

BatchArgs parse(const std::vector<std::string>& args) {
    BatchArgs b;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--jsonl" || take_max_bytes(args, i, b.max_bytes) || take_threads(args, i, b.threads)) continue;
        if (arg.rfind("-", 0) == 0) throw CliError("annotate --jsonl: unknown option " + arg);
        std::error_code ec;
        if (fs::is_directory(arg, ec)) {
            std::vector<Input> inside;
            walk(arg, inside);
            std::sort(inside.begin(), inside.end(), [](const Input& x, const Input& y) { return x.path < y.path; });
            b.inputs.insert(b.inputs.end(), inside.begin(), inside.end());
        } else {
            b.inputs.push_back({arg, {}});  // a missing file becomes that file's error line
        }
    }
    if (b.inputs.empty()) throw CliError("annotate --jsonl needs one or more FILEs or directories (or - for JSON lines)");
    return b;
}

std::string quoted(const std::string& s) {
    return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string error_line(const std::string& file, const std::string& error) {
    return "{\"error\":" + quoted(error) + ",\"file\":" + quoted(file) + "}\n";
}

// One output line for one input, never throwing.
std::string annotate_line(const Input& in, const whosaid::Options& options) {
    if (!in.error.empty()) return error_line(in.path, in.error);
    try {
        std::string json = whosaid::to_json(whosaid::annotate(read_text_file(in.path, options.max_input_bytes), options));
        return "{\"file\":" + quoted(in.path) + "," + json.substr(1) + "\n";
    } catch (const std::exception& e) {
        return error_line(in.path, error_text(e));
    }
}

}  // namespace

int batch_command(const std::vector<std::string>& args) {
    BatchArgs b = parse(args);
    whosaid::Options options;
    options.max_input_bytes = b.max_bytes;
    const std::size_t n = b.inputs.size();
    PoolLimits limits;
    limits.threads = thread_count(b.threads, n);
    limits.max_jobs = limits.threads * 4;  // a few results waiting to be written, not all of them
    const bool progress = isatty(STDERR_FILENO);

    std::size_t taken = 0;
    bool failed = false;
    run_in_order<Input>(
        [&](Input& in) {
            if (taken == n) return false;
            in = std::move(b.inputs[taken++]);
            return true;
        },
        [](const Input&) { return std::size_t(0); },  // reading happens in the workers
        [&](Input&& in, std::size_t) { return annotate_line(in, options); },
        [&](const std::string& line, std::size_t i) {
            if (line.rfind("{\"error\":", 0) == 0) failed = true;
            if (std::fwrite(line.data(), 1, line.size(), stdout) != line.size() || std::fflush(stdout) != 0)
                exit_on_write_error();
            if (progress) {
                int width = 30, filled = static_cast<int>(width * (i + 1) / n);
                std::fprintf(stderr, "\r[%s%s] %zu/%zu", std::string(filled, '#').c_str(),
                             std::string(width - filled, ' ').c_str(), i + 1, n);
            }
        },
        limits);
    if (progress) std::fputc('\n', stderr);
    return failed ? 1 : 0;
}

}  // namespace whosaid_cli
