#include "io.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <sys/stat.h>
#include <vector>


namespace whosaid_cli {
namespace {

// Text with a few bad bytes is repaired by the core; something that is mostly not UTF-8
// text (an image, an archive) is refused instead of being "annotated" into noise.
bool looks_binary(const std::string& s) {
    std::size_t n = std::min<std::size_t>(s.size(), 64 * 1024), control = 0;
    for (std::size_t i = 0; i < n; ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x09 || (c > 0x0D && c < 0x20)) ++control;
    }
    return n > 0 && control * 10 > n;  // over 10% control bytes
}

CliError over_limit(const std::string& path, const std::string& size, std::size_t max_bytes) {
    return CliError(path + ": input is " + size + " bytes; the limit is " + std::to_string(max_bytes) +
                    " bytes (--max-bytes)");
}

// Reads `in` to its end in chunks, refusing it once it holds more than max_bytes (0 = no limit).
std::string read_bounded(std::FILE* in, const std::string& path, std::size_t max_bytes) {
    std::string data;
    std::vector<char> chunk(1 << 16);
    for (;;) {
        std::size_t got = std::fread(chunk.data(), 1, chunk.size(), in);
        data.append(chunk.data(), got);
        if (max_bytes && data.size() > max_bytes) throw over_limit(path, "over " + std::to_string(max_bytes), max_bytes);
        if (got < chunk.size()) break;
    }
    if (std::ferror(in)) throw CliError(path + ": cannot read: " + std::strerror(errno));
    return data;
}

std::string write_error_text() { return std::string("cannot write the output: ") + std::strerror(errno); }

}  // namespace

std::string read_text_file(const std::string& path, std::size_t max_bytes) {
    std::string data;
    if (path == "-") {
        data = read_bounded(stdin, path, max_bytes);
    } else {
        struct stat st {};
        if (stat(path.c_str(), &st) != 0) throw CliError(path + ": " + std::strerror(errno));
        if (S_ISDIR(st.st_mode)) throw CliError(path + ": is a directory");
        if (max_bytes && S_ISREG(st.st_mode) && static_cast<std::uintmax_t>(st.st_size) > max_bytes)
            throw over_limit(path, std::to_string(st.st_size), max_bytes);
        std::FILE* in = std::fopen(path.c_str(), "rb");
        if (!in) throw CliError(path + ": cannot open: " + std::strerror(errno));
        try {
            data = read_bounded(in, path, max_bytes);
        } catch (...) {
            std::fclose(in);
            throw;
        }
        std::fclose(in);
    }
    if (looks_binary(data)) throw CliError(path + ": does not look like text (binary data)");
    return data;
}

void write_stdout(const std::string& s) {
    if (std::fwrite(s.data(), 1, s.size(), stdout) != s.size() || std::fflush(stdout) != 0) throw CliError(write_error_text());
}

void exit_on_write_error() {
    std::fprintf(stderr, "whosaid: %s\n", write_error_text().c_str());
    std::fflush(stderr);
    std::_Exit(1);
}

std::string error_text(const std::exception& e) {
    if (dynamic_cast<const std::bad_alloc*>(&e))
        return "out of memory: this input needs more memory than the system allows (try a smaller input or raise the memory limit)";
    return e.what();
}

}  // namespace whosaid_cli
