// Command-line options that several commands take, parsed one way for all of them.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace whosaid_cli {

// The core's input limit (whosaid::Options), the default of every command's --max-bytes.
std::size_t default_max_bytes();

// Parses a byte count for --max-bytes: digits with an optional K, M or G (1024-based) suffix.
// Throws CliError for anything else, and for a count that does not fit in size_t.
std::size_t parse_byte_count(const std::string& s);

// If args[i] is --max-bytes N or --max-bytes=N, parses N into max_bytes (advancing i past N)
// and returns true.
bool take_max_bytes(const std::vector<std::string>& args, std::size_t& i, std::size_t& max_bytes);

// If args[i] is --threads N or --threads=N (1 to 1024), parses N into threads (advancing i past
// N) and returns true. The default (0 here) means one thread per core.
bool take_threads(const std::vector<std::string>& args, std::size_t& i, std::size_t& threads);

// The number of threads to run: `threads`, or one per core when it is 0, and never more than `jobs`.
std::size_t thread_count(std::size_t threads, std::size_t jobs);

}  // namespace whosaid_cli
