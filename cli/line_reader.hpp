// Lines from a file descriptor, one at a time, in bounded memory: a line longer than the limit
// is not kept but skipped to its end and reported as too long, so one huge record costs the
// limit, never the whole stream.
#pragma once

#include <cstddef>
#include <string>

namespace whosaid_cli {

class LineReader {
public:
    LineReader(int fd, std::size_t max_line_bytes) : fd_(fd), max_(max_line_bytes) {}

    // The next line, without its '\n', into `line`; false at the end of the input. When the line
    // had more than max_line_bytes bytes (0 = no limit), `line` is empty and too_long() is true.
    // Throws CliError on a read error.
    bool next(std::string& line);
    bool too_long() const { return too_long_; }

private:
    bool fill();  // reads more into buf_; false at the end of the input

    int fd_;
    std::size_t max_;
    std::string buf_;
    std::size_t pos_ = 0;
    bool eof_ = false, too_long_ = false;
};

}  // namespace whosaid_cli
