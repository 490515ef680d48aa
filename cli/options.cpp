#include "options.hpp"

#include <algorithm>
#include <cstdint>
#include <thread>

#include "io.hpp"
#include "whosaid/whosaid.hpp"

namespace whosaid_cli {
namespace {

// --NAME VALUE or --NAME=VALUE at args[i]: the value (advancing i past it), or false.
bool take_value(const std::vector<std::string>& args, std::size_t& i, const std::string& name, std::string& value,
                const char* needs) {
    const std::string& arg = args[i];
    if (arg.rfind(name + "=", 0) == 0) value = arg.substr(name.size() + 1);
    else if (arg == name) {
        if (i + 1 >= args.size()) throw CliError(name + " needs " + needs);
        value = args[++i];
    } else return false;
    return true;
}

}  // namespace

std::size_t default_max_bytes() { return whosaid::Options{}.max_input_bytes; }

std::size_t parse_byte_count(const std::string& s) {
    constexpr std::size_t kMax = SIZE_MAX;
    std::size_t i = 0, n = 0;
    bool overflow = false;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
        std::size_t digit = static_cast<std::size_t>(s[i] - '0');
        if (n > (kMax - digit) / 10) overflow = true;
        else n = n * 10 + digit;
    }
    std::string suffix = s.substr(i);
    if (i == 0 || !(suffix.empty() || suffix == "K" || suffix == "M" || suffix == "G"))
        throw CliError("--max-bytes needs a number of bytes (e.g. 1000000, 64M), not '" + s + "'");
    int shift = suffix == "K" ? 10 : suffix == "M" ? 20 : suffix == "G" ? 30 : 0;
    if (overflow || n > (kMax >> shift))
        throw CliError("--max-bytes " + s + " is more bytes than this machine can count (0 means no limit)");
    return n << shift;
}

bool take_max_bytes(const std::vector<std::string>& args, std::size_t& i, std::size_t& max_bytes) {
    std::string value;
    if (!take_value(args, i, "--max-bytes", value, "a number of bytes (e.g. 1000000, 64M)")) return false;
    max_bytes = parse_byte_count(value);
    return true;
}

bool take_threads(const std::vector<std::string>& args, std::size_t& i, std::size_t& threads) {
    std::string value;
    if (!take_value(args, i, "--threads", value, "a number from 1 to 1024")) return false;
    bool digits = !value.empty() && value.size() <= 4 && value.find_first_not_of("0123456789") == std::string::npos;
    if (!digits || std::stoul(value) < 1 || std::stoul(value) > 1024)
        throw CliError("--threads needs a number from 1 to 1024, not '" + value + "'");
    threads = std::stoul(value);
    return true;
}

std::size_t thread_count(std::size_t threads, std::size_t jobs) {
    std::size_t n = threads ? threads : std::max(1u, std::thread::hardware_concurrency());
    return std::max<std::size_t>(1, std::min(n, jobs));
}

}  // namespace whosaid_cli
