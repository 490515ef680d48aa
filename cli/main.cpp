// whosaid command line: a thin shell over the core; one file per command.
#include <algorithm>
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include "commands.hpp"
#include "whosaid/whosaid.hpp"

namespace {

const char* kUsage =
    "usage: whosaid annotate [--pretty] [--max-bytes N] FILE|-\n"
    "       whosaid annotate --jsonl FILE|DIR...\n"
    "       whosaid session [--pretty] [--date YYYY-MM-DD] FILE[@YYYY-MM-DD]...\n"
    "       whosaid --help | --version\n"
    "\n"
    "annotate  prints one JSON object: speakers, claims (who said what) and boilerplate lines.\n"
    "--jsonl   one JSON line per article (\"file\" first; {\"error\",\"file\"} for a file that fails,\n"
    "          exit status 1 at the end), in input order, annotated on all cores.\n"
    "session   prints one JSON object for several articles: merged speakers, claims with facts,\n"
    "          events by date and links between claims of different articles (docs/session.md).\n"
    "Offsets are UTF-16 code units, as JavaScript counts string positions.\n"
    "--max-bytes N  refuse inputs over N bytes (K, M, G suffixes; 0 = no limit; default 256M)\n"
    "          with one line on stderr and exit status 1; no JSON is printed.\n";

}  // namespace

int main(int argc, char** argv) {
    try {
        std::string cmd = argc > 1 ? argv[1] : "";
        std::vector<std::string> args(argv + (argc > 1 ? 2 : 1), argv + argc);
        if (cmd == "--help" || cmd == "-h" || cmd == "help") {
            std::fputs(kUsage, stdout);
            return 0;
        }
        if (cmd == "--version") {
            std::printf("whosaid %s\n", whosaid::kVersion);
            return 0;
        }
        if (cmd == "annotate" && std::count(args.begin(), args.end(), "--jsonl")) return whosaid_cli::batch_command(args);
        if (cmd == "annotate") return whosaid_cli::annotate_command(args);
        if (cmd == "session") return whosaid_cli::session_command(args);
        std::fputs(kUsage, stderr);
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "whosaid: %s\n", e.what());
        return 1;
    }
}
