#include "io.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
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

}  // namespace

std::string read_text_file(const std::string& path) {
    std::string data;
    if (path == "-") {
        std::ostringstream ss;
        ss << std::cin.rdbuf();
        data = ss.str();
    } else {
        struct stat st {};
        if (stat(path.c_str(), &st) != 0) throw CliError(path + ": " + std::strerror(errno));
        if (S_ISDIR(st.st_mode)) throw CliError(path + ": is a directory");
        std::ifstream in(path, std::ios::binary);
        if (!in) throw CliError(path + ": cannot open: " + std::strerror(errno));
        data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    if (looks_binary(data)) throw CliError(path + ": does not look like text (binary data)");
    return data;
}

bool write_stdout(const std::string& s) {
    return std::fwrite(s.data(), 1, s.size(), stdout) == s.size() && std::fflush(stdout) == 0;
}

}  // namespace whosaid_cli
