#include "line_reader.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "io.hpp"

namespace whosaid_cli {

bool LineReader::fill() {
    if (eof_) return false;
    if (pos_ > 0) buf_.erase(0, pos_), pos_ = 0;
    char chunk[1 << 16];
    for (;;) {
        ssize_t got = ::read(fd_, chunk, sizeof chunk);
        if (got > 0) {
            buf_.append(chunk, static_cast<std::size_t>(got));
            return true;
        }
        if (got == 0) return !(eof_ = true);
        if (errno != EINTR) throw CliError(std::string("standard input: cannot read: ") + std::strerror(errno));
    }
}

bool LineReader::next(std::string& line) {
    line.clear();
    too_long_ = false;
    std::size_t scanned = 0;  // bytes of buf_ after pos_ known to hold no '\n'
    for (;;) {
        std::size_t nl = buf_.find('\n', pos_ + scanned);
        std::size_t have = (nl == std::string::npos ? buf_.size() : nl) - pos_;
        if (max_ && have > max_) {
            too_long_ = true;  // drop what is buffered, then skip to the end of the line
            if (nl != std::string::npos) {
                pos_ = nl + 1;
                return true;
            }
            buf_.clear(), pos_ = 0, scanned = 0;
            while (fill()) {
                nl = buf_.find('\n');
                if (nl != std::string::npos) {
                    pos_ = nl + 1;
                    return true;
                }
                buf_.clear();
            }
            return true;
        }
        if (nl != std::string::npos) {
            line.assign(buf_, pos_, nl - pos_);
            pos_ = nl + 1;
            return true;
        }
        scanned = have;  // still right after fill(): it drops only what is before pos_
        if (!fill()) {  // the last line, without a final '\n'
            if (pos_ >= buf_.size()) return false;
            line.assign(buf_, pos_, std::string::npos);
            pos_ = buf_.size();
            return true;
        }
    }
}

}  // namespace whosaid_cli
