// whosaid session [--pretty] [--max-bytes N] [--date YYYY-MM-DD] FILE[@YYYY-MM-DD]…
// One JSON object for several articles read together (docs/session.md). A date after "@"
// is that article's publication date; else a date in the file's name; --date gives the date
// of every file without one. --max-bytes bounds each FILE as it is read (the core's 256 MiB by
// default), as for annotate.
#include <cstdio>

#include "commands.hpp"
#include "io.hpp"
#include "options.hpp"
#include "whosaid/session.hpp"

namespace whosaid_cli {
namespace {

whosaid::Day date_arg(const std::string& s) {
    auto d = whosaid::parse_iso_date(s);
    if (!d) throw CliError("not a date (YYYY-MM-DD): " + s);
    return *d;
}

}  // namespace

int session_command(const std::vector<std::string>& args) {
    bool pretty = false;
    std::optional<whosaid::Day> all_date;
    std::vector<whosaid::SessionInput> inputs;
    std::size_t max_bytes = default_max_bytes();
    for (std::size_t k = 0; k < args.size(); ++k) {
        const std::string& arg = args[k];
        if (arg == "--pretty") pretty = true;
        else if (take_max_bytes(args, k, max_bytes)) continue;
        else if (arg == "--date") {
            if (k + 1 >= args.size()) throw CliError("--date needs YYYY-MM-DD");
            all_date = date_arg(args[++k]);
        } else if (arg.rfind("--date=", 0) == 0) all_date = date_arg(arg.substr(7));
        else if (arg == "-" || arg.rfind("-", 0) != 0) {
            whosaid::SessionInput in;
            in.file = arg;
            // FILE@2024-11-15: only when what follows the last "@" is a date, so "a@b.txt" stays a name
            std::size_t at = arg.rfind('@');
            if (at != std::string::npos && whosaid::parse_iso_date(arg.substr(at + 1))) {
                in.file = arg.substr(0, at);
                in.date = date_arg(arg.substr(at + 1));
            }
            inputs.push_back(std::move(in));
        } else throw CliError("unknown option " + arg);
    }
    if (inputs.empty()) throw CliError("session needs one or more FILEs");
    std::size_t stdin_uses = 0;
    for (auto& in : inputs) {
        if (in.file == "-" && ++stdin_uses > 1) throw CliError("standard input (-) can be read once");
        in.text = read_text_file(in.file, max_bytes);
        if (!in.date) in.date = whosaid::date_in_file_name(in.file);
        if (!in.date) in.date = all_date;
    }
    whosaid::Session s = whosaid::build_session(inputs);
    std::string out = whosaid::session_to_json(s, pretty ? 2 : -1);
    out.push_back('\n');
    for (const auto& a : s.articles)
        for (const auto& w : a.annotation.warnings) std::fprintf(stderr, "whosaid: warning: %s: %s\n", a.file.c_str(), w.c_str());
    write_stdout(out);
    return 0;
}

}  // namespace whosaid_cli
