#include "io.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <sys/stat.h>

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

}  // namespace

std::size_t parse_byte_count(const std::string& s) {
    std::size_t i = 0, n = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        if (n > (std::size_t(-1) >> 12) / 10) throw CliError("--max-bytes: " + s + " is too large");
        n = n * 10 + static_cast<std::size_t>(s[i++] - '0');
    }
    std::string suffix = s.substr(i);
    if (i == 0 || !(suffix.empty() || suffix == "K" || suffix == "M" || suffix == "G"))
        throw CliError("--max-bytes needs a number of bytes (e.g. 1000000, 64M), not '" + s + "'");
    int shift = suffix == "K" ? 10 : suffix == "M" ? 20 : suffix == "G" ? 30 : 0;
    return n << shift;
}

std::string read_text_file(const std::string& path, std::size_t max_bytes) {
    std::string data;
    if (path == "-") {
        char buffer[1 << 16];
        while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
            data.append(buffer, static_cast<std::size_t>(std::cin.gcount()));
            if (max_bytes && data.size() > max_bytes) throw over_limit(path, "over " + std::to_string(max_bytes), max_bytes);
        }
    } else {
        struct stat st {};
        if (stat(path.c_str(), &st) != 0) throw CliError(path + ": " + std::strerror(errno));
        if (S_ISDIR(st.st_mode)) throw CliError(path + ": is a directory");
        if (max_bytes && S_ISREG(st.st_mode) && static_cast<std::uintmax_t>(st.st_size) > max_bytes)
            throw over_limit(path, std::to_string(st.st_size), max_bytes);
        std::ifstream in(path, std::ios::binary);
        if (!in) throw CliError(path + ": cannot open: " + std::strerror(errno));
        data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        if (max_bytes && data.size() > max_bytes) throw over_limit(path, std::to_string(data.size()), max_bytes);
    }
    if (looks_binary(data)) throw CliError(path + ": does not look like text (binary data)");
    return data;
}

bool write_stdout(const std::string& s) {
    return std::fwrite(s.data(), 1, s.size(), stdout) == s.size() && std::fflush(stdout) == 0;
}

}  // namespace whosaid_cli
