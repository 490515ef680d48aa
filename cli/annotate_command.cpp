// whosaid annotate [--pretty] FILE|-
#include <cstdio>

#include "commands.hpp"
#include "io.hpp"
#include "whosaid/json.hpp"
#include "whosaid/whosaid.hpp"

namespace whosaid_cli {

int annotate_command(const std::vector<std::string>& args) {
    bool pretty = false;
    std::string file;
    for (const std::string& arg : args) {
        if (arg == "--pretty") pretty = true;
        else if (arg == "-" || arg.rfind("-", 0) != 0) {
            if (!file.empty()) throw CliError("annotate takes one FILE");
            file = arg;
        } else throw CliError("unknown option " + arg);
    }
    if (file.empty()) throw CliError("annotate needs a FILE (or - for standard input)");
    whosaid::Annotation a = whosaid::annotate(read_text_file(file));
    std::string out = whosaid::to_json(a, pretty ? 2 : -1);  // built whole: never partial JSON
    out.push_back('\n');
    for (const auto& w : a.warnings) std::fprintf(stderr, "whosaid: warning: %s\n", w.c_str());
    return write_stdout(out) ? 0 : 1;
}

}  // namespace whosaid_cli
