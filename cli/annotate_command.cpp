// whosaid annotate [--pretty] [--max-bytes N] FILE|-
#include <cstdio>

#include "commands.hpp"
#include "io.hpp"
#include "whosaid/json.hpp"
#include "whosaid/whosaid.hpp"

namespace whosaid_cli {

int annotate_command(const std::vector<std::string>& args) {
    bool pretty = false;
    std::string file;
    whosaid::Options options;  // max_input_bytes: the core's default (256 MiB) unless --max-bytes
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--pretty") pretty = true;
        else if (arg == "--max-bytes" || arg.rfind("--max-bytes=", 0) == 0) {
            std::string value = arg.size() > 11 ? arg.substr(12) : (i + 1 < args.size() ? args[++i] : "");
            options.max_input_bytes = parse_byte_count(value);  // 0 = no limit
        } else if (arg == "-" || arg.rfind("-", 0) != 0) {
            if (!file.empty()) throw CliError("annotate takes one FILE");
            file = arg;
        } else throw CliError("unknown option " + arg);
    }
    if (file.empty()) throw CliError("annotate needs a FILE (or - for standard input)");
    // Over the limit: one line on stderr and exit status 1 (main.cpp), nothing on stdout.
    whosaid::Annotation a = whosaid::annotate(read_text_file(file, options.max_input_bytes), options);
    std::string out = whosaid::to_json(a, pretty ? 2 : -1);  // built whole: never partial JSON
    out.push_back('\n');
    for (const auto& w : a.warnings) std::fprintf(stderr, "whosaid: warning: %s\n", w.c_str());
    return write_stdout(out) ? 0 : 1;
}

}  // namespace whosaid_cli
