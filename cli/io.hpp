// Input, output and errors shared by the CLI's commands.
#pragma once

#include <cstddef>
#include <exception>
#include <stdexcept>
#include <string>

namespace whosaid_cli {

// A user error: printed as one line "whosaid: <message>" and exit status 1.
struct CliError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Reads a whole file ("-" = standard input). Throws CliError for a missing file, a directory,
// a read error, data that is not text (binary), or (when max_bytes > 0) more than max_bytes
// bytes: a regular file is refused by its size before it is read; anything else (standard
// input, a pipe, a device, a process substitution) is read in chunks and refused as soon as it
// passes the limit, so /dev/zero costs max_bytes of memory, not all of it.
std::string read_text_file(const std::string& path, std::size_t max_bytes);

// Writes all of `s` to standard output and flushes (never partial JSON). Throws CliError
// ("cannot write the output: No space left on device") on a write error.
void write_stdout(const std::string& s);

// For a long-running command whose output is broken (a full disk, a closed pipe with SIGPIPE
// ignored): nothing more can be delivered, so say why on stderr and end the process, status 1.
[[noreturn]] void exit_on_write_error();

// What went wrong, in words: an out-of-memory (std::bad_alloc) says so instead of "std::bad_alloc".
std::string error_text(const std::exception& e);

}  // namespace whosaid_cli
