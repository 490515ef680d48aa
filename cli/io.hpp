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
// data that is not text (binary), or (when max_bytes > 0) more than max_bytes bytes: a regular
// file is refused by its size before it is read, standard input once it passes the limit.
std::string read_text_file(const std::string& path, std::size_t max_bytes = 0);

// Parses a byte count for --max-bytes: digits with an optional K, M or G (1024-based) suffix.
// Throws CliError for anything else.
std::size_t parse_byte_count(const std::string& s);

// Writes all of `s` to standard output at once (never partial JSON); false on a write error.
bool write_stdout(const std::string& s);

}  // namespace whosaid_cli
