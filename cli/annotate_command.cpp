// whosaid annotate [--pretty] [--max-bytes N] FILE|-
#include <cstdio>

#include "commands.hpp"
#include "io.hpp"
#include "options.hpp"
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
        else if (take_max_bytes(args, i, options.max_input_bytes)) continue;  // 0 = no limit
        else if (arg == "-" || arg.rfind("-", 0) != 0) {
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
    write_stdout(out);
    return 0;
}

}  // namespace whosaid_cli
