// whosaid command line: a thin shell over the core; one file per command.
#include <algorithm>
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include "commands.hpp"
#include "io.hpp"
#include "whosaid/whosaid.hpp"

namespace {

const char* kUsage =
    "usage: whosaid annotate [--pretty] [--max-bytes N] FILE|-\n"
    "       whosaid annotate --jsonl [--max-bytes N] [--threads N] FILE|DIR...\n"
    "       whosaid annotate --jsonl [--max-bytes N] [--threads N] -\n"
    "       whosaid session [--pretty] [--max-bytes N] [--date YYYY-MM-DD] FILE[@YYYY-MM-DD]...\n"
    "       whosaid --help | --version\n"
    "\n"
    "annotate  prints one JSON object: speakers, claims (who said what) and boilerplate lines.\n"
    "--jsonl FILE|DIR...\n"
    "          one JSON line per article (\"file\" first; {\"error\",\"file\"} for a file or a\n"
    "          directory that cannot be read), in input order, annotated on all cores; exit\n"
    "          status 1 at the end when any line is an error.\n"
    "--jsonl - a filter for pipelines (Spark RDD.pipe, Hadoop streaming, GNU parallel --pipe):\n"
    "          reads JSON lines {\"id\": ..., \"text\": ..., other fields} from standard input and\n"
    "          writes one line per input line, in input order, each flushed when ready:\n"
    "          {\"id\", the other fields as given (not \"text\"), the annotation's fields}, or\n"
    "          {\"id\" (null if unknown), \"error\", \"line\"} for a record that is not JSON, has no\n"
    "          \"text\" string, reuses a field name of the annotation (claims, speakers, ...) or\n"
    "          is too long; the rest go on. Memory follows the largest record, not the stream.\n"
    "          Exit status 1 when any record failed.\n"
    "session   prints one JSON object for several articles: merged speakers, claims with facts,\n"
    "          events by date and links between claims of different articles (docs/session.md).\n"
    "--threads N  for --jsonl: annotate on N threads (default: one per core).\n"
    "Offsets are UTF-16 code units, as JavaScript counts string positions.\n"
    "--max-bytes N  refuse an input (a FILE, standard input, or one JSON line) over N bytes\n"
    "          (K, M, G suffixes; 0 = no limit; default 256M), checked while reading, so pipes\n"
    "          and devices are bounded too: one line on stderr (or an error line) and exit status\n"
    "          1; no partial JSON is printed.\n"
    "Errors: one line on stderr, exit status 1, also when the output cannot be written (a full\n"
    "disk, a closed pipe) or memory runs out.\n";

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
        bool jsonl = std::count(args.begin(), args.end(), "--jsonl") > 0;
        bool stdin_arg = std::count(args.begin(), args.end(), "-") > 0;
        if (cmd == "annotate" && jsonl) return stdin_arg ? whosaid_cli::stream_command(args) : whosaid_cli::batch_command(args);
        if (cmd == "annotate") return whosaid_cli::annotate_command(args);
        if (cmd == "session") return whosaid_cli::session_command(args);
        std::fputs(kUsage, stderr);
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "whosaid: %s\n", whosaid_cli::error_text(e).c_str());
        return 1;
    }
}
