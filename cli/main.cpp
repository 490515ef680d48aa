// whosaid command line: a thin shell over whosaid::annotate().
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <sys/stat.h>

#include "whosaid/json.hpp"
#include "whosaid/whosaid.hpp"

namespace {

const char* kUsage =
    "usage: whosaid annotate [--pretty] FILE|-\n"
    "       whosaid --help | --version\n"
    "\n"
    "Prints one JSON object: speakers, claims (who said what) and boilerplate lines.\n"
    "Offsets are UTF-16 code units, as JavaScript counts string positions.\n";

struct CliError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

std::string read_input(const std::string& path) {
    if (path == "-") {
        std::ostringstream ss;
        ss << std::cin.rdbuf();
        return ss.str();
    }
    struct stat st {};
    if (stat(path.c_str(), &st) != 0) throw CliError(path + ": " + std::strerror(errno));
    if (S_ISDIR(st.st_mode)) throw CliError(path + ": is a directory");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw CliError(path + ": cannot open: " + std::strerror(errno));
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Text with a few bad bytes is repaired by the core; something that is mostly not UTF-8
// text (an image, an archive) is refused instead of being "annotated" into noise.
bool looks_binary(const std::string& s) {
    std::size_t n = std::min<std::size_t>(s.size(), 64 * 1024), nul = 0, bad = 0;
    for (std::size_t i = 0; i < n; ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == 0) ++nul;
        else if (c < 0x09 || (c > 0x0D && c < 0x20)) ++bad;
    }
    return n > 0 && (nul + bad) * 10 > n;  // over 10% control bytes
}

int annotate_command(int argc, char** argv) {
    bool pretty = false;
    std::string file;
    for (int i = 2; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--pretty") pretty = true;
        else if (arg == "-" || arg.rfind("-", 0) != 0) {
            if (!file.empty()) throw CliError("annotate takes one FILE");
            file = arg;
        } else throw CliError("unknown option " + arg);
    }
    if (file.empty()) throw CliError("annotate needs a FILE (or - for standard input)");
    std::string input = read_input(file);
    if (looks_binary(input)) throw CliError(file + ": does not look like text (binary data)");
    whosaid::Annotation a = whosaid::annotate(input);
    std::string out = whosaid::to_json(a, pretty ? 2 : -1);  // built whole: never partial JSON
    out.push_back('\n');
    std::fwrite(out.data(), 1, out.size(), stdout);
    for (const auto& w : a.warnings) std::fprintf(stderr, "whosaid: warning: %s\n", w.c_str());
    return std::fflush(stdout) == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    try {
        std::string cmd = argc > 1 ? argv[1] : "";
        if (cmd == "--help" || cmd == "-h" || cmd == "help") {
            std::fputs(kUsage, stdout);
            return 0;
        }
        if (cmd == "--version") {
            std::printf("whosaid %s\n", whosaid::kVersion);
            return 0;
        }
        if (cmd == "annotate") return annotate_command(argc, argv);
        std::fputs(kUsage, stderr);
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "whosaid: %s\n", e.what());
        return 1;
    }
}
