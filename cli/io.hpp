// Input and errors shared by the CLI's commands.
#pragma once

#include <stdexcept>
#include <string>

namespace whosaid_cli {

// A user error: printed as one line "whosaid: <message>" and exit status 1.
struct CliError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Reads a whole file ("-" = standard input). Throws CliError for a missing file, a directory,
// or data that is not text (binary).
std::string read_text_file(const std::string& path);

// Writes all of `s` to standard output at once (never partial JSON); false on a write error.
bool write_stdout(const std::string& s);

}  // namespace whosaid_cli
